/**
 * Live updates through GraphQL subscriptions over WebSocket (graphql-ws, docs/subscriptions.md):
 * the portal's session cookie rides on the upgrade, or a pasted API key in `connection_init`.
 * One connection per credential, shared by every subscription of the page; no polling anywhere.
 */
import { type Client, createClient } from 'graphql-ws';
import { useEffect, useRef, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql';
import { GRAPHQL_PATH } from './client';

/** How a live view is doing, for its indicator. */
export type LiveStatus = 'connecting' | 'live' | 'offline';

const clients = new Map<string, Client>();

function clientFor(apiKey: string | undefined): Client {
  const id = apiKey ?? '(session)';
  let client = clients.get(id);
  if (!client) {
    const url = new URL(GRAPHQL_PATH, window.location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    client = createClient({
      url: url.toString(),
      lazy: true,
      // The key stays in memory: it is sent in connection_init, never stored.
      connectionParams: apiKey ? { authorization: `Bearer ${apiKey}` } : {},
      // A refused credential (4401/4403/4429) is final; a dropped connection is retried.
      shouldRetry: (event) => {
        const code = (event as { code?: unknown }).code;
        return !(typeof code === 'number' && code >= 4400 && code < 4500);
      },
      retryAttempts: 20,
    });
    clients.set(id, client);
  }
  return client;
}

/**
 * Subscribes while mounted (and while `skip` is false) and calls `onEvent` with each result's
 * data. Returns the status for a `LiveIndicator`.
 */
export function useSubscription<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  onEvent: (data: TResult) => void,
  options: { apiKey?: string; skip?: boolean } = {},
): LiveStatus {
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const handler = useRef(onEvent);
  handler.current = onEvent;
  const variablesKey = JSON.stringify(variables);
  const { apiKey, skip } = options;

  useEffect(() => {
    if (skip) return;
    setStatus('connecting');
    const client = clientFor(apiKey);
    const stopConnected = client.on('connected', () => setStatus('live'));
    const stopClosed = client.on('closed', () => setStatus('offline'));
    const stop = client.subscribe<TResult>(
      { query: document.toString(), variables: JSON.parse(variablesKey) as Record<string, unknown> },
      {
        next: (result) => {
          setStatus('live');
          if (result.data) handler.current(result.data);
        },
        error: () => setStatus('offline'),
        complete: () => undefined,
      },
    );
    return () => {
      stop();
      stopConnected();
      stopClosed();
    };
  }, [document, variablesKey, apiKey, skip]);

  return status;
}

/**
 * Calls `reload` once per burst of events (at most every `waitMs`): a page refreshes its data
 * when something changed, not on a timer.
 */
export function useReloadOnEvent(reload: () => void, waitMs = 500): () => void {
  const timer = useRef<number | null>(null);
  const latest = useRef(reload);
  latest.current = reload;
  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    },
    [],
  );
  return () => {
    if (timer.current !== null) return;
    timer.current = window.setTimeout(() => {
      timer.current = null;
      latest.current();
    }, waitMs);
  };
}
