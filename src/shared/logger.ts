import { type Logger, pino } from 'pino';
import type { Outcome } from './metrics.js';
import type { RequestStore } from './request-store.js';

export type { Logger };

/**
 * Structured JSON logs. Anything that could carry a secret is redacted by path, so a careless
 * `logger.info({ input })` still cannot leak a key, password or token, up to three levels deep.
 * Request lines themselves carry ids only (request, key, project, user), never a credential.
 */
const SECRET_FIELDS = ['secret', 'key', 'token', 'password', 'authorization', 'cookie', 'apiKey', 'sessionToken'];
export const REDACTED_PATHS = [
  ...SECRET_FIELDS,
  ...SECRET_FIELDS.map((field) => `*.${field}`),
  ...SECRET_FIELDS.map((field) => `*.*.${field}`),
  'headers["set-cookie"]',
  'variables.input.password',
  'variables.input.key',
];

/** Where each logger made by `createLogger` writes: request lines go straight to it (`logRequest`). */
const requestStreams = new WeakMap<Logger, pino.DestinationStream>();

/** The second `isoTimestamp` last formatted, and its text up to the milliseconds. */
let isoSecond = Number.NaN;
let isoPrefix = '';

/**
 * `now` as `2026-12-03T16:53:14.123Z` (what `Date#toISOString` gives), with the text up to the
 * second formatted once a second: every log line carries one, and every request writes a line.
 */
export function isoTimestamp(now = Date.now()): string {
  const second = Math.floor(now / 1000);
  if (second !== isoSecond) {
    isoSecond = second;
    isoPrefix = new Date(second * 1000).toISOString().slice(0, 20);
  }
  const millis = now - second * 1000;
  return `${isoPrefix}${millis < 10 ? '00' : millis < 100 ? '0' : ''}${millis}Z`;
}

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const stream = destination ?? pino.destination({ dest: 1, sync: true });
  const timestamp = () => `,"time":"${isoTimestamp()}"`;
  const logger = pino(
    { level, base: { service: 'latchkey' }, timestamp, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } },
    stream,
  );
  requestStreams.set(logger, stream);
  return logger;
}

/** Paths whose requests are logged at debug, not info: probes and scrapes run every few seconds. */
const QUIET_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

export interface RequestLogLine {
  method: string | undefined;
  path: string;
  status: number;
  outcome: Outcome;
  durationMs: number;
}

/**
 * The one line per request: request id, method, path, status, outcome, duration, SQL statement
 * count and, for GraphQL, the operation, the caller kind and the key/project/user ids.
 */
export function logRequest(logger: Logger, store: RequestStore, line: RequestLogLine): void {
  const graphql = store.graphql;
  const fields = {
    requestId: store.requestId,
    ...line,
    statements: store.statements,
    ...(graphql
      ? {
          operationName: graphql.operationName,
          operation: graphql.operation,
          operationType: graphql.type,
          caller: graphql.callerKind,
          keyId: graphql.keyId ?? undefined,
          projectId: graphql.projectId ?? undefined,
          userId: graphql.userId ?? undefined,
          errorCodes: graphql.errorCodes.length > 0 ? graphql.errorCodes : undefined,
        }
      : {}),
  };
  const level = QUIET_PATHS.has(line.path) ? 'debug' : 'info';
  const stream = requestStreams.get(logger);
  if (!stream) {
    logger[level](fields, 'request');
    return;
  }
  if (!logger.isLevelEnabled(level)) return;
  // Built from an allowlist of fields (ids, method, path, status, timings, operation names, error
  // codes), never from request data, so the line skips the redaction pass (with its wildcard paths
  // ~40 µs a line), and one JSON.stringify writes it: pino's field-by-field pass took twice as
  // long, on every request. The same line pino would write, to the same destination.
  const text = JSON.stringify(fields);
  stream.write(
    `{"level":${logger.levels.values[level]},"time":"${isoTimestamp()}","service":"latchkey",${text.slice(1, -1)},"msg":"request"}\n`,
  );
}

/**
 * A warning logged at most once per `intervalMs`, for conditions that repeat on every request
 * while they last (Redis unavailable): `warn(fields)` logs `message` or drops it.
 */
export function throttledWarning(
  logger: Logger,
  message: string,
  intervalMs = 10_000,
): (fields: Record<string, unknown>) => void {
  let last = 0;
  return (fields) => {
    const now = Date.now();
    if (now - last < intervalMs) return;
    last = now;
    logger.warn(fields, message);
  };
}
