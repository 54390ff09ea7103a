/**
 * The API key format, in one place.
 *
 *   lk_<env>_<random><checksum>
 *
 * - `env` is `live` or `test`.
 * - `random` is 32 base62 characters drawn from a CSPRNG (about 190 bits).
 * - `checksum` is the CRC32 (IEEE) of the UTF-8 bytes of `lk_<env>_<random>`, written in base62
 *   (alphabet `0-9A-Za-z`, most significant digit first), left-padded with `0` to 6 characters.
 *
 * A string that fails the regex or the checksum is refused before any database or Redis access.
 * Only `HMAC-SHA-256(LATCHKEY_SECRET, key)` is ever stored; the key itself is returned once.
 */
import { randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { hmacHex } from '../../shared/hmac.js';

export const BASE62_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const KEY_PATTERN = /^lk_(live|test)_([0-9A-Za-z]{32})([0-9A-Za-z]{6})$/;
export const KEY_LENGTH = 'lk_live_'.length + 38;

export type KeyEnvironment = 'live' | 'test';

export interface ParsedKey {
  environment: KeyEnvironment;
  /** `lk_<env>_<random>`, the part the checksum covers. */
  body: string;
  checksum: string;
}

/** Base62 of a non-negative integer, most significant digit first, left-padded to `width`. */
export function toBase62(value: number, width: number): string {
  let remaining = value;
  let digits = '';
  do {
    digits = BASE62_ALPHABET[remaining % 62] + digits;
    remaining = Math.floor(remaining / 62);
  } while (remaining > 0);
  return digits.padStart(width, '0');
}

export function checksumOf(body: string): string {
  return toBase62(crc32(Buffer.from(body, 'utf8')) >>> 0, 6);
}

/** `count` base62 characters from the CSPRNG, without modulo bias (bytes >= 248 are redrawn). */
export function randomBase62(count: number): string {
  let out = '';
  while (out.length < count) {
    for (const byte of randomBytes(count * 2)) {
      if (byte < 248 && out.length < count) out += BASE62_ALPHABET[byte % 62];
    }
  }
  return out;
}

export function generateKey(environment: KeyEnvironment): string {
  const body = `lk_${environment}_${randomBase62(32)}`;
  return body + checksumOf(body);
}

/** Parses a candidate key without any I/O; `null` when the shape or the checksum is wrong. */
export function parseKey(candidate: string): ParsedKey | null {
  if (candidate.length !== KEY_LENGTH) return null;
  const match = KEY_PATTERN.exec(candidate);
  if (!match) return null;
  const body = candidate.slice(0, -6);
  const checksum = candidate.slice(-6);
  if (checksumOf(body) !== checksum) return null;
  return { environment: match[1] as KeyEnvironment, body, checksum };
}

/** Whether a string looks like a key at all (used to route a bearer token to key or session checks). */
export function looksLikeKey(candidate: string): boolean {
  return candidate.startsWith('lk_');
}

/** HMAC-SHA-256 of the key under the server secret, hex: the only form a key is stored in. */
export function hashKey(secret: string, key: string): string {
  return hmacHex(secret, key);
}

/** The first 12 characters and the last 4, e.g. `lk_live_Np8J…4hMj`. */
export function previewKey(key: string): string {
  return `${key.slice(0, 12)}…${key.slice(-4)}`;
}
