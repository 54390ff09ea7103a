/**
 * Password hashing (DESIGN.md section 4 and 6): argon2id from `node:crypto` at OWASP's first
 * recommended cost (m = 19 MiB, t = 2, p = 1), stored in the PHC string format
 * `$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>` (unpadded base64, 16-byte salt, 32-byte hash).
 *
 * Hashes of earlier releases, `scrypt$N$r$p$salt$hash` (base64url), keep verifying; `needsRehash`
 * tells the login to replace them (and argon2id hashes of other parameters) with a current one.
 */
import { argon2, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** OWASP Password Storage Cheat Sheet: argon2id, 19 MiB of memory, 2 passes, 1 lane. */
export const ARGON2_PARAMETERS = { memory: 19_456, passes: 2, parallelism: 1 } as const;
const ARGON2_VERSION = 19;
const SALT_BYTES = 16;
const HASH_BYTES = 32;
/** The legacy scrypt hashes are N=2^15; anything far larger in a stored string is refused rather than run. */
const SCRYPT_MAX_MEMORY = 64 * 1024 * 1024;

const PHC_ARGON2ID = /^\$argon2id\$v=(\d+)\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/;

function argon2id(password: string, salt: Buffer, parameters: { memory: number; passes: number; parallelism: number }) {
  return new Promise<Buffer>((resolve, reject) => {
    argon2(
      'argon2id',
      { message: password.normalize('NFKC'), nonce: salt, tagLength: HASH_BYTES, ...parameters },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

function legacyScrypt(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, HASH_BYTES, { N: n, r, p, maxmem: SCRYPT_MAX_MEMORY }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

const base64 = (bytes: Buffer) => bytes.toString('base64').replace(/=+$/, '');

/** A new hash of `password` with the current algorithm and parameters. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await argon2id(password, salt, ARGON2_PARAMETERS);
  const { memory, passes, parallelism } = ARGON2_PARAMETERS;
  return `$argon2id$v=${ARGON2_VERSION}$m=${memory},t=${passes},p=${parallelism}$${base64(salt)}$${base64(key)}`;
}

function sameBytes(actual: Buffer, expected: Buffer): boolean {
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** Whether `password` matches `stored` (current or legacy format); false for anything unreadable. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const phc = PHC_ARGON2ID.exec(stored);
  if (phc) {
    const [, version, memory, passes, parallelism, salt, hash] = phc as unknown as string[];
    if (Number(version) !== ARGON2_VERSION) return false;
    const expected = Buffer.from(hash as string, 'base64');
    const actual = await argon2id(password, Buffer.from(salt as string, 'base64'), {
      memory: Number(memory),
      passes: Number(passes),
      parallelism: Number(parallelism),
    });
    return sameBytes(actual, expected);
  }
  const [algorithm, n, r, p, salt, hash] = stored.split('$');
  if (algorithm !== 'scrypt' || !salt || !hash) return false;
  const actual = await legacyScrypt(password, Buffer.from(salt, 'base64url'), Number(n), Number(r), Number(p));
  return sameBytes(actual, Buffer.from(hash, 'base64url'));
}

/** True when `stored` is not an argon2id hash of the current parameters: replace it at the next login. */
export function needsRehash(stored: string): boolean {
  const phc = PHC_ARGON2ID.exec(stored);
  if (!phc) return true;
  const { memory, passes, parallelism } = ARGON2_PARAMETERS;
  return (
    Number(phc[1]) !== ARGON2_VERSION ||
    Number(phc[2]) !== memory ||
    Number(phc[3]) !== passes ||
    Number(phc[4]) !== parallelism
  );
}

/** A hash of a random password, compared against when the email is unknown, so timing does not tell. */
export const DECOY_HASH_PROMISE = hashPassword(randomBytes(16).toString('hex'));

/**
 * The hash of a new account's password together with whether its email is already taken. The
 * hash is computed whatever the answer, so signing up with a taken email (CONFLICT) costs the
 * same time as with a free one and the response time does not reveal accounts.
 */
export async function hashForNewAccount(
  password: string,
  isEmailTaken: () => Promise<boolean>,
): Promise<{ passwordHash: string; taken: boolean }> {
  const [passwordHash, taken] = await Promise.all([hashPassword(password), isEmailTaken()]);
  return { passwordHash, taken };
}
