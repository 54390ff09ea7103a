/**
 * A `(req, res, next)` middleware for Node's `http`, Express, Connect, and Fastify through
 * @fastify/middie: it reads the request's key, verifies it, attaches the verification to the
 * request as `req.latchkey`, and calls `next()` only for a valid key. Anything else it answers
 * itself with a JSON body `{ code, message }`: 401 for a missing or bad key, 403 for a missing scope
 * or permission, 429 for rate limits and credits, and 503 (500 for a misconfigured client) when
 * the key could not be verified at all: it never lets a request through unverified.
 */
import type { Latchkey } from './client.js';
import { isLatchkeyError } from './errors.js';
import { type KeyVerification, type VerifyKeyOptions, verificationTakes } from './verification.js';

/** What the middleware reads of a request: Node's IncomingMessage has it, so Express's too. */
export interface MiddlewareRequest {
  headers: Record<string, string | string[] | undefined>;
  socket?: { remoteAddress?: string | undefined } | undefined;
  /** Set by the middleware: the key's verification. */
  latchkey?: KeyVerification;
}

/** What the middleware uses of a response: Node's ServerResponse has it, so Express's too. */
export interface MiddlewareResponse {
  statusCode: number;
  setHeader(name: string, value: string | number | readonly string[]): unknown;
  end(body?: string): unknown;
}

export type LatchkeyMiddleware = <Req extends MiddlewareRequest>(
  req: Req,
  res: MiddlewareResponse,
  next: () => void,
) => Promise<void>;

export interface LatchkeyMiddlewareOptions<Req extends MiddlewareRequest = MiddlewareRequest> {
  /** Latchkey scopes the key must hold. */
  requiredScopes?: readonly string[];
  /** Permissions of your API the key must hold (`bots:read`). */
  requiredPermissions?: readonly string[];
  /** Credits a request spends: a number, or one computed from the request. */
  cost?: number | ((req: Req) => number);
  /**
   * The header that holds the key as it is (e.g. `x-api-key`). Default: `Authorization: Bearer <key>`.
   */
  header?: string;
  /**
   * The caller's address, checked against the key's allowed addresses. Default: the socket's
   * remote address; behind a proxy, give the one it forwards (Express: `(req) => req.ip`).
   */
  clientAddress?: (req: Req) => string | undefined;
  /** Also set X-RateLimit-* on the requests it lets through (default true). */
  rateLimitHeaders?: boolean;
  /** Told of every failure to verify (Latchkey unreachable, a refused token), for your log. */
  onError?: (error: unknown, req: Req) => void;
}

/** The HTTP status of each refusal; a code not listed here (a newer server's) is a 401. */
const REFUSALS: Record<string, { status: 401 | 403 | 429; message: string }> = {
  MALFORMED: { status: 401, message: 'The API key is malformed.' },
  NOT_FOUND: { status: 401, message: 'The API key is not known.' },
  DEACTIVATED: { status: 401, message: 'The API key has been deactivated.' },
  EXPIRED: { status: 401, message: 'The API key has expired.' },
  LEAKED: { status: 401, message: 'The API key was reported leaked: use a new one.' },
  ADDRESS_NOT_ALLOWED: { status: 403, message: 'The API key may not be used from this address.' },
  INSUFFICIENT_SCOPE: { status: 403, message: 'The API key lacks a scope this needs.' },
  INSUFFICIENT_PERMISSIONS: { status: 403, message: 'The API key lacks a permission this needs.' },
  RATE_LIMITED: { status: 429, message: 'Too many requests with this API key: retry after Retry-After seconds.' },
  USAGE_EXCEEDED: { status: 429, message: 'The API key has used all its credits.' },
};

/** The key of a request: the `header` option's value, or the token of `Authorization: Bearer`. */
function keyOf(req: MiddlewareRequest, header: string | undefined): string | undefined {
  const raw = req.headers[(header ?? 'authorization').toLowerCase()];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  if (!value) return undefined;
  if (header) return value;
  return /^Bearer\s+(\S+)$/i.exec(value)?.[1];
}

/** Unix seconds of an ISO time, rounded up. */
function unixSeconds(iso: string): number {
  return Math.ceil(Date.parse(iso) / 1000);
}

/** Seconds from now until an ISO time, at least 1. */
function secondsUntil(iso: string): number {
  return Math.max(1, Math.ceil((Date.parse(iso) - Date.now()) / 1000));
}

function setRateLimitHeaders(res: MiddlewareResponse, verification: KeyVerification): void {
  const { rateLimit } = verification;
  if (!rateLimit) return;
  res.setHeader('x-ratelimit-limit', String(rateLimit.limit));
  res.setHeader('x-ratelimit-remaining', String(rateLimit.remaining));
  res.setHeader('x-ratelimit-reset', String(unixSeconds(rateLimit.resetAt)));
}

/** When a key without credits gets more, if the answer says (section 13's `credits.refillAt`). */
function creditsRefillAt(verification: KeyVerification): string | undefined {
  const { credits } = verification as { credits?: { refillAt?: unknown } | null };
  return typeof credits?.refillAt === 'string' ? credits.refillAt : undefined;
}

function answer(
  res: MiddlewareResponse,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.end(JSON.stringify({ code, message }));
}

/** A middleware that verifies each request's key with `client` (see the file header). */
export function latchkeyMiddleware<Req extends MiddlewareRequest = MiddlewareRequest>(
  client: Latchkey,
  options: LatchkeyMiddlewareOptions<Req> = {},
): LatchkeyMiddleware {
  const bearer = options.header === undefined;
  const sendAddress = verificationTakes('clientAddress');
  const clientAddress = options.clientAddress ?? ((req: Req) => req.socket?.remoteAddress);

  return async (request, res, next) => {
    const req = request as unknown as Req;
    const key = keyOf(req, options.header);
    if (!key) {
      const where = bearer ? '"Authorization: Bearer <key>"' : `the ${options.header} header`;
      answer(res, 401, 'MISSING', `An API key is required: send it as ${where}.`, {
        ...(bearer ? { 'www-authenticate': 'Bearer' } : {}),
      });
      return;
    }

    let verification: KeyVerification;
    try {
      const verifyOptions: VerifyKeyOptions = {
        key,
        requiredScopes: options.requiredScopes,
        requiredPermissions: options.requiredPermissions,
        cost: typeof options.cost === 'function' ? options.cost(req) : options.cost,
        // Sent only to a schema that takes it (DESIGN.md section 13); verifyKey sends what it is given.
        clientAddress: sendAddress ? clientAddress(req) : undefined,
      };
      verification = await client.verifyKey(verifyOptions);
    } catch (error) {
      const transient =
        isLatchkeyError(error) &&
        (error.status === 503 || error.status === 429 || error.code === 'NETWORK_ERROR' || error.code === 'TIMEOUT');
      if (transient) {
        const retryAfter = error.retryAfter;
        answer(res, 503, 'SERVICE_UNAVAILABLE', 'The API key cannot be verified right now: retry shortly.', {
          ...(retryAfter !== undefined ? { 'retry-after': String(retryAfter) } : {}),
        });
      } else {
        answer(res, 500, 'INTERNAL_SERVER_ERROR', 'The API key could not be verified.');
      }
      // Told after the answer: a throwing onError cannot leave the request hanging.
      options.onError?.(error, req);
      return;
    }

    req.latchkey = verification;
    if (verification.valid) {
      if (options.rateLimitHeaders !== false) setRateLimitHeaders(res, verification);
      next();
      return;
    }
    setRateLimitHeaders(res, verification);
    // A string: the schema's codes grow with the server (section 13 adds four).
    const code: string = verification.code;
    const refusal = REFUSALS[code] ?? { status: 401, message: 'The API key was refused.' };
    const headers: Record<string, string> = {};
    if (refusal.status === 401 && bearer) headers['www-authenticate'] = 'Bearer error="invalid_token"';
    if (code === 'RATE_LIMITED' && verification.rateLimit) {
      headers['retry-after'] = String(secondsUntil(verification.rateLimit.resetAt));
    }
    const refillAt = creditsRefillAt(verification);
    if (code === 'USAGE_EXCEEDED' && refillAt) headers['retry-after'] = String(secondsUntil(refillAt));
    answer(res, refusal.status, code, refusal.message, headers);
  };
}
