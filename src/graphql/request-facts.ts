import { errorCodeOf } from '../shared/errors.js';
import { operationLabelOf } from '../shared/metrics.js';
import { requestStore } from '../shared/request-store.js';
import type { Context } from './context.js';
import type { RequestHooks } from './request-hooks.js';

/**
 * Records what the GraphQL layer knows about a request (operation, caller, error codes) in the
 * request store, where the request log line and the request metrics read it.
 */
export const requestFacts: RequestHooks<Context> = {
  requestDidStart({ contextValue, request }) {
    const store = requestStore.getStore();
    if (!store) return;
    const caller = contextValue.caller;
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
  },
  didResolveOperation({ operation }) {
    const facts = requestStore.getStore()?.graphql;
    if (!facts || !operation) return;
    facts.operationName ??= operation.name?.value.slice(0, 100) ?? null;
    facts.operation = operationLabelOf(operation);
    facts.type = operation.operation;
  },
  willSendResponse({ response }) {
    const facts = requestStore.getStore()?.graphql;
    if (!facts || response.body.kind !== 'single') return;
    const codes = (response.body.singleResult.errors ?? []).map((error) => errorCodeOf(error) ?? 'UNKNOWN');
    facts.errorCodes = [...new Set(codes)];
  },
};
