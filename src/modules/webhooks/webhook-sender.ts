/**
 * One webhook attempt: a POST to the endpoint's URL over a connection to the address that was
 * checked (webhook-address.ts), never to whatever the name resolves to a moment later. TLS still
 * verifies the certificate against the URL's host name. Redirects are not followed (a 3xx is a
 * failed attempt), the whole attempt has one timeout, and at most 64 KB of the answer is read.
 */
import { type ClientRequest, request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { hostOf, type ResolvedAddress } from './webhook-address.js';

export interface WebhookAttempt {
  url: URL;
  /** The checked address to connect to. */
  address: ResolvedAddress;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
}

export interface WebhookAttemptResult {
  /** The HTTP status, or null when no answer came. */
  status: number | null;
  durationMs: number;
  /** Why the attempt failed, in words for the delivery log (never a raw error message), or null. */
  error: string | null;
}

const MAX_RESPONSE_BYTES = 64 * 1024;
const USER_AGENT = 'Latchkey-Webhooks/1.0 (+https://www.standardwebhooks.com)';

/** A lookup that answers every name with the checked address. */
function pinnedLookup({ address, family }: ResolvedAddress): LookupFunction {
  return ((_hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  }) as LookupFunction;
}

const noAnswer = (timeoutMs: number) =>
  `No answer within ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`}.`;

/** What the delivery log says about a failed request: a fixed phrase per kind of failure. */
export function describeFailure(error: unknown, timeoutMs: number): string {
  const { code, name } = (error ?? {}) as { code?: unknown; name?: unknown };
  if (name === 'TimeoutError' || name === 'AbortError' || code === 'ABORT_ERR') return noAnswer(timeoutMs);
  switch (code) {
    case 'ECONNREFUSED':
      return 'Connection refused.';
    case 'ECONNRESET':
    case 'EPIPE':
      return 'The connection was reset.';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return 'The host cannot be reached.';
    case 'ETIMEDOUT':
      return noAnswer(timeoutMs);
    default:
      break;
  }
  if (typeof code === 'string' && /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED)/.test(code)) {
    return `TLS failed (${code}): the endpoint needs a certificate valid for its host name.`;
  }
  return typeof code === 'string' && /^[A-Z0-9_]{1,40}$/.test(code)
    ? `The request failed (${code}).`
    : 'The request failed.';
}

/** Sends one attempt; never throws (a failure is in the result). */
export function sendWebhook(attempt: WebhookAttempt): Promise<WebhookAttemptResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    let settled = false;
    let status: number | null = null;
    let outgoing: ClientRequest | undefined;
    const finish = (error: string | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outgoing?.destroy();
      resolve({ status, durationMs: elapsed(), error });
    };
    const timer = setTimeout(() => {
      const timeout = new Error('timeout');
      timeout.name = 'TimeoutError';
      // An answer whose status arrived counts; only its body was slow.
      finish(status === null ? describeFailure(timeout, attempt.timeoutMs) : null);
    }, attempt.timeoutMs);
    const { url } = attempt;
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    try {
      outgoing = send(
        {
          method: 'POST',
          hostname: hostOf(url),
          port: url.port || undefined,
          path: `${url.pathname}${url.search}`,
          headers: {
            'content-type': 'application/json',
            'content-length': String(Buffer.byteLength(attempt.body)),
            'user-agent': USER_AGENT,
            ...attempt.headers,
          },
          lookup: pinnedLookup(attempt.address),
          agent: false,
        },
        (response: IncomingMessage) => {
          status = response.statusCode ?? null;
          let received = 0;
          response.on('data', (chunk: Buffer) => {
            received += chunk.length;
            if (received > MAX_RESPONSE_BYTES) finish(null);
          });
          response.on('end', () => finish(null));
          response.on('error', () => finish(null));
          response.on('close', () => finish(null));
        },
      );
    } catch (error) {
      finish(describeFailure(error, attempt.timeoutMs));
      return;
    }
    outgoing.on('error', (error) => finish(status === null ? describeFailure(error, attempt.timeoutMs) : null));
    outgoing.end(attempt.body);
  });
}
