/**
 * A GraphQL operation with the types of its result and variables. The SDK's own operations are
 * generated into `./gql/operations.ts` from `schema/schema.graphql` (see sdk/codegen/); pass one of
 * them, or your own, to `Latchkey.request`.
 */
export interface Operation<TResult, TVariables> {
  /** The operation's name, e.g. `VerifyKey`. */
  readonly name: string;
  /**
   * `query` or `mutation`: decides what may be retried (a query after any transient failure, a
   * mutation only when the server cannot have acted on it; see the README). A `subscription` runs
   * over WebSocket only (`Latchkey.subscribe`).
   */
  readonly type: 'query' | 'mutation' | 'subscription';
  /** The document sent: the operation and the fragments it uses. */
  readonly document: string;
  /** Never set: carries the result and variables types. */
  readonly __types?: (variables: TVariables) => TResult;
}

/** The result type of an operation. */
export type ResultOf<T> = T extends Operation<infer TResult, unknown> ? TResult : never;

/** The variables type of an operation. */
export type VariablesOf<T> = T extends Operation<unknown, infer TVariables> ? TVariables : never;
