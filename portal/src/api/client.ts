/**
 * The portal's only way to the API: POST /graphql on the page's own origin. The session travels as
 * the HttpOnly `latchkey_session` cookie; a pasted API key travels as `Authorization: Bearer` and
 * then the cookie is left out, so the server judges the key alone.
 */
import type { TypedDocumentString } from '../gql/graphql';
import { ApiError, type ApiProblem } from './errors';

export interface ExecuteOptions {
  /** Call as this API key instead of the signed-in user. Kept in memory only, never stored. */
  apiKey?: string;
  signal?: AbortSignal;
}

export const GRAPHQL_PATH = '/graphql';

interface GraphQLBody<T> {
  data?: T | null;
  errors?: ApiProblem[];
}

/** Runs a typed document; resolves with its data, or rejects with an ApiError a person can read. */
export async function execute<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables?: TVariables,
  options: ExecuteOptions = {},
): Promise<TResult> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
  };
  if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;
  let response: Response;
  try {
    response = await fetch(GRAPHQL_PATH, {
      method: 'POST',
      headers,
      credentials: options.apiKey ? 'omit' : 'same-origin',
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError([{ message: 'network', extensions: { code: 'NETWORK' } }], 0);
  }
  let body: GraphQLBody<TResult>;
  try {
    body = (await response.json()) as GraphQLBody<TResult>;
  } catch {
    throw new ApiError([{ message: `HTTP ${response.status}`, extensions: { code: 'BAD_RESPONSE' } }], response.status);
  }
  // A field denied for lack of a scope is null with a FORBIDDEN error beside the rest of the data
  // (DESIGN.md section 11); the page shows what it may, so only other errors fail the request.
  const denialsOnly = body.errors?.every((problem) => problem.extensions?.code === 'FORBIDDEN' && problem.path?.length);
  if (body.errors?.length && !(denialsOnly && body.data)) throw new ApiError(body.errors, response.status);
  if (!body.data) throw new ApiError([{ message: 'empty', extensions: { code: 'BAD_RESPONSE' } }], response.status);
  return body.data;
}
