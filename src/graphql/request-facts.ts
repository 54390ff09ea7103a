import type { ApolloServerPlugin } from '@apollo/server';
import { errorCodeOf } from '../shared/errors.js';
import { operationLabelOf } from '../shared/metrics.js';
import { requestStore } from '../shared/request-store.js';
import type { Context } from './context.js';

/**
 * Records what the GraphQL layer knows about a request (operation, caller, error codes) in the
 * request store, where the request log line and the request metrics read it.
 */
export const requestFactsPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart({ contextValue, request }) {
    const store = requestStore.getStore();
    const caller = contextValue.caller;
    if (store) {
      store.graphql = {
        operationName: typeof request.operationName === 'string' ? request.operationName.slice(0, 100) : null,
        operation: 'unknown',
        type: 'unknown',
        callerKind: caller.kind,
        keyId: caller.kind === 'key' ? caller.key.id : null,
        projectId: caller.kind === 'key' ? caller.key.project : null,
        userId: caller.kind === 'user' || caller.kind === 'token' ? caller.user.id : null,
        errorCodes: [],
      };
    }
    return {
      async didResolveOperation({ operation }) {
        if (!store?.graphql || !operation) return;
        store.graphql.operationName ??= operation.name?.value.slice(0, 100) ?? null;
        store.graphql.operation = operationLabelOf(operation);
        store.graphql.type = operation.operation;
      },
      async willSendResponse({ response }) {
        if (!store?.graphql || response.body.kind !== 'single') return;
        const codes = (response.body.singleResult.errors ?? []).map((error) => errorCodeOf(error) ?? 'UNKNOWN');
        store.graphql.errorCodes = [...new Set(codes)];
      },
    };
  },
};
