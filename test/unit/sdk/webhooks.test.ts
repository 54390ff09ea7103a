/**
 * The SDK's verifyWebhook (sdk/src/webhooks.ts) against the Standard Webhooks reference library:
 * it accepts what the library signs, and both accept and refuse the same deliveries.
 */
import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { verifyWebhook, WebhookVerificationError } from '../../../sdk/src/index.js';

const newSecret = () => `whsec_${randomBytes(32).toString('base64')}`;
const BODY = JSON.stringify({ type: 'key.created', timestamp: '2026-01-02T03:04:05.000Z', data: { id: 'k1' } });

/** A delivery signed by the reference library, at `at`, with each of `secrets`. */
function delivery(secrets: string[], at = new Date(), body = BODY, id = `msg_${randomBytes(8).toString('hex')}`) {
  const signature = secrets.map((secret) => new Webhook(secret).sign(id, at, body)).join(' ');
  return {
    body,
    headers: {
      'webhook-id': id,
      'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
      'webhook-signature': signature,
    },
  };
}

/** What our verification says: 'ok' or the error code. */
function ours(body: string | Uint8Array, headers: Record<string, string>, secret: string): string {
  try {
    verifyWebhook(body, headers, secret);
    return 'ok';
  } catch (error) {
    if (error instanceof WebhookVerificationError) return error.code;
    throw error;
  }
}

/** What the reference library says: 'ok' or 'refused'. */
function reference(body: string, headers: Record<string, string>, secret: string): string {
  try {
    new Webhook(secret).verify(body, headers);
    return 'ok';
  } catch {
    return 'refused';
  }
}

describe('verifyWebhook', () => {
  it('accepts what the reference library signs and returns the event', () => {
    const secret = newSecret();
    const signed = delivery([secret]);
    expect(verifyWebhook(signed.body, signed.headers, secret)).toEqual(JSON.parse(BODY));
    expect(verifyWebhook(Buffer.from(signed.body), new Headers(signed.headers), secret).type).toBe('key.created');
    // Node's req.headers are lower-case, others may not be; the secret may come without its prefix.
    const upper = Object.fromEntries(
      Object.entries(signed.headers).map(([name, value]) => [name.toUpperCase(), value]),
    );
    expect(verifyWebhook(signed.body, upper, secret.slice('whsec_'.length)).data).toEqual({ id: 'k1' });
  });

  it('accepts a delivery with several signatures when one matches, and several secrets when one signed it', () => {
    const [old, current, other] = [newSecret(), newSecret(), newSecret()];
    const overlapping = delivery([old, current]);
    expect(ours(overlapping.body, overlapping.headers, current)).toBe('ok');
    expect(ours(overlapping.body, overlapping.headers, old)).toBe('ok');
    expect(ours(overlapping.body, overlapping.headers, other)).toBe('NO_MATCHING_SIGNATURE');
    const signed = delivery([current]);
    expect(verifyWebhook(signed.body, signed.headers, [other, current]).type).toBe('key.created');
    // An asymmetric (v1a) entry is skipped, not an error.
    const mixed = {
      ...signed.headers,
      'webhook-signature': `v1a,${randomBytes(64).toString('base64')} ${signed.headers['webhook-signature']}`,
    };
    expect(ours(signed.body, mixed, current)).toBe('ok');
  });

  it('agrees with the reference library on every delivery, valid or not', () => {
    const secret = newSecret();
    const now = Date.now();
    const valid = delivery([secret]);
    const signedWith = (secrets: string[], at: number): [string, Record<string, string>] => {
      const { body, headers } = delivery(secrets, new Date(at));
      return [body, headers];
    };
    const cases: [string, string, Record<string, string>, string][] = [
      ['valid', valid.body, valid.headers, 'ok'],
      ['tampered body', valid.body.replace('k1', 'k2'), valid.headers, 'NO_MATCHING_SIGNATURE'],
      ['re-serialized body', JSON.stringify(JSON.parse(valid.body), null, 2), valid.headers, 'NO_MATCHING_SIGNATURE'],
      ['another id', valid.body, { ...valid.headers, 'webhook-id': 'msg_other' }, 'NO_MATCHING_SIGNATURE'],
      ['wrong secret', ...signedWith([newSecret()], now), 'NO_MATCHING_SIGNATURE'],
      ['six minutes old', ...signedWith([secret], now - 360_000), 'TIMESTAMP_OUT_OF_TOLERANCE'],
      ['six minutes ahead', ...signedWith([secret], now + 360_000), 'TIMESTAMP_OUT_OF_TOLERANCE'],
      ['four minutes old', ...signedWith([secret], now - 240_000), 'ok'],
      ['timestamp not a number', valid.body, { ...valid.headers, 'webhook-timestamp': 'soon' }, 'INVALID_TIMESTAMP'],
      [
        'no signature header',
        valid.body,
        { 'webhook-id': valid.headers['webhook-id'], 'webhook-timestamp': valid.headers['webhook-timestamp'] },
        'MISSING_HEADER',
      ],
      [
        'no id header',
        valid.body,
        {
          'webhook-timestamp': valid.headers['webhook-timestamp'],
          'webhook-signature': valid.headers['webhook-signature'],
        },
        'MISSING_HEADER',
      ],
      [
        'v1a only',
        valid.body,
        { ...valid.headers, 'webhook-signature': valid.headers['webhook-signature'].replace('v1,', 'v1a,') },
        'NO_MATCHING_SIGNATURE',
      ],
      [
        'garbage signature',
        valid.body,
        { ...valid.headers, 'webhook-signature': 'v1,not base64!' },
        'NO_MATCHING_SIGNATURE',
      ],
      [
        'truncated signature',
        valid.body,
        { ...valid.headers, 'webhook-signature': valid.headers['webhook-signature'].slice(0, 20) },
        'NO_MATCHING_SIGNATURE',
      ],
    ];
    for (const [name, body, headers, expected] of cases) {
      const outcome = ours(body, headers, secret);
      expect(outcome, name).toBe(expected);
      expect(reference(body, headers, secret), name).toBe(outcome === 'ok' ? 'ok' : 'refused');
    }
  });

  it('holds to a tolerance of 300 seconds either way unless told otherwise', () => {
    const secret = newSecret();
    const signed = delivery([secret], new Date('2026-01-01T00:00:00Z'));
    const at = (seconds: number) => ({ now: new Date(Date.parse('2026-01-01T00:00:00Z') + seconds * 1000) });
    expect(() => verifyWebhook(signed.body, signed.headers, secret, at(300))).not.toThrow();
    expect(() => verifyWebhook(signed.body, signed.headers, secret, at(-300))).not.toThrow();
    expect(() => verifyWebhook(signed.body, signed.headers, secret, at(301))).toThrow(/301 s old/);
    expect(() =>
      verifyWebhook(signed.body, signed.headers, secret, { ...at(600), toleranceSeconds: 600 }),
    ).not.toThrow();
  });

  it('refuses a secret that is not whsec_ and base64, and a body that is not JSON', () => {
    const signed = delivery([newSecret()]);
    expect(ours(signed.body, signed.headers, 'whsec_not*base64')).toBe('INVALID_SECRET');
    expect(ours(signed.body, signed.headers, '')).toBe('INVALID_SECRET');
    const secret = newSecret();
    const text = delivery([secret], new Date(), 'plain text');
    expect(ours(text.body, text.headers, secret)).toBe('INVALID_PAYLOAD');
  });
});
