/**
 * What Latchkey does at the steps of a GraphQL request over HTTP (the operation's facts, refusals
 * before execution, the usage snapshot, the HTTP status), written as plain hooks and run by one
 * Apollo plugin. Apollo awaits every step of every plugin through promises of its own (a
 * `Promise.all` per step, an `await` per plugin for `responseForOperation`); one plugin for all
 * of them instead of one each saves that on every request.
 */
import type {
  ApolloServerPlugin,
  BaseContext,
  GraphQLRequestContext,
  GraphQLRequestContextDidEncounterErrors,
  GraphQLRequestContextDidResolveOperation,
  GraphQLRequestContextWillSendResponse,
  GraphQLRequestListener,
} from '@apollo/server';

export interface RequestHooks<TContext extends BaseContext> {
  /** The request arrived; nothing is parsed yet. */
  requestDidStart?(request: GraphQLRequestContext<TContext>): void;
  /** The operation is parsed and valid; throw to refuse it before anything executes. */
  didResolveOperation?(request: GraphQLRequestContextDidResolveOperation<TContext>): void;
  didEncounterErrors?(request: GraphQLRequestContextDidEncounterErrors<TContext>): void;
  willSendResponse?(request: GraphQLRequestContextWillSendResponse<TContext>): void | Promise<void>;
}

type Step = keyof RequestHooks<BaseContext>;

/** Each hook of `step`, bound to its object, in list order. */
function stepOf<TContext extends BaseContext, S extends Step>(
  all: readonly RequestHooks<TContext>[],
  step: S,
): NonNullable<RequestHooks<TContext>[S]>[] {
  return all.flatMap((hooks) => {
    const hook = hooks[step];
    return hook ? [hook.bind(hooks) as NonNullable<RequestHooks<TContext>[S]>] : [];
  });
}

/**
 * One Apollo plugin running `all` at each step, in list order. As Apollo runs separate plugins,
 * every `didResolveOperation` hook runs even after one refused, and the first refusal in list
 * order is the answer; `willSendResponse` hooks run together.
 */
export function requestHooksPlugin<TContext extends BaseContext>(
  all: readonly RequestHooks<TContext>[],
): ApolloServerPlugin<TContext> {
  const starting = stepOf(all, 'requestDidStart');
  const resolving = stepOf(all, 'didResolveOperation');
  const failing = stepOf(all, 'didEncounterErrors');
  const sending = stepOf(all, 'willSendResponse');
  // One listener serves every request: the hooks keep their per-request state elsewhere.
  const listener: GraphQLRequestListener<TContext> = {
    async didResolveOperation(request) {
      let refusal: { error: unknown } | null = null;
      for (const hook of resolving) {
        try {
          hook(request);
        } catch (error) {
          refusal ??= { error };
        }
      }
      if (refusal) throw refusal.error;
    },
    async didEncounterErrors(request) {
      for (const hook of failing) hook(request);
    },
    async willSendResponse(request) {
      const pending: Promise<void>[] = [];
      for (const hook of sending) {
        const done = hook(request);
        if (done) pending.push(done);
      }
      if (pending.length > 0) await Promise.all(pending);
    },
  };
  return {
    async requestDidStart(request) {
      for (const hook of starting) hook(request);
      return listener;
    },
  };
}
