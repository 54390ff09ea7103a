/**
 * When each personal access token was last used (`PersonalToken.lastUsedAt`), so a user can tell
 * the tokens they rely on from the ones to revoke. Admission reports every use; a token's row is
 * written at most once a minute per process, after the request and never holding it, and the
 * statement itself leaves a row written less than a minute ago alone, so many processes do not
 * write it more often. The time is therefore right to the minute. A write that fails is logged and
 * the next use a minute later writes again.
 */
import { type Logger, throttledWarning } from '../../shared/logger.js';
import type { EntityManager } from '../../shared/orm.js';

const RECORD_USE = `update "personal_tokens" set "last_used_at" = ?
  where "id" = ? and ("last_used_at" is null or "last_used_at" < ?)`;

/** Tokens remembered; past this the memory starts over (at worst one more write per token). */
const MAX_REMEMBERED = 10_000;

export class TokenUses {
  /** When this process last wrote each token's use, by token id. */
  private readonly written = new Map<string, number>();
  private readonly failed: (fields: Record<string, unknown>) => void;

  constructor(
    private readonly em: () => EntityManager,
    logger: Logger,
    private readonly intervalMs = 60_000,
  ) {
    this.failed = throttledWarning(logger, 'personal tokens: a use could not be recorded; the next use tries again');
  }

  /** A use of token `tokenId` now: written unless this process wrote one in the last minute. */
  record(tokenId: string, now = Date.now()): void {
    const last = this.written.get(tokenId);
    if (last !== undefined && now - last < this.intervalMs) return;
    if (this.written.size >= MAX_REMEMBERED) this.written.clear();
    this.written.set(tokenId, now);
    void this.write(tokenId, now);
  }

  private async write(tokenId: string, now: number): Promise<void> {
    try {
      await this.em()
        .getConnection()
        .execute(RECORD_USE, [new Date(now), tokenId, new Date(now - this.intervalMs)]);
    } catch (error) {
      // Written again on the next use after this one's minute.
      this.failed({ err: error });
    }
  }
}
