import { randomBytes } from 'node:crypto';
import { hmacHex } from '../../shared/hmac.js';

/**
 * Session tokens are opaque: `lks_` and 43 base64url characters (256 random bits). Only their
 * HMAC is stored. The prefix tells them apart from API keys (`lk_live_…`, `lk_test_…`).
 */
export const SESSION_COOKIE = 'latchkey_session';
const SESSION_TOKEN_PATTERN = /^lks_[A-Za-z0-9_-]{43}$/;

export function generateSessionToken(): string {
  return `lks_${randomBytes(32).toString('base64url')}`;
}

export function isSessionToken(candidate: string): boolean {
  return SESSION_TOKEN_PATTERN.test(candidate);
}

export function hashSessionToken(secret: string, token: string): string {
  return hmacHex(secret, `session:${token}`);
}
