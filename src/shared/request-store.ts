import { AsyncLocalStorage } from 'node:async_hooks';

/** What one request (or one job, or one benchmark step) carries through async calls. */
export interface RequestStore {
  requestId: string;
  /** SQL statements sent so far (counted by the ORM's `onQuery` hook). */
  statements: number;
}

export const requestStore = new AsyncLocalStorage<RequestStore>();
