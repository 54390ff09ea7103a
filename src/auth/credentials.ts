import type { Caller } from '../graphql/context.js';
import type { KeyRecord } from '../modules/api-keys/api-keys.entity.js';
import { looksLikeKey } from '../modules/api-keys/key-format.js';
import { checkKey, scopesOfKey } from '../modules/api-keys/key-verification.service.js';
import type { ProjectRecord } from '../modules/projects/projects.entity.js';
import {
  findSessionByHash,
  isSessionLive,
  type SessionCache,
  type SessionRows,
} from '../modules/users/session-records.js';
import { hashSessionToken, isSessionToken, SESSION_COOKIE } from '../modules/users/sessions.js';
import type { AuthFailureReason } from '../shared/errors.js';
import type { EntityManager } from '../shared/orm.js';
import type { KeyCache } from './credential-cache.js';

export type Authentication = { ok: true; caller: Caller } | { ok: false; reason: AuthFailureReason };

export interface Credentials {
  authorization: string | undefined;
  cookie: string | undefined;
}

/** The token of an `Authorization: Bearer` header: undefined without one, null when malformed. */
export function bearerTokenOf(header: string | undefined): string | null | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(value);
  return match ? (match[1] as string) : null;
}

/** The session token from a Cookie header, if any. */
export function sessionCookieOf(cookieHeader: string | undefined): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return value.join('=');
  }
  return undefined;
}

/** The session token of a request: its bearer token when that is one, else its session cookie. */
export function sessionTokenOf(credentials: Credentials): string | undefined {
  const bearer = bearerTokenOf(credentials.authorization);
  if (bearer !== undefined) return bearer !== null && isSessionToken(bearer) ? bearer : undefined;
  const cookie = sessionCookieOf(credentials.cookie);
  return cookie && isSessionToken(cookie) ? cookie : undefined;
}

export function sessionCaller(rows: SessionRows, sessionHash: string): Caller {
  return { kind: 'user', user: rows.user, sessionId: rows.session.id, sessionHash };
}

/**
 * The session's caller from PostgreSQL (one statement), cached when live under the generation
 * read just before, like keys (key-cache.ts).
 */
async function readSession(
  em: EntityManager,
  secret: string,
  token: string,
  cache: SessionCache | null,
): Promise<Caller | null> {
  if (!isSessionToken(token)) return null;
  const hash = hashSessionToken(secret, token);
  const generation = cache ? await cache.readGeneration(hash) : null;
  const rows = await findSessionByHash(em, hash);
  if (!rows || !isSessionLive(rows.session)) return null;
  if (cache && generation) cache.set(hash, rows, generation);
  return sessionCaller(rows, hash);
}

export function keyCaller(key: KeyRecord, project: ProjectRecord): Caller {
  return { kind: 'key', key, project, scopes: scopesOfKey(key) };
}

/**
 * Authenticates a request. An `Authorization: Bearer` credential that fails is refused (401 with a
 * reason); a stale session cookie is ignored, so a browser with an old cookie can still log in.
 */
export async function authenticate(
  em: EntityManager,
  secret: string,
  credentials: Credentials,
  keyCache: KeyCache | null = null,
  sessionCache: SessionCache | null = null,
): Promise<Authentication> {
  const token = bearerTokenOf(credentials.authorization);
  if (token !== undefined) {
    if (token === null) return { ok: false, reason: 'MALFORMED' };
    if (looksLikeKey(token)) {
      const check = await checkKey(() => em, secret, token, { cache: keyCache });
      if (!check.ok) return { ok: false, reason: check.reason };
      return {
        ok: true,
        caller: keyCaller(check.key, check.project),
      };
    }
    if (!isSessionToken(token)) return { ok: false, reason: 'MALFORMED' };
    const caller = await readSession(em, secret, token, sessionCache);
    return caller ? { ok: true, caller } : { ok: false, reason: 'SESSION_EXPIRED' };
  }
  const cookieToken = sessionCookieOf(credentials.cookie);
  const caller = cookieToken ? await readSession(em, secret, cookieToken, sessionCache) : null;
  return { ok: true, caller: caller ?? { kind: 'anonymous' } };
}
