import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  checksumOf,
  generateKey,
  hashKey,
  KEY_PATTERN,
  parseKey,
  previewKey,
  toBase62,
} from '../../src/modules/api-keys/key-format.js';

describe('key format', () => {
  it('generates keys matching the documented regex, for both environments', () => {
    for (const env of ['live', 'test'] as const) {
      const key = generateKey(env);
      expect(key).toMatch(/^lk_(live|test)_[0-9A-Za-z]{38}$/);
      expect(key.startsWith(`lk_${env}_`)).toBe(true);
      expect(KEY_PATTERN.test(key)).toBe(true);
      expect(parseKey(key)?.environment).toBe(env);
    }
  });

  it('uses CRC32 of the body in base62, most significant digit first, padded to 6', () => {
    const body = 'lk_live_00000000000000000000000000000000';
    let value = crc32(Buffer.from(body)) >>> 0;
    let expected = '';
    const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
    while (value > 0) {
      expected = alphabet[value % 62] + expected;
      value = Math.floor(value / 62);
    }
    expect(checksumOf(body)).toBe(expected.padStart(6, '0'));
    expect(toBase62(0, 6)).toBe('000000');
    expect(toBase62(61, 2)).toBe('0z');
    expect(toBase62(62, 2)).toBe('10');
  });

  it('refuses a wrong checksum, a wrong shape and a wrong length', () => {
    const key = generateKey('live');
    const last = key.at(-1) === 'A' ? 'B' : 'A';
    expect(parseKey(key.slice(0, -1) + last)).toBeNull();
    expect(parseKey(key.replace('lk_live_', 'lk_prod_'))).toBeNull();
    expect(parseKey(`${key}x`)).toBeNull();
    expect(parseKey('x'.repeat(10_000))).toBeNull();
    expect(parseKey(key.replace(/.$/, '!'))).toBeNull();
  });

  it('draws random characters from the whole alphabet, without repeats across keys', () => {
    const keys = new Set(Array.from({ length: 2000 }, () => generateKey('test')));
    expect(keys.size).toBe(2000);
    const seen = new Set([...keys].join('').slice(0, 80_000));
    expect(seen.size).toBeGreaterThanOrEqual(62);
  });

  it('hashes with HMAC-SHA-256 under the secret and previews 12 + 4 characters', () => {
    const key = generateKey('live');
    expect(hashKey('a', key)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashKey('a', key)).not.toBe(hashKey('b', key));
    expect(previewKey(key)).toBe(`${key.slice(0, 12)}…${key.slice(-4)}`);
  });
});
