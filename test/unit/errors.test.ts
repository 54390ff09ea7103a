/**
 * The one place that masks unexpected errors, the HTTP status of a GraphQL response, and what
 * counts as a database outage (src/shared/errors.ts).
 */
import { GraphQLError, type GraphQLFormattedError, Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  badUserInput,
  failureResponse,
  forbidden,
  httpStatusFor,
  isDatabaseUnavailable,
  maskError,
  notFound,
  rateLimited,
  unauthenticated,
} from '../../src/shared/errors.js';

const REQUEST_ID = 'request-42';

/** What Apollo would format for `error` (a stack trace included, as in development). */
function formattedOf(error: GraphQLError): GraphQLFormattedError {
  const formatted = error.toJSON();
  return { ...formatted, extensions: { ...formatted.extensions, stacktrace: ['at somewhere (secret.ts:1:1)'] } };
}

/** `maskError` of `original` wrapped as a resolver error, and what it handed to the log. */
function mask(original: unknown, formatted?: GraphQLFormattedError) {
  const logged: unknown[] = [];
  const wrapped = new GraphQLError('wrapped', {
    path: ['project'],
    originalError: original instanceof Error ? original : undefined,
  });
  const result = maskError(
    formatted ?? { message: String((original as Error).message), path: ['project'] },
    wrapped,
    REQUEST_ID,
    (error) => logged.push(error),
  );
  return { result, logged };
}

function sqlError(code: string, severity?: string): Error {
  return Object.assign(new Error(`sql failure ${code}`), { code, ...(severity ? { severity } : {}) });
}

describe('maskError', () => {
  it('passes coded errors through, without the stack trace, and logs nothing', () => {
    for (const error of [
      notFound('Project'),
      forbidden(undefined, 'keys:write'),
      badUserInput('name', 'Name is too long.'),
      unauthenticated('EXPIRED'),
      rateLimited(12),
    ]) {
      const logged: unknown[] = [];
      const masked = maskError(formattedOf(error), error, REQUEST_ID, (cause) => logged.push(cause));
      expect(masked).toEqual({ ...error.toJSON(), extensions: error.extensions });
      expect(logged).toEqual([]);
    }
  });

  it("passes GraphQL's own document errors through, without the stack trace", () => {
    const formatted = {
      message: 'Cannot query field "secret" on type "Query".',
      locations: [{ line: 1, column: 3 }],
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: ['at validate'] },
    };
    const masked = maskError(formatted, new GraphQLError(formatted.message), REQUEST_ID, () => {
      throw new Error('not an internal error');
    });
    expect(masked).toEqual({ ...formatted, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });

  it('turns anything else into INTERNAL_SERVER_ERROR with the request id, logging the original', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'secretHash')");
    const { result, logged } = mask(bug);
    expect(result).toEqual({
      message: `Internal server error. Quote request id ${REQUEST_ID} when reporting it.`,
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: REQUEST_ID },
      path: ['project'],
      locations: undefined,
    });
    expect(logged).toEqual([bug]);
    expect(JSON.stringify(result)).not.toContain('secretHash');
  });

  it('does not trust a code an unexpected error claims for itself', () => {
    const claimed = Object.assign(new Error('duplicate key value violates unique constraint "users_email"'), {
      extensions: { code: 'CONFLICT' },
    });
    const { result } = mask(claimed, { message: claimed.message, extensions: { code: 'CONFLICT' } });
    expect(result.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(result.message).not.toContain('users_email');
  });

  it('turns a database outage into SERVICE_UNAVAILABLE', () => {
    const { result, logged } = mask(
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
    );
    expect(result.extensions).toEqual({
      code: 'SERVICE_UNAVAILABLE',
      service: 'postgres',
      retryAfter: 5,
      requestId: REQUEST_ID,
    });
    expect(result.message).not.toContain('5432');
    expect(logged).toHaveLength(1);
  });

  it('names the input field of a variable that failed coercion, and drops the rest', () => {
    const [definition] = parse('query ($input: CreateInput!) { a }').definitions;
    if (definition?.kind !== Kind.OPERATION_DEFINITION) throw new Error('not an operation');
    const variable = definition.variableDefinitions?.[0];
    const coercion = new GraphQLError(
      'Variable "$input" got invalid value "x" at "input.scopes[0]"; Value "x" does not exist in "Scope" enum.',
      { nodes: variable ? [variable] : [] },
    );
    const formatted = {
      message: coercion.message,
      locations: [{ line: 1, column: 8 }],
      extensions: { code: 'BAD_USER_INPUT', stacktrace: ['at coerce'], exception: { internal: true } },
    };
    expect(maskError(formatted, coercion, REQUEST_ID, () => undefined)).toEqual({
      message: coercion.message,
      locations: formatted.locations,
      extensions: { code: 'BAD_USER_INPUT', field: 'scopes' },
    });
    const whole = new GraphQLError('Variable "$input" of required type "CreateInput!" was not provided.', {
      nodes: variable ? [variable] : [],
    });
    expect(maskError({ ...formatted, message: whole.message }, whole, REQUEST_ID, () => undefined).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input',
    });
  });
});

describe('httpStatusFor', () => {
  const error = (code: string): GraphQLFormattedError => ({ message: code, extensions: { code } });

  it('keeps the status when there are no errors', () => {
    expect(httpStatusFor(undefined, true, 200)).toBe(200);
    expect(httpStatusFor([], false, undefined)).toBeUndefined();
  });

  it('answers 401 for any UNAUTHENTICATED and 429 for RATE_LIMITED, data or not', () => {
    expect(httpStatusFor([error('NOT_FOUND'), error('UNAUTHENTICATED')], true, 200)).toBe(401);
    expect(httpStatusFor([error('RATE_LIMITED')], true, 200)).toBe(429);
    expect(httpStatusFor([error('RATE_LIMITED'), error('UNAUTHENTICATED')], false, 200)).toBe(401);
  });

  it('answers 403, 503 or 500 only when no data came back', () => {
    expect(httpStatusFor([error('FORBIDDEN')], false, 200)).toBe(403);
    expect(httpStatusFor([error('FORBIDDEN')], true, 200)).toBe(200);
    expect(httpStatusFor([error('SERVICE_UNAVAILABLE')], false, 200)).toBe(503);
    expect(httpStatusFor([error('SERVICE_UNAVAILABLE')], true, 200)).toBe(200);
    expect(httpStatusFor([error('INTERNAL_SERVER_ERROR')], false, 200)).toBe(500);
    expect(httpStatusFor([error('INTERNAL_SERVER_ERROR')], true, 200)).toBe(200);
  });

  it('leaves other codes at the status it was given', () => {
    expect(httpStatusFor([error('NOT_FOUND'), error('BAD_USER_INPUT')], false, 200)).toBe(200);
    expect(httpStatusFor([error('GRAPHQL_VALIDATION_FAILED')], false, 400)).toBe(400);
  });
});

describe('isDatabaseUnavailable', () => {
  it('recognises connection failures by SQLSTATE, errno, name and message', () => {
    for (const outage of [
      sqlError('08006'),
      sqlError('57P01'),
      sqlError('57P03'),
      sqlError('53300'),
      sqlError('ECONNREFUSED'),
      sqlError('ETIMEDOUT'),
      Object.assign(new Error('whatever'), { name: 'ConnectionException' }),
      new Error('Connection terminated unexpectedly'),
      new Error('timeout exceeded when trying to connect'),
      new Error('the database system is starting up'),
    ]) {
      expect(isDatabaseUnavailable(outage), outage.message).toBe(true);
    }
  });

  it('looks through causes, original errors and aggregate errors', () => {
    const refused = sqlError('ECONNREFUSED');
    expect(isDatabaseUnavailable(new Error('query failed', { cause: refused }))).toBe(true);
    expect(isDatabaseUnavailable(new GraphQLError('wrapped', { originalError: refused }))).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([new Error('a'), refused]))).toBe(true);
  });

  it('is false for errors of one statement, bugs and non-errors', () => {
    for (const error of [
      sqlError('23505', 'ERROR'),
      sqlError('08P01'),
      // A statement error whose text mentions a connection is still a statement error.
      Object.assign(new Error('Connection terminated'), { severity: 'ERROR' }),
      new TypeError('x is undefined'),
      'ECONNREFUSED',
      null,
    ]) {
      expect(isDatabaseUnavailable(error), String(error)).toBe(false);
    }
  });

  it('gives up after five levels of causes', () => {
    let error: Error = sqlError('ECONNREFUSED');
    for (let depth = 0; depth < 5; depth += 1) error = new Error(`level ${depth}`, { cause: error });
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

describe('failureResponse', () => {
  it('answers 503 with Retry-After for an outage, else 500, neither quoting the error', () => {
    const outage = failureResponse(sqlError('57P01'), REQUEST_ID);
    expect(outage).toMatchObject({ status: 503, headers: { 'retry-after': '5' } });
    expect(outage.error.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    const bug = failureResponse(new Error('password=hunter2'), REQUEST_ID);
    expect(bug).toEqual({
      status: 500,
      error: {
        message: `Internal server error. Quote request id ${REQUEST_ID} when reporting it.`,
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: REQUEST_ID },
      },
      headers: {},
    });
  });
});
