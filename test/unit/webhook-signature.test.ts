import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import {
  generateWebhookSecret,
  openSecret,
  sealSecret,
  secretPreview,
  signatureHeader,
} from '../../src/modules/webhooks/webhook-signature.js';

const MASTER = 'a-latchkey-secret-of-at-least-32-characters';

describe('webhook secrets and signatures (Standard Webhooks 1.0)', () => {
  it('makes whsec_ secrets of 32 random bytes', () => {
    const secret = generateWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);
    expect(generateWebhookSecret()).not.toBe(secret);
    expect(secretPreview(secret)).toBe(`${secret.slice(0, 10)}…${secret.slice(-4)}`);
  });

  it('signs id.timestamp.body so that the standardwebhooks package verifies it', () => {
    const secret = generateWebhookSecret();
    const body = JSON.stringify({ type: 'key.created', timestamp: new Date().toISOString(), data: { id: 'x' } });
    const timestamp = Math.floor(Date.now() / 1000);
    const id = '0191f0a0-0000-7000-8000-000000000000';
    const headers = {
      'webhook-id': id,
      'webhook-timestamp': String(timestamp),
      'webhook-signature': signatureHeader([secret], id, timestamp, body),
    };
    expect(headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
    // The reference implementation's own signature is the same text.
    expect(new Webhook(secret).sign(id, new Date(timestamp * 1000), body)).toBe(headers['webhook-signature']);
    expect(() => new Webhook(secret).verify(`${body} `, headers)).toThrow();
    expect(() => new Webhook(generateWebhookSecret()).verify(body, headers)).toThrow();
  });

  it('signs with every live secret during an overlap: either one verifies', () => {
    const [current, previous] = [generateWebhookSecret(), generateWebhookSecret()];
    const body = '{"type":"webhook.test","timestamp":"2026-01-01T00:00:00.000Z","data":{}}';
    const timestamp = Math.floor(Date.now() / 1000);
    const header = signatureHeader([current, previous], 'evt', timestamp, body);
    expect(header.split(' ')).toHaveLength(2);
    const headers = { 'webhook-id': 'evt', 'webhook-timestamp': String(timestamp), 'webhook-signature': header };
    for (const secret of [current, previous]) expect(() => new Webhook(secret).verify(body, headers)).not.toThrow();
  });

  it('seals secrets for storage under LATCHKEY_SECRET, and only that secret opens them', () => {
    const secret = generateWebhookSecret();
    const sealed = sealSecret(secret, MASTER);
    expect(sealed).not.toContain(secret.slice(6, 20));
    expect(sealSecret(secret, MASTER)).not.toBe(sealed);
    expect(openSecret(sealed, MASTER)).toBe(secret);
    expect(() => openSecret(sealed, `${MASTER}-other`)).toThrow();
    const [version, iv, tag, ciphertext] = sealed.split('.');
    const flipped = `${version}.${iv}.${tag}.${ciphertext?.startsWith('A') ? 'B' : 'A'}${ciphertext?.slice(1)}`;
    expect(() => openSecret(flipped, MASTER)).toThrow();
  });
});
