/**
 * Sessions as authentication reads them: one statement for the session and its user, as frozen
 * records (no ORM hydration), cached per process like keys (src/auth/credential-cache.ts) and
 * revoked the same way: logging out bumps the session's generation.
 */

import type { CredentialCache } from '../../auth/credential-cache.js';
import type { EntityManager } from '../../shared/orm.js';
import type { User } from './users.entity.js';

/** The caller's user as a plain, read-only record: what requests work with. */
export type UserRecord = Readonly<Pick<User, 'id' | 'email' | 'displayName' | 'createdAt'>>;

export interface SessionRecord {
  readonly id: string;
  readonly expiresAt: Date;
  readonly revokedAt: Date | null;
}

export interface SessionRows {
  session: SessionRecord;
  user: UserRecord;
}

export type SessionCache = CredentialCache<SessionRows>;

const FIND_SESSION_BY_HASH = `select s."id", (extract(epoch from s."expires_at") * 1000)::float8 as "expiresAt",
    (extract(epoch from s."revoked_at") * 1000)::float8 as "revokedAt",
    u."id" as "userId", u."email", u."display_name" as "displayName",
    (extract(epoch from u."created_at") * 1000)::float8 as "createdAt"
  from "sessions" s join "users" u on u."id" = s."user_id" where s."token_hash" = ? limit 1`;

interface SessionRow {
  id: string;
  expiresAt: number;
  revokedAt: number | null;
  userId: string;
  email: string;
  displayName: string;
  createdAt: number;
}

/** The session with this token hash and its user, or null. */
export async function findSessionByHash(em: EntityManager, tokenHash: string): Promise<SessionRows | null> {
  const rows = await em.getConnection().execute<SessionRow[]>(FIND_SESSION_BY_HASH, [tokenHash]);
  const row = rows[0];
  if (!row) return null;
  return {
    session: Object.freeze({
      id: row.id,
      expiresAt: new Date(row.expiresAt),
      revokedAt: row.revokedAt === null ? null : new Date(row.revokedAt),
    }),
    user: Object.freeze({
      id: row.userId,
      email: row.email,
      displayName: row.displayName,
      createdAt: new Date(row.createdAt),
    }),
  };
}

/** Whether the session may be used at `now`. */
export function isSessionLive(session: SessionRecord, now = new Date()): boolean {
  return !session.revokedAt && session.expiresAt > now;
}
