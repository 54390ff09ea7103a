import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { hashKey, toBase62 } from '../../src/modules/api-keys/key-format.js';
import {
  generatePersonalToken,
  hashPersonalToken,
  isWellFormedPersonalToken,
  looksLikePersonalToken,
  previewPersonalToken,
  TOKEN_LENGTH,
} from '../../src/modules/personal-tokens/token-format.js';

describe('personal access token format', () => {
  it('is lk_pat_, 32 base62 characters and the base62 CRC32 of the rest', () => {
    for (let i = 0; i < 200; i += 1) {
      const token = generatePersonalToken();
      expect(token).toMatch(/^lk_pat_[0-9A-Za-z]{38}$/);
      expect(token).toHaveLength(TOKEN_LENGTH);
      const body = token.slice(0, -6);
      expect(token.slice(-6)).toBe(toBase62(crc32(Buffer.from(body, 'utf8')) >>> 0, 6));
      expect(isWellFormedPersonalToken(token)).toBe(true);
    }
  });

  it('refuses a wrong checksum, length, alphabet or prefix without any I/O', () => {
    const token = generatePersonalToken();
    const last = token.at(-1);
    expect(isWellFormedPersonalToken(`${token.slice(0, -1)}${last === 'A' ? 'B' : 'A'}`)).toBe(false);
    expect(isWellFormedPersonalToken(token.slice(0, -1))).toBe(false);
    expect(isWellFormedPersonalToken(`${token}0`)).toBe(false);
    expect(isWellFormedPersonalToken(`${token.slice(0, 10)}-${token.slice(11)}`)).toBe(false);
    expect(isWellFormedPersonalToken(token.replace('lk_pat_', 'lk_tap_'))).toBe(false);
    // One changed character in the random part breaks the checksum.
    const flipped = `${token.slice(0, 7)}${token[7] === 'x' ? 'y' : 'x'}${token.slice(8)}`;
    expect(isWellFormedPersonalToken(flipped)).toBe(false);
  });

  it('is routed by its prefix, which API keys never carry', () => {
    expect(looksLikePersonalToken(generatePersonalToken())).toBe(true);
    expect(looksLikePersonalToken('lk_live_Np8J0000000000000000000000000000000000')).toBe(false);
  });

  it('is stored as an HMAC and previewed by its first 11 and last 4 characters', () => {
    const token = generatePersonalToken();
    expect(hashPersonalToken('s'.repeat(32), token)).toBe(hashKey('s'.repeat(32), token));
    expect(hashPersonalToken('s'.repeat(32), token)).toMatch(/^[0-9a-f]{64}$/);
    expect(previewPersonalToken(token)).toBe(`${token.slice(0, 11)}…${token.slice(-4)}`);
  });
});
