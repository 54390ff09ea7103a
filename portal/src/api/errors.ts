/**
 * Turns the API's coded errors (DESIGN.md section 11) into sentences a person understands. The
 * server's own messages are already plain for validation and conflicts; authentication failures
 * get a sentence per `extensions.reason`, and nothing internal is ever shown.
 */

export interface ApiProblem {
  message: string;
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown>;
}

export class ApiError extends Error {
  constructor(
    readonly problems: readonly ApiProblem[],
    /** HTTP status of the response; 0 when the server could not be reached. */
    readonly status: number,
  ) {
    super(problems[0]?.message ?? 'Request failed');
    this.name = 'ApiError';
  }

  get code(): string {
    return stringOf(this.problems[0]?.extensions?.code) ?? 'UNKNOWN';
  }

  get reason(): string | undefined {
    return stringOf(this.problems[0]?.extensions?.reason);
  }

  /** The input field a BAD_USER_INPUT error is about, e.g. `name` or `expiresAt`. */
  get field(): string | undefined {
    return stringOf(this.problems[0]?.extensions?.field);
  }
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

const REASONS: Record<string, string> = {
  MISSING: 'You need to log in, or use an API key, to do this.',
  MALFORMED:
    'That is not a valid Latchkey API key. Keys look like lk_live_… or lk_test_… followed by 38 letters and digits; check that you copied all of it.',
  NOT_FOUND: 'The server does not know this key or session. It may have been deleted or mistyped.',
  DEACTIVATED: 'This API key has been deactivated, so the server refuses it. Reactivate it, or use another key.',
  DELETED: 'This API key has been deleted, so the server refuses it.',
  EXPIRED: 'This API key has expired, so the server refuses it.',
  ROTATED: 'This API key was rotated and its grace period is over. Use the key that replaced it.',
  LEAKED: 'This API key was reported leaked, so the server refuses it for good. Rotate it and use the replacement.',
  SESSION_EXPIRED: 'Your session has ended. Log in again.',
  INVALID_CREDENTIALS: 'The email or password is incorrect.',
  TOKEN_REVOKED: 'This personal access token has been revoked. Create a new one on your account page.',
  TOKEN_EXPIRED: 'This personal access token has expired. Create a new one on your account page.',
};

/** Input field names as the forms label them. */
const FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  description: 'Description',
  email: 'Email',
  password: 'Password',
  currentPassword: 'Current password',
  newPassword: 'New password',
  projectIds: 'Projects',
  expiresAt: 'Expiry',
  gracePeriodSeconds: 'Grace period',
  scopes: 'Scopes',
  plan: 'Plan',
  role: 'Role',
  environment: 'Environment',
  requiredScopes: 'Required scopes',
  'rateLimit.perMinute': 'Requests per minute',
  'rateLimit.perDay': 'Requests per day',
  permissions: 'Permissions',
  implies: 'Implies',
  meta: 'Metadata',
  externalId: 'External id',
  allowedCidrs: 'Allowed addresses',
  credits: 'Credits',
  'credits.remaining': 'Credits',
  'credits.refill.amount': 'Refill amount',
};

function describeProblem(problem: ApiProblem | undefined, status: number): string {
  const extensions = problem?.extensions ?? {};
  const code = stringOf(extensions.code);
  const message = problem?.message ?? '';
  switch (code) {
    case 'NETWORK':
      return 'Could not reach the Latchkey server. Check your connection and try again.';
    case 'BAD_RESPONSE':
      return `The server gave an answer the portal cannot read (HTTP ${status}). Try again in a moment.`;
    case 'UNAUTHENTICATED': {
      const reason = stringOf(extensions.reason);
      return (reason && REASONS[reason]) ?? 'You need to log in again.';
    }
    case 'FORBIDDEN': {
      const scope = stringOf(extensions.requiredScope);
      return scope
        ? `You are not allowed to do this: it needs the “${scope}” permission, which your role or key does not have.`
        : 'You are not allowed to do this with your current role or key.';
    }
    case 'NOT_FOUND':
      return `${message.replace(/\.$/, '')}. It may have been deleted, or you no longer have access to it.`;
    case 'BAD_USER_INPUT': {
      const field = stringOf(extensions.field);
      const label = field ? FIELD_LABELS[field] : undefined;
      if (!field || !label) return message;
      // The server names fields as the API does (`expiresAt`); say it the way the form does.
      if (message.startsWith(field)) return `${label}${message.slice(field.length)}`;
      return message.split(field).join(label.toLowerCase());
    }
    case 'CONFLICT':
    case 'PLAN_LIMIT_REACHED':
      return message;
    case 'RATE_LIMITED': {
      const retryAfter = Number(extensions.retryAfter);
      return Number.isFinite(retryAfter)
        ? `Too many requests right now. Try again in ${retryAfter} second${retryAfter === 1 ? '' : 's'}.`
        : 'Too many requests right now. Try again in a moment.';
    }
    case 'INTERNAL_SERVER_ERROR': {
      const requestId = stringOf(extensions.requestId);
      return `Something went wrong on the server.${requestId ? ` If it keeps happening, report request id ${requestId}.` : ''}`;
    }
    case 'GRAPHQL_VALIDATION_FAILED':
    case 'GRAPHQL_PARSE_FAILED':
    case 'BAD_REQUEST':
      return `The request is not valid: ${message}`;
    default:
      return message || 'Something went wrong. Try again.';
  }
}

/** A sentence for any failure: an ApiError, an aborted request or an unexpected exception. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) return describeProblem(error.problems[0], error.status);
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong. Try again.';
}

/** Same as describeError, for a raw GraphQL response (the playground's). */
export function describeResponse(problems: readonly ApiProblem[], status: number): string {
  return describeProblem(problems[0], status);
}

export function isUnauthenticated(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'UNAUTHENTICATED';
}
