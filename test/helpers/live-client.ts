/**
 * A real `graphql-ws` client for tests: connects to a test server's `/graphql` over WebSocket
 * with a credential in `connection_init`, and records how the connection ends.
 */
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { TestServer } from './harness.js';

export interface LiveClientClose {
  code: number;
  reason: string;
}

export interface LiveClient {
  client: Client;
  /** Resolves once acknowledged, or rejects with the close that refused it. */
  connected: Promise<void>;
  /** Resolves with the close code and reason when the connection ends. */
  closed: Promise<LiveClientClose>;
  isClosed(): boolean;
  subscribe<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): LiveSubscription<T>;
  dispose(): Promise<void>;
}

export interface LiveSubscription<T> {
  results: { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] }[];
  errors: unknown[];
  /** Whether the server completed the subscription. */
  isComplete(): boolean;
  /** Waits until a result satisfies `match` (default: any), else throws after `timeoutMs`. */
  next(match?: (data: T) => boolean, timeoutMs?: number): Promise<T>;
  stop(): void;
}

export function connectLive(
  server: Pick<TestServer, 'url'>,
  token: string | null,
  options: { headers?: Record<string, string> } = {},
): LiveClient {
  let resolveClosed!: (close: LiveClientClose) => void;
  const closed = new Promise<LiveClientClose>((resolve) => {
    resolveClosed = resolve;
  });
  let done = false;
  let resolveConnected!: () => void;
  let rejectConnected!: (close: LiveClientClose) => void;
  const connected = new Promise<void>((resolve, reject) => {
    resolveConnected = resolve;
    rejectConnected = reject;
  });
  connected.catch(() => undefined);
  const headers = options.headers;
  class HeaderWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  const client = createClient({
    url: `${server.url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: headers ? HeaderWebSocket : WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    lazy: false,
    retryAttempts: 0,
    shouldRetry: () => false,
    onNonLazyError: () => undefined,
    on: {
      connected: () => resolveConnected(),
      closed: (event) => {
        const { code, reason } = event as { code: number; reason: string };
        done = true;
        rejectConnected({ code, reason: String(reason) });
        resolveClosed({ code, reason: String(reason) });
      },
    },
  });
  return {
    client,
    connected,
    closed,
    isClosed: () => done,
    subscribe<T>(query: string, variables?: Record<string, unknown>): LiveSubscription<T> {
      const results: LiveSubscription<T>['results'] = [];
      const errors: unknown[] = [];
      const waiters = new Set<() => void>();
      let complete = false;
      const stop = client.subscribe<T>(
        { query, variables },
        {
          next: (result) => {
            results.push(result as LiveSubscription<T>['results'][number]);
            for (const wake of waiters) wake();
          },
          error: (error) => {
            errors.push(error);
            for (const wake of waiters) wake();
          },
          complete: () => {
            complete = true;
          },
        },
      );
      return {
        results,
        errors,
        stop,
        isComplete: () => complete,
        async next(match = () => true, timeoutMs = 5000) {
          const deadline = Date.now() + timeoutMs;
          for (;;) {
            const found = results.find((result) => result.data && match(result.data));
            if (found?.data) return found.data;
            const left = deadline - Date.now();
            if (left <= 0) {
              throw new Error(
                `no matching subscription result in ${timeoutMs} ms: ${JSON.stringify({ results, errors: errors.map(String) })}`,
              );
            }
            await new Promise<void>((resolve) => {
              const wake = () => {
                waiters.delete(wake);
                clearTimeout(timer);
                resolve();
              };
              const timer = setTimeout(wake, left);
              waiters.add(wake);
            });
          }
        },
      };
    },
    dispose: () => client.dispose() as Promise<void>,
  };
}

/** Resolves with the close, or rejects when the connection is still open after `timeoutMs`. */
export async function closedWithin(live: LiveClient, timeoutMs: number): Promise<LiveClientClose> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      live.closed,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`connection still open after ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
