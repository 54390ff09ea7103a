/**
 * `verifyWebhook`: checks a webhook delivery per Standard Webhooks 1.0 (DESIGN.md section 14).
 *
 * - Headers: `webhook-id`, `webhook-timestamp` (unix seconds), `webhook-signature`: space-separated
 *   `v1,<base64 signature>` entries (several while the sender's secret rotation overlaps).
 * - Signature: HMAC-SHA256, keyed with the base64-decoded secret (`whsec_` prefix removed), of
 *   `<webhook-id>.<webhook-timestamp>.<raw body>`; one matching `v1` entry suffices, compared in
 *   constant time. Entries of other schemes (`v1a`, asymmetric) are skipped.
 * - The timestamp must be within 5 minutes of now either way (replay protection); use `webhook-id`
 *   as an idempotency key, as a delivery may come more than once.
 * Verify the raw body as received: a body parsed and serialized again no longer matches.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export type WebhookVerificationErrorCode =
  | 'MISSING_HEADER'
  | 'INVALID_TIMESTAMP'
  | 'TIMESTAMP_OUT_OF_TOLERANCE'
  | 'INVALID_SECRET'
  | 'NO_MATCHING_SIGNATURE'
  | 'INVALID_PAYLOAD';

/** A delivery that must not be trusted; answer it with a 4xx (the sender retries non-2xx). */
export class WebhookVerificationError extends Error {
  override readonly name = 'WebhookVerificationError';
  constructor(
    readonly code: WebhookVerificationErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** A Latchkey event: `type` (`key.created`, …), when it happened, and its data. */
export interface WebhookEvent<TData = Record<string, unknown>> {
  type: string;
  timestamp: string;
  data: TData;
}

/** Request headers: a fetch `Headers`, or Node's `req.headers` (any case). */
export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

export interface VerifyWebhookOptions {
  /** Largest difference between the timestamp and now, in seconds (default 300). */
  toleranceSeconds?: number;
  /** The time to check against (default: now). */
  now?: Date;
}

const SECRET_PREFIX = 'whsec_';
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

function headerOf(headers: WebhookHeaders, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === name) return Array.isArray(value) ? value.join(' ') : value;
  }
  return undefined;
}

function required(headers: WebhookHeaders, name: string): string {
  const value = headerOf(headers, name)?.trim();
  if (!value) throw new WebhookVerificationError('MISSING_HEADER', `The ${name} header is missing.`);
  return value;
}

function keyOf(secret: string): Buffer {
  const encoded = secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret;
  if (!BASE64.test(encoded)) {
    throw new WebhookVerificationError('INVALID_SECRET', 'The secret is not `whsec_` followed by base64.');
  }
  return Buffer.from(encoded, 'base64');
}

/**
 * Verifies a delivery and returns its event; throws a `WebhookVerificationError` otherwise.
 * `secret` may list several secrets (e.g. the old and the new one while you rotate).
 */
export function verifyWebhook<TData = Record<string, unknown>>(
  rawBody: string | Uint8Array,
  headers: WebhookHeaders,
  secret: string | readonly string[],
  options: VerifyWebhookOptions = {},
): WebhookEvent<TData> {
  const keys = (typeof secret === 'string' ? [secret] : secret).map(keyOf);
  if (keys.length === 0) throw new WebhookVerificationError('INVALID_SECRET', 'No secret was given.');
  const id = required(headers, 'webhook-id');
  const timestamp = required(headers, 'webhook-timestamp');
  const signatures = required(headers, 'webhook-signature');

  if (!/^\d{1,15}$/.test(timestamp)) {
    throw new WebhookVerificationError('INVALID_TIMESTAMP', 'webhook-timestamp is not unix seconds.');
  }
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const tolerance = options.toleranceSeconds ?? 300;
  const age = now - Number(timestamp);
  if (Math.abs(age) > tolerance) {
    throw new WebhookVerificationError(
      'TIMESTAMP_OUT_OF_TOLERANCE',
      `webhook-timestamp is ${Math.abs(age)} s ${age > 0 ? 'old' : 'ahead'}; at most ${tolerance} s is accepted.`,
    );
  }

  const expected = keys.map((key) => createHmac('sha256', key).update(`${id}.${timestamp}.`).update(rawBody).digest());
  let matched = false;
  for (const entry of signatures.split(' ')) {
    const [version, signature] = entry.split(',', 2);
    if (version !== 'v1' || !signature || !BASE64.test(signature)) continue;
    const given = Buffer.from(signature, 'base64');
    for (const digest of expected) {
      // Lengths are public (32 bytes); only equal lengths are compared, in constant time.
      if (given.length === digest.length && timingSafeEqual(given, digest)) matched = true;
    }
  }
  if (!matched) throw new WebhookVerificationError('NO_MATCHING_SIGNATURE', 'No signature matches the secret.');

  const text = typeof rawBody === 'string' ? rawBody : Buffer.from(rawBody).toString('utf8');
  try {
    return JSON.parse(text) as WebhookEvent<TData>;
  } catch {
    throw new WebhookVerificationError('INVALID_PAYLOAD', 'The body is not JSON.');
  }
}
