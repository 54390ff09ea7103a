/**
 * What a module removes when its user deletes their account (`deleteAccount`). The list is in
 * account.service.ts (ACCOUNT_CLEANUPS): a module with rows of its own about a user adds its
 * cleanup there. Every cleanup runs in the deletion's one transaction, after the last-owner check.
 */
import type { Context } from '../../graphql/context.js';
import type { EntityManager } from '../../shared/orm.js';
import type { UserRecord } from './session-records.js';

export interface AccountCleanup {
  /** What it removes, as named in the `user.deleted` audit summary (counts by name). */
  name: string;
  /**
   * HMACs of the credentials it removes (sessions, tokens): they are bumped before and after the
   * commit (src/auth/revocation.ts), so every process refuses them on their next request.
   */
  credentialHashes?: (em: EntityManager, userId: string) => Promise<string[]>;
  /** Removes (or anonymises) the user's rows on the transaction's context; returns how many. */
  remove: (ctx: Context, user: UserRecord) => Promise<number>;
}
