/**
 * One GraphQL call over HTTP, with a timeout per attempt and retries with backoff.
 *
 * What is retried (the README's "Timeouts and retries" says why):
 * - a 503 (Latchkey could not reach PostgreSQL or Redis; its writes are transactions, so nothing was
 *   changed), for queries and mutations, after `Retry-After` when the answer gives one;
 * - a connection that could not be made (refused, unknown host, connect timeout): the request never
 *   left, so queries and mutations alike;
 * - a connection that broke, or no answer within `timeoutMs`: queries only. A mutation may have been
 *   carried out (a key created or rotated, a verification's rate limit and credits spent), so it is
 *   not sent twice.
 * Never retried: any other status (4xx above all), GraphQL errors, the caller's own abort.
 */
import { type GraphQLErrorEntry, LatchkeyError, type LatchkeyErrorCode, type LatchkeyErrorInit } from './errors.js';
import type { Operation } from './operation.js';

export interface TransportSettings {
  /** The GraphQL endpoint. */
  endpoint: string;
  token: string | undefined;
  timeoutMs: number;
  retries: number;
  retryDelayMs: number;
  maxRetryDelayMs: number;
  fetch: typeof fetch;
}

/** Per-call options. */
export interface CallOptions {
  /** Aborts the call, retries included (`ABORTED`). */
  signal?: AbortSignal;
}

/** Error codes of a failure to connect at all: the request was never sent. */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'EHOSTDOWN',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** The result of one attempt. */
type Attempt<T> =
  | { ok: true; data: T }
  | { ok: false; error: LatchkeyError; retry: boolean; retryAfterSeconds?: number | undefined };

/** Every `code` in an error, its causes, and the errors of an AggregateError. */
function errorCodes(error: unknown, found: string[] = [], depth = 0): string[] {
  if (depth > 5 || typeof error !== 'object' || error === null) return found;
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === 'string') found.push(code);
  if (Array.isArray(errors)) for (const inner of errors) errorCodes(inner, found, depth + 1);
  errorCodes(cause, found, depth + 1);
  return found;
}

/** Seconds of a `Retry-After` header: delay-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/** The code of an answer that carries no GraphQL error code. */
function codeForStatus(status: number): LatchkeyErrorCode {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 503) return 'SERVICE_UNAVAILABLE';
  return 'INVALID_RESPONSE';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function attemptOnce<T, V>(
  settings: TransportSettings,
  operation: Operation<T, V>,
  body: string,
  attempt: number,
  signal: AbortSignal | undefined,
): Promise<Attempt<T>> {
  const isQuery = operation.type === 'query';
  const timeout = AbortSignal.timeout(settings.timeoutMs);
  const attemptSignal = signal ? AbortSignal.any([signal, timeout]) : timeout;
  const fail = (code: LatchkeyErrorCode, message: string, retry: boolean, extra: Partial<LatchkeyErrorInit> = {}) => ({
    ok: false as const,
    retry,
    error: new LatchkeyError({ code, message, operation: operation.name, attempts: attempt, ...extra }),
  });
  const transportFailure = (cause: unknown, stage: string) => {
    if (signal?.aborted) return fail('ABORTED', `${operation.name} was aborted.`, false, { cause });
    if (timeout.aborted) {
      return fail('TIMEOUT', `${operation.name}: no answer within ${settings.timeoutMs} ms.`, isQuery, { cause });
    }
    const notSent = stage === 'connect' && errorCodes(cause).some((code) => NOT_SENT_CODES.has(code));
    const detail = errorCodes(cause)[0] ?? (cause instanceof Error ? cause.message : String(cause));
    return fail('NETWORK_ERROR', `${operation.name}: ${stage} failed (${detail}).`, notSent || isQuery, { cause });
  };

  let response: Response;
  try {
    response = await settings.fetch(settings.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(settings.token ? { authorization: `Bearer ${settings.token}` } : {}),
      },
      body,
      signal: attemptSignal,
      // A redirect is reported, not followed: a POST would not survive it unchanged.
      redirect: 'manual',
    });
  } catch (cause) {
    return transportFailure(cause, 'connect');
  }
  let text: string;
  try {
    text = await response.text();
  } catch (cause) {
    return transportFailure(cause, 'reading the answer');
  }

  const { status } = response;
  const headerRetryAfter = parseRetryAfter(response.headers.get('retry-after'));
  // 503: nothing was done (see the file header); any operation may try again.
  const retry = status === 503;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (!isRecord(parsed) || (!('data' in parsed) && !('errors' in parsed))) {
    const location = status >= 300 && status < 400 ? response.headers.get('location') : null;
    const message = location
      ? `${operation.name}: redirected to ${location}; point the client's url there.`
      : `${operation.name}: HTTP ${status} without a GraphQL answer.`;
    return {
      ...fail(codeForStatus(status), message, retry, {
        status,
        retryAfter: headerRetryAfter,
      }),
      retryAfterSeconds: headerRetryAfter,
    };
  }
  const errors = Array.isArray(parsed.errors) ? (parsed.errors as GraphQLErrorEntry[]) : [];
  if (errors.length > 0) {
    const first = errors[0];
    const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : codeForStatus(status);
    const extensionRetryAfter = first?.extensions?.retryAfter;
    const retryAfter = typeof extensionRetryAfter === 'number' ? extensionRetryAfter : headerRetryAfter;
    return {
      ...fail(code, first?.message ?? `${operation.name} failed.`, retry, {
        status,
        errors,
        retryAfter,
        data: parsed.data ?? undefined,
      }),
      retryAfterSeconds: retryAfter,
    };
  }
  if (!isRecord(parsed.data)) {
    return fail('INVALID_RESPONSE', `${operation.name}: HTTP ${status} with neither data nor errors.`, retry, {
      status,
    });
  }
  return { ok: true, data: parsed.data as T };
}

/** Waits `ms`, or rejects with ABORTED when `signal` aborts first. */
function sleep(ms: number, signal: AbortSignal | undefined, operation: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const aborted = () => {
      clearTimeout(timer);
      reject(new LatchkeyError({ code: 'ABORTED', message: `${operation} was aborted.`, operation }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', aborted);
      resolve();
    }, ms);
    if (signal?.aborted) aborted();
    else signal?.addEventListener('abort', aborted, { once: true });
  });
}

/** Runs `operation`, retrying what may be retried; resolves to its data or throws a LatchkeyError. */
export async function execute<TResult, TVariables>(
  settings: TransportSettings,
  operation: Operation<TResult, TVariables>,
  variables: TVariables,
  options: CallOptions = {},
): Promise<TResult> {
  const body = JSON.stringify({ query: operation.document, operationName: operation.name, variables });
  for (let attempt = 1; ; attempt += 1) {
    if (options.signal?.aborted) {
      throw new LatchkeyError({
        code: 'ABORTED',
        message: `${operation.name} was aborted.`,
        operation: operation.name,
      });
    }
    const outcome = await attemptOnce(settings, operation, body, attempt, options.signal);
    if (outcome.ok) return outcome.data;
    if (!outcome.retry || attempt > settings.retries) throw outcome.error;
    // Exponential backoff with jitter (half to all of the step), at least what Retry-After asks;
    // a server asking for more than maxRetryDelayMs gets its error back at once instead.
    const backoff = settings.retryDelayMs * 2 ** (attempt - 1) * (0.5 + Math.random() / 2);
    const asked = outcome.retryAfterSeconds === undefined ? 0 : outcome.retryAfterSeconds * 1000;
    if (asked > settings.maxRetryDelayMs) throw outcome.error;
    await sleep(Math.max(asked, Math.min(backoff, settings.maxRetryDelayMs)), options.signal, operation.name);
  }
}
