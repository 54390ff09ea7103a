import type { KeyRecord } from '../modules/api-keys/api-keys.entity.js';
import type { KeyCache } from '../modules/api-keys/key-cache.js';
import { looksLikeKey } from '../modules/api-keys/key-format.js';
import { checkKey, scopesOfKey } from '../modules/api-keys/key-verification.service.js';
import type { ProjectRecord } from '../modules/projects/projects.entity.js';
import { hashSessionToken, isSessionToken, SESSION_COOKIE } from '../modules/users/sessions.js';
import { Session, User } from '../modules/users/users.entity.js';
import type { Caller } from './context.js';
import type { AuthFailureReason } from './errors.js';
import type { EntityManager } from './orm.js';

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

async function sessionCaller(em: EntityManager, secret: string, token: string): Promise<Caller | null> {
  if (!isSessionToken(token)) return null;
  const session = await em.findOne(Session, { tokenHash: hashSessionToken(secret, token) });
  if (!session || session.revokedAt || session.expiresAt <= new Date()) return null;
  const user = await em.findOne(User, { id: session.user });
  return user ? { kind: 'user', user, sessionId: session.id } : null;
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
    const caller = await sessionCaller(em, secret, token);
    return caller ? { ok: true, caller } : { ok: false, reason: 'SESSION_EXPIRED' };
  }
  const cookieToken = sessionCookieOf(credentials.cookie);
  const caller = cookieToken ? await sessionCaller(em, secret, cookieToken) : null;
  return { ok: true, caller: caller ?? { kind: 'anonymous' } };
}
