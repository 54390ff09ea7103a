import type { Context } from '../../shared/context.js';
import { type AuthFailureReason, badUserInput } from '../../shared/errors.js';
import type { EntityManager } from '../../shared/orm.js';
import { Project } from '../projects/projects.entity.js';
import { coversScopes, expandScopes, isScopeName } from '../scopes/scopes.catalog.js';
import type { RateLimitSnapshot } from '../usage/rate-limiter.js';
import { ApiKey } from './api-keys.entity.js';
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
  | { ok: true; key: ApiKey; project: Project }
  | { ok: false; code: VerificationCode; reason: AuthFailureReason; key: ApiKey | null };

const PROJECT_COLUMNS = ['id', 'name', 'plan', 'created_by_id', 'created_at', 'updated_at'] as const;

/**
 * The key with this hash and its project, in one indexed statement. This runs on every
 * key-authenticated request, so it skips the ORM's query builder: the rows are handed to
 * `em.map`, which hydrates them into the request's identity map like any other load.
 */
async function findKeyByHash(em: EntityManager, keyHash: string): Promise<{ key: ApiKey; project: Project } | null> {
  const projectColumns = PROJECT_COLUMNS.map((column) => `p."${column}" as "project__${column}"`).join(', ');
  const rows = await em
    .getConnection()
    .execute<Record<string, unknown>[]>(
      `select k.*, ${projectColumns} from "api_keys" k join "projects" p on p."id" = k."project_id" where k."key_hash" = ? limit 1`,
      [keyHash],
    );
  const row = rows[0];
  if (!row) return null;
  const keyRow: Record<string, unknown> = {};
  const projectRow: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row)) {
    if (column.startsWith('project__')) projectRow[column.slice('project__'.length)] = value;
    else keyRow[column] = value;
  }
  return { key: em.map(ApiKey, keyRow as never), project: em.map(Project, projectRow as never) };
}

/**
 * Checks a presented key in the verification order of DESIGN.md section 5, up to (not including)
 * rate limit and scopes: format and checksum (no I/O) → lookup by hash → deleted/unknown →
 * deactivated → expired. Used both for the API's own authentication and by `verifyApiKey`.
 * Nothing is cached: a revocation is effective on the next request on every process.
 */
export async function checkKey(
  em: EntityManager,
  secret: string,
  candidate: string,
  now = new Date(),
): Promise<KeyCheck> {
  if (!parseKey(candidate)) return { ok: false, code: 'MALFORMED', reason: 'MALFORMED', key: null };
  const found = await findKeyByHash(em, hashKey(secret, candidate));
  if (!found) return { ok: false, code: 'NOT_FOUND', reason: 'NOT_FOUND', key: null };
  const { key, project } = found;
  if (key.deletedAt) return { ok: false, code: 'NOT_FOUND', reason: 'DELETED', key };
  if (key.status === 'DEACTIVATED') return { ok: false, code: 'DEACTIVATED', reason: 'DEACTIVATED', key };
  if (key.status === 'EXPIRED' || (key.expiresAt && key.expiresAt <= now)) {
    return { ok: false, code: 'EXPIRED', reason: 'EXPIRED', key };
  }
  if (key.graceEndsAt && key.graceEndsAt <= now) return { ok: false, code: 'EXPIRED', reason: 'ROTATED', key };
  return { ok: true, key, project };
}

export interface VerifyApiKeyInput {
  key: string;
  requiredScopes?: string[] | null;
}

export interface VerificationResult {
  valid: boolean;
  code: VerificationCode;
  apiKey: ApiKey | null;
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
  const check = await checkKey(ctx.em, ctx.config.secret, input.key);
  const key = check.key;
  if (!key) return { valid: false, code: check.ok ? 'NOT_FOUND' : check.code, apiKey: null, rateLimit: null };
  const held = await ctx.access.scopesIn(key.project);
  if (!held?.has('keys:verify') || key.deletedAt)
    return { valid: false, code: 'NOT_FOUND', apiKey: null, rateLimit: null };
  ctx.loaders.apiKey.prime(key.id, key);
  if (!check.ok) return { valid: false, code: check.code, apiKey: key, rateLimit: null };
  const use = await ctx.usage?.countKeyUse(key, 'verifyApiKey');
  const rateLimit = use?.decision.state ?? null;
  if (use && !use.decision.allowed) {
    use.finish('RATE_LIMITED');
    return { valid: false, code: 'RATE_LIMITED', apiKey: key, rateLimit };
  }
  if (!coversScopes(expandScopes(key.scopes), required)) {
    use?.finish('DENIED');
    return { valid: false, code: 'INSUFFICIENT_SCOPE', apiKey: key, rateLimit };
  }
  use?.finish('OK');
  return { valid: true, code: 'VALID', apiKey: key, rateLimit };
}
