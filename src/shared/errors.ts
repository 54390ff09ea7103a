/**
 * The closed set of error codes (DESIGN.md section 11), one helper per code, and the one place
 * that masks unexpected errors. Anything that is not one of these coded errors reaches a client
 * only as INTERNAL_SERVER_ERROR with a generic message and the request id.
 */
import { GraphQLError, type GraphQLFormattedError, Kind } from 'graphql';

export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'PLAN_LIMIT_REACHED',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
  'SERVICE_UNAVAILABLE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Why a credential was refused; sent as `extensions.reason` with UNAUTHENTICATED. */
export type AuthFailureReason =
  | 'MISSING'
  | 'MALFORMED'
  | 'NOT_FOUND'
  | 'DEACTIVATED'
  | 'DELETED'
  | 'EXPIRED'
  | 'ROTATED'
  | 'SESSION_EXPIRED'
  | 'INVALID_CREDENTIALS'
  | 'ADDRESS_NOT_ALLOWED'
  | 'TOKEN_REVOKED'
  | 'TOKEN_EXPIRED'
  | 'LEAKED';

const REASON_MESSAGES: Record<AuthFailureReason, string> = {
  MISSING: 'Authentication required: send an API key or a session token as "Authorization: Bearer <token>".',
  MALFORMED: 'The API key is malformed: it does not match the key format or its checksum.',
  NOT_FOUND: 'The credential is not known.',
  DEACTIVATED: 'The API key has been deactivated.',
  DELETED: 'The API key has been deleted.',
  EXPIRED: 'The API key has expired.',
  ROTATED: 'The API key was rotated and its grace period has ended; use its replacement.',
  SESSION_EXPIRED: 'The session has expired or was logged out; log in again.',
  INVALID_CREDENTIALS: 'The email or password is incorrect.',
  ADDRESS_NOT_ALLOWED: 'The API key may not be used from this address (its allowed CIDRs).',
  TOKEN_REVOKED: 'The personal access token has been revoked.',
  TOKEN_EXPIRED: 'The personal access token has expired; create a new one on the account page.',
  LEAKED: 'The API key was reported leaked and is refused for good; rotate it to get a replacement.',
};

class CodedError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extensions } });
  }
}

export function unauthenticated(reason: AuthFailureReason): GraphQLError {
  return new CodedError('UNAUTHENTICATED', REASON_MESSAGES[reason], { reason });
}

/** An anonymous caller asked for `__schema` or `__type` under `LATCHKEY_INTROSPECTION=authenticated`. */
export function introspectionUnauthenticated(): GraphQLError {
  return new CodedError(
    'UNAUTHENTICATED',
    'Introspection (__schema, __type) needs an API key or a session here: send one as "Authorization: Bearer <token>".',
    { reason: 'MISSING' },
  );
}

export function forbidden(message = 'The credential lacks the scope this operation needs.', scope?: string) {
  return new CodedError('FORBIDDEN', message, scope ? { requiredScope: scope } : {});
}

export function notFound(what: string): GraphQLError {
  return new CodedError('NOT_FOUND', `${what} not found.`);
}

export function badUserInput(field: string, message: string): GraphQLError {
  return new CodedError('BAD_USER_INPUT', message, { field });
}

/**
 * BAD_USER_INPUT for input refused before execution (an unstorable string in the variables or
 * the document): HTTP 400, like a variable that fails coercion.
 */
export function refusedInput(field: string, message: string): GraphQLError {
  return new CodedError('BAD_USER_INPUT', message, { field, http: { status: 400 } });
}

export function conflict(message: string): GraphQLError {
  return new CodedError('CONFLICT', message);
}

export function planLimitReached(plan: string, limit: number, hint = 'delete a key or change the plan.'): GraphQLError {
  return new CodedError('PLAN_LIMIT_REACHED', `The ${plan} plan allows ${limit} active keys; ${hint}`, {
    plan,
    limit,
  });
}

export function rateLimited(retryAfter: number): GraphQLError {
  return new CodedError('RATE_LIMITED', `Rate limit exceeded; retry in ${retryAfter} s.`, { retryAfter });
}

/** A key with no credits left (DESIGN.md section 13): 429, with the wait until its refill if it has one. */
export function usageExceeded(retryAfter: number | null): GraphQLError {
  return new CodedError(
    'RATE_LIMITED',
    retryAfter === null
      ? 'The API key has no credits left.'
      : `The API key has no credits left; they are refilled in ${retryAfter} s.`,
    retryAfter === null ? { reason: 'USAGE_EXCEEDED' } : { reason: 'USAGE_EXCEEDED', retryAfter },
  );
}

export function internalError(requestId: string): GraphQLFormattedError {
  return {
    message: `Internal server error. Quote request id ${requestId} when reporting it.`,
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
  };
}

/** Seconds a client is told to wait when a backing service is down. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

export function serviceUnavailable(requestId: string): GraphQLFormattedError {
  return {
    message: `The service is temporarily unavailable: its database cannot be reached. Retry in a few seconds (request id ${requestId}).`,
    extensions: {
      code: 'SERVICE_UNAVAILABLE',
      service: 'postgres',
      retryAfter: UNAVAILABLE_RETRY_AFTER_SECONDS,
      requestId,
    },
  };
}

// Connection-level failures of PostgreSQL (SQLSTATE classes 08 and 57P, too many connections)
// and of the socket under it. Errors of a statement (syntax, constraint, a value PostgreSQL
// refuses) are not outages: the server reports those with severity ERROR and the connection
// lives on, and 08P01 (protocol violation) is what a NUL byte in a parameter earns.
const UNAVAILABLE_SQLSTATES = /^(08...|57P0[1-3]|53300)$/;
const STATEMENT_SQLSTATES = new Set(['08P01']);
const UNAVAILABLE_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND']);
const UNAVAILABLE_MESSAGES =
  /Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect|the database system is (starting up|shutting down|in recovery mode)|Connection ended unexpectedly/i;

/** True for an error PostgreSQL raised for one statement (its connection stays usable). */
function isStatementError(error: Error): boolean {
  const { code, severity } = error as { code?: unknown; severity?: unknown };
  return (typeof code === 'string' && STATEMENT_SQLSTATES.has(code)) || severity === 'ERROR';
}

/** True when `error` (or an error it wraps) says PostgreSQL cannot be reached right now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
    if (isStatementError(current)) return false;
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && (UNAVAILABLE_SQLSTATES.test(code) || UNAVAILABLE_ERRNOS.has(code))) return true;
    if (current.name === 'ConnectionException' || UNAVAILABLE_MESSAGES.test(current.message)) return true;
    if (current instanceof AggregateError && current.errors.some(isDatabaseUnavailable)) return true;
    current =
      (current as { cause?: unknown; originalError?: unknown }).cause ??
      (current as { originalError?: unknown }).originalError;
  }
  return false;
}

/** What an error that escaped the GraphQL layer becomes: 503 for a database outage, else 500. */
export function failureResponse(
  error: unknown,
  requestId: string,
): { status: number; error: GraphQLFormattedError; headers: Record<string, string> } {
  if (isDatabaseUnavailable(error)) {
    return {
      status: 503,
      error: serviceUnavailable(requestId),
      headers: { 'retry-after': String(UNAVAILABLE_RETRY_AFTER_SECONDS) },
    };
  }
  return { status: 500, error: internalError(requestId), headers: {} };
}

export function errorCodeOf(error: GraphQLError | GraphQLFormattedError): string | undefined {
  const code = error.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Codes GraphQL itself produces for bad documents; they carry no internals and pass through. */
const GRAPHQL_OWN_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * A variable that failed coercion (a wrong type, a missing `ID!`, an unknown enum value, a
 * scalar's refusal): graphql-js reports it on the variable's definition, and Apollo wraps it in its
 * BAD_USER_INPUT error, whose `originalError` is graphql's error or the scalar's.
 */
function isVariableCoercionError(error: unknown): error is GraphQLError {
  return (
    error instanceof GraphQLError && error.nodes?.length === 1 && error.nodes[0]?.kind === Kind.VARIABLE_DEFINITION
  );
}

/** The input field a coercion error is about: the last name of its ` at "input.field"`, else the variable. */
function coercedFieldOf(error: GraphQLError): string {
  const at = /^Variable "\$[_A-Za-z][_0-9A-Za-z]*" got invalid value .*? at "([^"]+)"; /s.exec(error.message);
  const named = at?.[1]?.split(/[.[\]]/).filter((part) => part !== '' && !/^\d+$/.test(part));
  const node = error.nodes?.[0];
  const variable = node?.kind === Kind.VARIABLE_DEFINITION ? node.variable.name.value : 'variables';
  return named?.at(-1) ?? variable;
}

/**
 * Decides what of an error a client may see. Our coded errors and GraphQL's own document errors
 * pass through; everything else (a driver error, a bug, a timeout) becomes INTERNAL_SERVER_ERROR
 * and `onInternal` receives the original for the log.
 */
export function maskError(
  formatted: GraphQLFormattedError,
  original: unknown,
  requestId: string,
  onInternal: (error: unknown) => void,
): GraphQLFormattedError {
  const cause = original instanceof GraphQLError ? (original.originalError ?? original) : original;
  const code = errorCodeOf(formatted);
  if (cause instanceof CodedError && code) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  if (code && GRAPHQL_OWN_CODES.has(code)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  if (code === 'BAD_USER_INPUT' && isVariableCoercionError(original)) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      extensions: { code, field: coercedFieldOf(original) },
    };
  }
  onInternal(cause);
  const masked = isDatabaseUnavailable(cause) ? serviceUnavailable(requestId) : internalError(requestId);
  return { ...masked, path: formatted.path, locations: formatted.locations };
}

/**
 * The HTTP status for a GraphQL response (DESIGN.md section 11): 401 for any UNAUTHENTICATED,
 * 429 for RATE_LIMITED, 403 when FORBIDDEN left no data at all (200 when only some fields were
 * denied), 500 when an internal error left no data.
 */
export function httpStatusFor(
  errors: readonly GraphQLFormattedError[] | undefined,
  hasData: boolean,
  current: number | undefined,
): number | undefined {
  if (!errors || errors.length === 0) return current;
  const codes = new Set(errors.map(errorCodeOf));
  if (codes.has('UNAUTHENTICATED')) return 401;
  if (codes.has('RATE_LIMITED')) return 429;
  if (!hasData && codes.has('FORBIDDEN')) return 403;
  if (!hasData && codes.has('SERVICE_UNAVAILABLE')) return 503;
  if (!hasData && codes.has('INTERNAL_SERVER_ERROR')) return 500;
  return current;
}
