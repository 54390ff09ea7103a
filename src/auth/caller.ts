import type { KeyRecord } from '../modules/api-keys/api-keys.entity.js';
import type { PersonalTokenRecord, TokenRows } from '../modules/personal-tokens/token-records.js';
import type { ProjectRecord } from '../modules/projects/projects.entity.js';
import { expandScopes, type ScopeName } from '../modules/scopes/scopes.catalog.js';
import type { SessionRows, UserRecord } from '../modules/users/session-records.js';
import type { KeyCredential } from './key-credential.js';

/**
 * Who is calling: nobody, a user through a session, a user through one of their personal access
 * tokens (limited to the token's projects, and to what both its scopes and the user's role allow),
 * or an API key acting in its own project.
 */
export type Caller =
  | { kind: 'anonymous' }
  | {
      kind: 'user';
      user: UserRecord;
      sessionId: string;
      /** The session token's HMAC: its name in the session cache (revoking it bumps its generation). */
      sessionHash: string;
    }
  | {
      kind: 'token';
      user: UserRecord;
      token: PersonalTokenRecord;
      /** The token's HMAC: its name in the token cache (revoking it bumps its generation). */
      tokenHash: string;
      /** The token's scopes with everything they imply; intersected with the role in each project. */
      scopes: ReadonlySet<ScopeName>;
    }
  | { kind: 'key'; key: KeyRecord; project: ProjectRecord; scopes: ReadonlySet<ScopeName> };

/** A personal token as admission caches it: its rows and its expanded scopes, computed once. */
export interface TokenCredential extends TokenRows {
  scopes: ReadonlySet<ScopeName>;
}

export function tokenCredential(rows: TokenRows): TokenCredential {
  return Object.freeze({ ...rows, scopes: expandScopes(rows.token.scopes) });
}

export function tokenCaller(credential: TokenCredential, tokenHash: string): Caller {
  return { kind: 'token', user: credential.user, token: credential.token, tokenHash, scopes: credential.scopes };
}

/** The user a caller acts as (a session's or a personal token's), or null for keys and nobody. */
export function actingUserOf(caller: Caller): UserRecord | null {
  return caller.kind === 'user' || caller.kind === 'token' ? caller.user : null;
}

export function keyCaller(credential: KeyCredential): Caller {
  return { kind: 'key', key: credential.key, project: credential.project, scopes: credential.scopes };
}

export function sessionCaller(rows: SessionRows, sessionHash: string): Caller {
  return { kind: 'user', user: rows.user, sessionId: rows.session.id, sessionHash };
}
