/**
 * Personal tokens as admission reads them: one statement for the token and its user, as frozen
 * records (no ORM hydration), cached per process like keys and sessions (src/auth/credential-cache.ts)
 * and revoked the same way (src/auth/revocation.ts).
 */
import type { EntityManager } from '../../shared/orm.js';
import type { UserRecord } from '../users/session-records.js';

export interface PersonalTokenRecord {
  readonly id: string;
  readonly userId: string;
  readonly name: string;
  readonly preview: string;
  readonly scopes: readonly string[];
  /** Empty: every project of the user. */
  readonly projectIds: readonly string[];
  readonly expiresAt: Date;
  readonly revokedAt: Date | null;
}

export interface TokenRows {
  token: PersonalTokenRecord;
  user: UserRecord;
}

const FIND_TOKEN_BY_HASH = `select t."id", t."name", t."preview", t."scopes", t."project_ids" as "projectIds",
    (extract(epoch from t."expires_at") * 1000)::float8 as "expiresAt",
    (extract(epoch from t."revoked_at") * 1000)::float8 as "revokedAt",
    u."id" as "userId", u."email", u."display_name" as "displayName",
    (extract(epoch from u."created_at") * 1000)::float8 as "createdAt"
  from "personal_tokens" t join "users" u on u."id" = t."user_id" where t."token_hash" = ? limit 1`;

interface TokenRow {
  id: string;
  name: string;
  preview: string;
  scopes: string[];
  projectIds: string[];
  expiresAt: number;
  revokedAt: number | null;
  userId: string;
  email: string;
  displayName: string;
  createdAt: number;
}

/** The token with this hash and its user, or null. */
export async function findTokenByHash(em: EntityManager, tokenHash: string): Promise<TokenRows | null> {
  const rows = await em.getConnection().execute<TokenRow[]>(FIND_TOKEN_BY_HASH, [tokenHash]);
  const row = rows[0];
  if (!row) return null;
  return {
    token: Object.freeze({
      id: row.id,
      userId: row.userId,
      name: row.name,
      preview: row.preview,
      scopes: Object.freeze([...row.scopes]),
      projectIds: Object.freeze([...row.projectIds]),
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

/** Why a token may not be used at `now`, or null when it may. */
export function tokenRefusal(token: PersonalTokenRecord, now = new Date()): 'TOKEN_REVOKED' | 'TOKEN_EXPIRED' | null {
  if (token.revokedAt) return 'TOKEN_REVOKED';
  if (token.expiresAt <= now) return 'TOKEN_EXPIRED';
  return null;
}
