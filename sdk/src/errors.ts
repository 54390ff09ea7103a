/**
 * Every failure of a Latchkey call is a `LatchkeyError`: the GraphQL error's `extensions.code`
 * (DESIGN.md section 11) and the HTTP status when the server answered, or one of the client's own
 * codes when it did not. A failed key verification is not an error: it is data (`valid: false`).
 */

/** Codes the server sends (DESIGN.md section 11), and GraphQL's own for a refused document. */
export type ServerErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'PLAN_LIMIT_REACHED'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR'
  | 'SERVICE_UNAVAILABLE'
  | 'GRAPHQL_PARSE_FAILED'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'BAD_REQUEST';

/**
 * Codes of the client, when no usable answer came: `NETWORK_ERROR` (no connection, or it broke),
 * `TIMEOUT` (no answer within `timeoutMs`), `ABORTED` (the caller's signal), `INVALID_RESPONSE`
 * (an answer that is not a GraphQL response, e.g. a proxy's error page).
 */
export type ClientErrorCode = 'NETWORK_ERROR' | 'TIMEOUT' | 'ABORTED' | 'INVALID_RESPONSE';

/** A code the server may add later still comes through, as a string. */
export type LatchkeyErrorCode = ServerErrorCode | ClientErrorCode | (string & {});

/** One GraphQL error as the server sent it. */
export interface GraphQLErrorEntry {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

export interface LatchkeyErrorInit {
  code: LatchkeyErrorCode;
  message: string;
  /** HTTP status of the answer; undefined when none came. */
  status?: number | undefined;
  /** Every GraphQL error of the answer. */
  errors?: GraphQLErrorEntry[];
  /** Seconds to wait before trying again (`extensions.retryAfter`, or the `Retry-After` header). */
  retryAfter?: number | undefined;
  /** Whatever data came with the errors (a partial answer), else undefined. */
  data?: unknown;
  /** The operation that failed. */
  operation?: string | undefined;
  /** How many attempts were made. */
  attempts?: number;
  cause?: unknown;
}

export class LatchkeyError extends Error {
  override readonly name = 'LatchkeyError';
  readonly code: LatchkeyErrorCode;
  readonly status: number | undefined;
  readonly errors: GraphQLErrorEntry[];
  readonly retryAfter: number | undefined;
  readonly data: unknown;
  readonly operation: string | undefined;
  readonly attempts: number;

  constructor(init: LatchkeyErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = init.code;
    this.status = init.status;
    this.errors = init.errors ?? [];
    this.retryAfter = init.retryAfter;
    this.data = init.data;
    this.operation = init.operation;
    this.attempts = init.attempts ?? 1;
  }

  /** The first error's `extensions` (e.g. `reason` with UNAUTHENTICATED, `field` with BAD_USER_INPUT). */
  get extensions(): Record<string, unknown> {
    return this.errors[0]?.extensions ?? {};
  }

  /** `extensions.reason` of UNAUTHENTICATED (`DEACTIVATED`, `EXPIRED`, ...), if any. */
  get reason(): string | undefined {
    const reason = this.extensions.reason;
    return typeof reason === 'string' ? reason : undefined;
  }

  /** `extensions.field` of BAD_USER_INPUT, if any. */
  get field(): string | undefined {
    const field = this.extensions.field;
    return typeof field === 'string' ? field : undefined;
  }
}

/** True when `error` is a LatchkeyError, across copies of the package. */
export function isLatchkeyError(error: unknown): error is LatchkeyError {
  return error instanceof LatchkeyError || (error instanceof Error && error.name === 'LatchkeyError');
}
