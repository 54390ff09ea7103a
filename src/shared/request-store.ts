import { AsyncLocalStorage } from 'node:async_hooks';

/** What one request (or one job, or one benchmark step) carries through async calls. */
export interface RequestStore {
  requestId: string;
  /** SQL statements sent so far (counted by the ORM's `onQuery` hook). */
  statements: number;
  /** What the GraphQL layer learned, for the request log line and metrics (metrics.ts fills it). */
  graphql?: GraphQLRequestFacts;
}

/** Never holds a secret: ids only. */
export interface GraphQLRequestFacts {
  /** The client's `operationName`, cut to 100 characters. */
  operationName: string | null;
  /** Root fields, sorted (bounded by the schema). */
  operation: string;
  type: string;
  callerKind: 'anonymous' | 'user' | 'token' | 'key';
  keyId: string | null;
  projectId: string | null;
  userId: string | null;
  errorCodes: string[];
}

export const requestStore = new AsyncLocalStorage<RequestStore>();
