/**
 * HMAC-SHA-256 under a server secret, hex: how keys, sessions and personal tokens are stored and
 * looked up. The secret's key object is made once: `createHmac` given the secret as a string
 * builds one on every call, which costs several times the hash itself (25 µs against 4 µs a
 * call on Node 24), and admission hashes every credential it has not seen on the connection.
 */
import { createHmac, createSecretKey, type KeyObject } from 'node:crypto';

/** Key objects by secret; a process has one secret, tests a few. */
const keyObjects = new Map<string, KeyObject>();
const MAX_SECRETS = 16;

function keyObjectOf(secret: string): KeyObject {
  let key = keyObjects.get(secret);
  if (key === undefined) {
    if (keyObjects.size >= MAX_SECRETS) keyObjects.clear();
    key = createSecretKey(Buffer.from(secret, 'utf8'));
    keyObjects.set(secret, key);
  }
  return key;
}

export function hmacHex(secret: string, text: string): string {
  return createHmac('sha256', keyObjectOf(secret)).update(text, 'utf8').digest('hex');
}
