/**
 * Subscriptions over WebSocket (`graphql-transport-ws`, docs/subscriptions.md): the credential rides
 * in `connection_init`, and the server's refusals (close codes 4401, 4403, 4429 with the reason as
 * close text, or GraphQL errors for one subscription) become `LatchkeyError`s like any other call's.
 */
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { LatchkeyError, type LatchkeyErrorCode } from './errors.js';
import type { Operation } from './operation.js';

export interface SubscribeOptions {
  /** Ends the subscription and closes its connection. */
  signal?: AbortSignal;
  /** Called once the server accepted the connection and the subscription is about to start. */
  onConnected?: () => void;
}

const CLOSE_CODES: Record<number, { code: LatchkeyErrorCode; status: number }> = {
  4401: { code: 'UNAUTHENTICATED', status: 401 },
  4403: { code: 'FORBIDDEN', status: 403 },
  4429: { code: 'RATE_LIMITED', status: 429 },
};

/** The WebSocket address of a GraphQL endpoint (`http(s)://…/graphql` → `ws(s)://…/graphql`). */
export function webSocketUrlOf(endpoint: string): string {
  const url = new URL(endpoint);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}

function isClose(value: unknown): value is { code: number; reason: string } {
  return typeof value === 'object' && value !== null && 'code' in value && typeof value.code === 'number';
}

/** What went wrong, as a LatchkeyError: a refusal's close, a subscription's GraphQL errors, or the network. */
export function subscriptionError(failure: unknown, operation: string): LatchkeyError {
  if (failure instanceof LatchkeyError) return failure;
  if (isClose(failure)) {
    const known = CLOSE_CODES[failure.code];
    if (known) {
      const reason = failure.reason || undefined;
      return new LatchkeyError({
        ...known,
        message: `The server closed the subscription: ${failure.code}${reason ? ` ${reason}` : ''}.`,
        errors: [{ message: reason ?? known.code, extensions: { code: known.code, ...(reason ? { reason } : {}) } }],
        operation,
      });
    }
    return new LatchkeyError({
      code: 'NETWORK_ERROR',
      message: `The subscription's connection closed (${failure.code}${failure.reason ? ` ${failure.reason}` : ''}).`,
      operation,
    });
  }
  if (Array.isArray(failure)) {
    const errors = failure as { message: string; extensions?: Record<string, unknown> }[];
    const code = (errors[0]?.extensions?.code as LatchkeyErrorCode | undefined) ?? 'INTERNAL_SERVER_ERROR';
    return new LatchkeyError({ code, message: errors[0]?.message ?? 'The subscription failed.', errors, operation });
  }
  return new LatchkeyError({
    code: 'NETWORK_ERROR',
    message: failure instanceof Error ? failure.message : 'The subscription could not connect.',
    operation,
    cause: failure,
  });
}

/**
 * Runs a subscription and yields each event's data until `signal` aborts; throws a LatchkeyError
 * when the server refuses or ends it. One WebSocket connection per call, closed on the way out.
 */
export async function* subscribe<TResult, TVariables>(
  settings: { endpoint: string; token: string | undefined },
  operation: Operation<TResult, TVariables>,
  variables: TVariables,
  options: SubscribeOptions = {},
): AsyncGenerator<TResult> {
  const { signal } = options;
  if (signal?.aborted) return;
  let closeFailure: unknown;
  const client = createClient({
    url: webSocketUrlOf(settings.endpoint),
    webSocketImpl: WebSocket,
    connectionParams: settings.token ? { authorization: `Bearer ${settings.token}` } : {},
    lazy: true,
    retryAttempts: 0,
    on: {
      connected: () => options.onConnected?.(),
      closed: (event) => {
        if (isClose(event) && event.code !== 1000) closeFailure = event;
      },
    },
  });
  const events = client.iterate({ query: operation.document, variables: variables as Record<string, unknown> });
  const stop = () => {
    void events.return?.();
    void client.dispose();
  };
  signal?.addEventListener('abort', stop, { once: true });
  try {
    for await (const result of events) {
      if (result.errors?.length) throw subscriptionError(result.errors, operation.name);
      if (result.data) yield result.data as TResult;
    }
    if (closeFailure && !signal?.aborted) throw subscriptionError(closeFailure, operation.name);
  } catch (failure) {
    if (signal?.aborted) return;
    throw subscriptionError(closeFailure ?? failure, operation.name);
  } finally {
    signal?.removeEventListener('abort', stop);
    await client.dispose();
  }
}
