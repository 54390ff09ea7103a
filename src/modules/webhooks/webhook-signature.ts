/**
 * Webhook secrets and signatures, per Standard Webhooks 1.0 (DESIGN.md section 14).
 *
 * - Secret: `whsec_` + base64 of 32 random bytes; the HMAC key is those 32 bytes. Shown once, by
 *   the mutation that makes it. At rest it is sealed with AES-256-GCM under a key derived from
 *   LATCHKEY_SECRET (HKDF-SHA-256), since signing needs it back: a database dump alone does not
 *   give it away. Changing LATCHKEY_SECRET makes stored secrets unreadable (rotate them).
 * - Signature: `v1,` + base64 of HMAC-SHA-256(key, `<webhook-id>.<webhook-timestamp>.<body>`);
 *   `webhook-signature` holds one per live secret, space-separated, while a rotation overlaps.
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

export const SECRET_PREFIX = 'whsec_';
const SECRET_BYTES = 32;
const SEAL_VERSION = 'v1';

/** A new endpoint secret: `whsec_` + base64 of 32 random bytes. */
export function generateWebhookSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(SECRET_BYTES).toString('base64')}`;
}

/** What lists show of a secret: its first 10 characters and its last 4. */
export function secretPreview(secret: string): string {
  return `${secret.slice(0, 10)}…${secret.slice(-4)}`;
}

/** The HMAC key of a `whsec_` secret. */
function keyOf(secret: string): Buffer {
  if (!secret.startsWith(SECRET_PREFIX)) throw new Error('not a webhook secret');
  return Buffer.from(secret.slice(SECRET_PREFIX.length), 'base64');
}

/** One `v1,<base64>` signature of `<id>.<timestamp>.<body>`. */
export function signPayload(secret: string, id: string, timestamp: number, body: string): string {
  const mac = createHmac('sha256', keyOf(secret)).update(`${id}.${timestamp}.${body}`).digest('base64');
  return `v1,${mac}`;
}

/** The `webhook-signature` header: one signature per live secret, newest first. */
export function signatureHeader(secrets: readonly string[], id: string, timestamp: number, body: string): string {
  return secrets.map((secret) => signPayload(secret, id, timestamp, body)).join(' ');
}

const sealingKeys = new Map<string, Buffer>();

function sealingKey(masterSecret: string): Buffer {
  let key = sealingKeys.get(masterSecret);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', masterSecret, '', 'latchkey webhook endpoint secrets', 32));
    sealingKeys.set(masterSecret, key);
  }
  return key;
}

/** Seals a secret for storage: `v1.<iv>.<tag>.<ciphertext>`, base64url parts. */
export function sealSecret(secret: string, masterSecret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealingKey(masterSecret), iv);
  const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return [SEAL_VERSION, iv, cipher.getAuthTag(), ciphertext]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

/** The secret `sealSecret` sealed; throws when it was sealed under another LATCHKEY_SECRET. */
export function openSecret(sealed: string, masterSecret: string): string {
  const [version, iv, tag, ciphertext] = sealed.split('.');
  if (version !== SEAL_VERSION || !iv || !tag || ciphertext === undefined) throw new Error('unknown sealed secret');
  const decipher = createDecipheriv('aes-256-gcm', sealingKey(masterSecret), Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
}
