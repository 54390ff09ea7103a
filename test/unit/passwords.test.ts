import { randomBytes, scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  ARGON2_PARAMETERS,
  hashForNewAccount,
  hashPassword,
  needsRehash,
  verifyPassword,
} from '../../src/modules/users/passwords.js';

const PASSWORD = 'correct horse battery staple';

/** A hash in the format of earlier releases (scrypt N=2^15), made independently of passwords.ts. */
function legacyHash(password: string): string {
  const salt = randomBytes(16);
  const key = scryptSync(password.normalize('NFKC'), salt, 32, { N: 32_768, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
  return ['scrypt', 32_768, 8, 1, salt.toString('base64url'), key.toString('base64url')].join('$');
}

describe('password hashing', () => {
  it('hashes with argon2id at OWASP’s parameters in the PHC format, salted, and verifies only the right password', async () => {
    expect(ARGON2_PARAMETERS).toEqual({ memory: 19_456, passes: 2, parallelism: 1 });
    const first = await hashPassword(PASSWORD);
    const second = await hashPassword(PASSWORD);
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(second).not.toBe(first);
    expect(first).not.toContain(PASSWORD);
    expect(await verifyPassword(PASSWORD, first)).toBe(true);
    expect(await verifyPassword(`${PASSWORD}!`, first)).toBe(false);
    expect(needsRehash(first)).toBe(false);
  });

  it('keeps verifying the older scrypt hashes, and marks them (and weaker argon2id) for a rehash', async () => {
    const old = legacyHash(PASSWORD);
    expect(await verifyPassword(PASSWORD, old)).toBe(true);
    expect(await verifyPassword('another long password', old)).toBe(false);
    expect(needsRehash(old)).toBe(true);
    const weaker = (await hashPassword(PASSWORD)).replace('m=19456,t=2', 'm=8192,t=1');
    expect(needsRehash(weaker)).toBe(true);
  });

  it('refuses what it cannot read instead of throwing', async () => {
    for (const stored of ['', 'plain', 'scrypt$', '$argon2id$v=19$m=19456,t=2,p=1$$', 'bcrypt$2b$10$abc']) {
      expect(await verifyPassword(PASSWORD, stored)).toBe(false);
    }
  });

  it('hashes a new account’s password even when its email is taken, so a CONFLICT costs a hash too', async () => {
    const taken = await hashForNewAccount(PASSWORD, async () => true);
    expect(taken.taken).toBe(true);
    expect(await verifyPassword(PASSWORD, taken.passwordHash)).toBe(true);
    const free = await hashForNewAccount(PASSWORD, async () => false);
    expect(free.taken).toBe(false);
    expect(await verifyPassword(PASSWORD, free.passwordHash)).toBe(true);
  });
});
