/**
 * The personal access token format, in one place (DESIGN.md section 15).
 *
 *   lk_pat_<random><checksum>
 *
 * - `random` is 32 base62 characters drawn from a CSPRNG (about 190 bits).
 * - `checksum` is the CRC32 (IEEE) of the UTF-8 bytes of `lk_pat_<random>`, in base62 (alphabet
 *   `0-9A-Za-z`, most significant digit first), left-padded with `0` to 6 characters: the same
 *   checksum as API keys (key-format.ts), so secret scanners find both with few false positives.
 *
 * A string that fails the regex or the checksum is refused before any database or Redis access.
 * Only `HMAC-SHA-256(LATCHKEY_SECRET, token)` is stored; the token itself is returned once.
 */
import { checksumOf, hashKey, randomBase62 } from '../api-keys/key-format.js';

export const TOKEN_PREFIX = 'lk_pat_';
export const TOKEN_PATTERN = /^lk_pat_[0-9A-Za-z]{38}$/;
export const TOKEN_LENGTH = TOKEN_PREFIX.length + 38;

export function generatePersonalToken(): string {
  const body = `${TOKEN_PREFIX}${randomBase62(32)}`;
  return body + checksumOf(body);
}

/** Whether a bearer token claims to be a personal token (routes it to the token check). */
export function looksLikePersonalToken(candidate: string): boolean {
  return candidate.startsWith(TOKEN_PREFIX);
}

/** Whether `candidate` has the token's shape and a matching checksum; no I/O. */
export function isWellFormedPersonalToken(candidate: string): boolean {
  if (candidate.length !== TOKEN_LENGTH || !TOKEN_PATTERN.test(candidate)) return false;
  return checksumOf(candidate.slice(0, -6)) === candidate.slice(-6);
}

/** HMAC-SHA-256 of the token under the server secret, hex: the only form a token is stored in. */
export function hashPersonalToken(secret: string, token: string): string {
  return hashKey(secret, token);
}

/** The first 11 characters and the last 4, e.g. `lk_pat_Np8J…4hMj`. */
export function previewPersonalToken(token: string): string {
  return `${token.slice(0, 11)}…${token.slice(-4)}`;
}
