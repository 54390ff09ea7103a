import type { CachedKey, CachedKeyRows, KeyCache } from '../../auth/credential-cache.js';
import type { Context } from '../../graphql/context.js';
import { type AuthFailureReason, badUserInput } from '../../shared/errors.js';
import type { EntityManager } from '../../shared/orm.js';
import type { ProjectRecord } from '../projects/projects.entity.js';
import type { RateLimitSnapshot } from '../rate-limits/rate-limiter.js';
import { coversScopes, expandScopes, isScopeName, type ScopeName } from '../scopes/scopes.catalog.js';
import type { KeyRecord } from './api-keys.entity.js';
import { type ColumnKind, RECORD_COLUMNS } from './api-keys.records.js';
import { hashKey, parseKey } from './key-format.js';

export const VERIFICATION_CODES = [
  'VALID',
  'MALFORMED',
  'NOT_FOUND',
  'DEACTIVATED',
  'EXPIRED',
  'RATE_LIMITED',
  'INSUFFICIENT_SCOPE',
] as const;
export type VerificationCode = (typeof VERIFICATION_CODES)[number];

export type KeyCheck =
  | {
      ok: true;
      key: KeyRecord;
      project: ProjectRecord;
      /** The key's HMAC: its name in the key cache. */
      hash: string;
      /** Set when served from the key cache: its generation must be confirmed (see key-cache.ts). */
      cached: CachedKey | null;
    }
  | { ok: false; code: VerificationCode; reason: AuthFailureReason; key: KeyRecord | null };

/** `KeyRecord` field → its column: the same list as the read records'. */
const KEY_FIELDS = RECORD_COLUMNS satisfies Record<keyof KeyRecord, readonly [string, ColumnKind]>;

const PROJECT_FIELDS = {
  id: ['id', 'value'],
  name: ['name', 'value'],
  plan: ['plan', 'value'],
  createdBy: ['created_by_id', 'value'],
  createdAt: ['created_at', 'date'],
  updatedAt: ['updated_at', 'date'],
} as const satisfies Record<keyof ProjectRecord, readonly [string, ColumnKind]>;

function selectOf(table: string, prefix: string, fields: Record<string, readonly [string, ColumnKind]>): string[] {
  return Object.entries(fields).map(([field, [name, kind]]) => {
    const column = `${table}."${name}"`;
    // Dates as epoch milliseconds and bigints as float8: numbers, with no text to parse.
    const expression =
      kind === 'date'
        ? `(extract(epoch from ${column}) * 1000)::float8`
        : kind === 'number'
          ? `${column}::float8`
          : column;
    return `${expression} as "${prefix}${field}"`;
  });
}

const FIND_KEY_BY_HASH = `select ${[...selectOf('k', '', KEY_FIELDS), ...selectOf('p', 'project.', PROJECT_FIELDS)].join(', ')}
  from "api_keys" k join "projects" p on p."id" = k."project_id" where k."key_hash" = ? limit 1`;

function recordOf(row: Record<string, unknown>, prefix: string, fields: Record<string, readonly [string, ColumnKind]>) {
  const record: Record<string, unknown> = {};
  for (const [field, [, kind]] of Object.entries(fields)) {
    const value = row[`${prefix}${field}`] ?? null;
    record[field] = kind === 'date' && value !== null ? new Date(value as number) : value;
  }
  return Object.freeze(record);
}

/**
 * The key with this hash and its project, in one indexed statement, as read-only records. This
 * runs on every key request the cache cannot answer, so it skips the ORM: no query builder and no
 * hydration, only the columns the records name.
 */
async function findKeyByHash(em: EntityManager, keyHash: string): Promise<CachedKeyRows | null> {
  const rows = await em.getConnection().execute<Record<string, unknown>[]>(FIND_KEY_BY_HASH, [keyHash]);
  const row = rows[0];
  if (!row) return null;
  return {
    key: recordOf(row, '', KEY_FIELDS) as unknown as KeyRecord,
    project: recordOf(row, 'project.', PROJECT_FIELDS) as unknown as ProjectRecord,
  };
}

/** The expanded scopes of each key record: records are frozen and a cached one serves many requests. */
const scopesOfRecord = new WeakMap<KeyRecord, ReadonlySet<ScopeName>>();

/** A key's scopes with everything they imply, computed once per record. */
export function scopesOfKey(key: KeyRecord): ReadonlySet<ScopeName> {
  let scopes = scopesOfRecord.get(key);
  if (!scopes) {
    scopes = expandScopes(key.scopes);
    scopesOfRecord.set(key, scopes);
  }
  return scopes;
}

/** Why a found key is refused now, in the order of DESIGN.md section 5; null when it may be used. */
function refusalOf(key: KeyRecord, now: Date): { code: VerificationCode; reason: AuthFailureReason } | null {
  if (key.deletedAt) return { code: 'NOT_FOUND', reason: 'DELETED' };
  if (key.status === 'DEACTIVATED') return { code: 'DEACTIVATED', reason: 'DEACTIVATED' };
  if (key.status === 'EXPIRED' || (key.expiresAt && key.expiresAt <= now))
    return { code: 'EXPIRED', reason: 'EXPIRED' };
  if (key.graceEndsAt && key.graceEndsAt <= now) return { code: 'EXPIRED', reason: 'ROTATED' };
  return null;
}

export interface CheckKeyOptions {
  /** Serve from (and fill) this process's key cache. */
  cache?: KeyCache | null;
  now?: Date;
}

/**
 * The key from the cache, if it is there and still passes the time checks (expiry, grace end);
 * no I/O. The caller must confirm `cached.generation` before trusting it (the rate-limit script
 * does), and call `checkKey` again after dropping the entry when it changed.
 */
export function checkCachedKey(cache: KeyCache, hash: string, now = new Date()): KeyCheck | null {
  const cached = cache.get(hash, now.getTime());
  if (!cached) return null;
  if (refusalOf(cached.key, now)) {
    // Expired or past its grace since it was cached: read it again (the answer is the same).
    cache.delete(hash);
    return null;
  }
  return { ok: true, key: cached.key, project: cached.project, hash, cached };
}

/**
 * Checks a presented key in the verification order of DESIGN.md section 5, up to (not including)
 * rate limit and scopes: format and checksum (no I/O) → lookup by hash → deleted/unknown →
 * deactivated → expired. Used both for the API's own authentication and by `verifyApiKey`.
 * With a cache, a cached key is answered without I/O (see `KeyCheck.cached`); otherwise the key is
 * read from PostgreSQL and, when valid, cached under the generation read just before. `em` is
 * asked for only then, so a cached key costs no EntityManager fork.
 */
export async function checkKey(
  em: () => EntityManager,
  secret: string,
  candidate: string,
  options: CheckKeyOptions = {},
): Promise<KeyCheck> {
  if (!parseKey(candidate)) return { ok: false, code: 'MALFORMED', reason: 'MALFORMED', key: null };
  const now = options.now ?? new Date();
  const hash = hashKey(secret, candidate);
  const cache = options.cache ?? null;
  const cached = cache ? checkCachedKey(cache, hash, now) : null;
  if (cached) return cached;
  const generation = cache ? await cache.readGeneration(hash) : null;
  const rows = await findKeyByHash(em(), hash);
  if (!rows) return { ok: false, code: 'NOT_FOUND', reason: 'NOT_FOUND', key: null };
  const { key, project } = rows;
  const refusal = refusalOf(key, now);
  if (refusal) return { ok: false, ...refusal, key };
  if (cache && generation) cache.set(hash, rows, generation);
  return { ok: true, key, project, hash, cached: null };
}

export interface VerifyApiKeyInput {
  key: string;
  requiredScopes?: string[] | null;
}

export interface VerificationResult {
  valid: boolean;
  code: VerificationCode;
  apiKey: KeyRecord | null;
  rateLimit: RateLimitSnapshot | null;
}

/**
 * `verifyApiKey` for other backends. The caller needs `keys:verify` in the key's project; a key
 * of any other project is reported as NOT_FOUND, exactly like an unknown one.
 *
 * A verification is a use of the verified key: once the key passes the status checks it is
 * counted against the key's own rate limit (the backend asking is gating that key's request) and
 * metered as a `verifyApiKey` usage event of that key, outcome OK, DENIED (missing scope) or
 * RATE_LIMITED. Over its limit the answer is `RATE_LIMITED` with the window in `rateLimit`.
 */
export async function verifyApiKey(ctx: Context, input: VerifyApiKeyInput): Promise<VerificationResult> {
  const required = input.requiredScopes ?? [];
  const unknown = required.filter((scope) => !isScopeName(scope));
  if (unknown.length > 0) throw badUserInput('requiredScopes', `Unknown scope: ${unknown.join(', ')}.`);
  if (input.key.length > 256) return { valid: false, code: 'MALFORMED', apiKey: null, rateLimit: null };
  const check = await checkKey(() => ctx.em, ctx.config.secret, input.key, { cache: ctx.keyCache });
  const key = check.key;
  if (!key) return { valid: false, code: check.ok ? 'NOT_FOUND' : check.code, apiKey: null, rateLimit: null };
  const held = await ctx.access.scopesIn(key.project);
  // Another project's key, and for a TEST key a LIVE one, is reported exactly like an unknown key.
  const confinedToTest = ctx.caller.kind === 'key' && ctx.caller.key.environment === 'TEST';
  if (!held?.has('keys:verify') || key.deletedAt || (confinedToTest && key.environment !== 'TEST'))
    return { valid: false, code: 'NOT_FOUND', apiKey: null, rateLimit: null };
  if (!check.ok) return { valid: false, code: check.code, apiKey: key, rateLimit: null };
  const cached = check.cached
    ? { key: ctx.keyCache.generations.keyOf(check.hash), expected: check.cached.generation }
    : null;
  const use = ctx.usage
    ? await ctx.usage.countKeyUse(key, check.project, 'verifyApiKey', cached)
    : cached
      ? 'stale'
      : null;
  if (use === 'stale') {
    // The key changed since this process cached it: drop it and verify again from PostgreSQL.
    ctx.keyCache.delete(check.hash);
    return verifyApiKey(ctx, input);
  }
  const rateLimit = use?.decision.state ?? null;
  if (use && !use.decision.allowed) {
    use.finish('RATE_LIMITED');
    return { valid: false, code: 'RATE_LIMITED', apiKey: key, rateLimit };
  }
  if (!coversScopes(scopesOfKey(key), required)) {
    use?.finish('DENIED');
    return { valid: false, code: 'INSUFFICIENT_SCOPE', apiKey: key, rateLimit };
  }
  use?.finish('OK');
  return { valid: true, code: 'VALID', apiKey: key, rateLimit };
}
