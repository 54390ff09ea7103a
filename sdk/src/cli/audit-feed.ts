/**
 * The live feed behind `latchkey audit tail --follow`: the `auditEvents(projectId)` subscription
 * over WebSocket (docs/subscriptions.md), with one catch-up read of the audit log once the
 * connection is accepted, so nothing committed between the first page and the subscription is
 * missed. A server that refuses the credential or the scope ends the feed with that error; one
 * that cannot be reached over WebSocket at all (a proxy that drops upgrades) is polled instead.
 */
import type { AuditEvent, Latchkey } from '../client.js';
import { LatchkeyError } from '../errors.js';

export interface AuditFeedOptions {
  /** Events from this time on (inclusive). */
  since: Date;
  /** Ids already shown (at `since`), not to be yielded again. */
  seen?: Iterable<string>;
  /** Stops the feed. */
  signal?: AbortSignal;
  /** Time between polls when the feed falls back to polling (default 2 s). */
  intervalMs?: number;
  /** Poll, never subscribe. */
  poll?: boolean;
}

function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** A project's new audit events, oldest first, as they happen, until `signal` aborts. */
export async function* auditFeed(
  client: Latchkey,
  projectId: string,
  options: AuditFeedOptions,
): AsyncGenerator<AuditEvent> {
  if (options.poll) return yield* polledFeed(client, projectId, options);
  const shown = new Set(options.seen ?? []);
  const live: AuditEvent[] = [];
  let wake: (() => void) | undefined;
  let connected = false;
  let failure: unknown;
  let ended = false;
  const stop = new AbortController();
  const onAbort = () => stop.abort();
  stop.signal.addEventListener('abort', () => wake?.(), { once: true });
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const pump = (async () => {
    try {
      for await (const event of client.audit.follow(projectId, {
        signal: stop.signal,
        onConnected: () => {
          connected = true;
        },
      })) {
        live.push(event);
        wake?.();
      }
    } catch (error) {
      failure = error;
    } finally {
      ended = true;
      wake?.();
    }
  })();
  try {
    let caughtUp = false;
    while (!stop.signal.aborted) {
      if (connected && !caughtUp) {
        caughtUp = true;
        // What was committed before the subscription started, after the page already shown.
        for (const event of await eventsSince(client, projectId, options.since, shown, stop.signal)) {
          shown.add(event.id);
          yield event;
        }
      }
      while (live.length > 0) {
        const event = live.shift() as AuditEvent;
        if (shown.has(event.id)) continue;
        shown.add(event.id);
        yield event;
      }
      if (ended) break;
      await new Promise<void>((resolve) => {
        wake = resolve;
        if (live.length > 0 || ended || (connected && !caughtUp)) resolve();
        setTimeout(resolve, 1000);
      });
      wake = undefined;
    }
    if (stop.signal.aborted) return;
    // Never connected and no answer from the server over WebSocket: poll instead.
    if (!connected && failure instanceof LatchkeyError && failure.code === 'NETWORK_ERROR') {
      return yield* polledFeed(client, projectId, { ...options, seen: shown });
    }
    if (failure) throw failure;
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    stop.abort();
    await pump;
  }
}

/** The audit log's events from `since` on (inclusive), oldest first, leaving out `seen`. */
async function eventsSince(
  client: Latchkey,
  projectId: string,
  since: Date,
  seen: ReadonlySet<string>,
  signal: AbortSignal,
): Promise<AuditEvent[]> {
  const fresh: AuditEvent[] = [];
  let after: string | undefined;
  do {
    const page = await client.audit.list(projectId, { first: 100, after, filter: { since } }, { signal });
    for (const edge of page.edges) if (!seen.has(edge.node.id)) fresh.push(edge.node);
    after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? undefined) : undefined;
  } while (after && !signal.aborted);
  return fresh.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** The feed by polling the audit log every `intervalMs`. */
async function* polledFeed(client: Latchkey, projectId: string, options: AuditFeedOptions): AsyncGenerator<AuditEvent> {
  let since = options.since;
  let seenAtSince = new Set(options.seen ?? []);
  const { signal } = options;
  while (!signal?.aborted) {
    const fresh: AuditEvent[] = [];
    let after: string | undefined;
    do {
      const page = await client.audit.list(projectId, { first: 100, after, filter: { since } }, { signal });
      for (const edge of page.edges) if (!seenAtSince.has(edge.node.id)) fresh.push(edge.node);
      after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? undefined) : undefined;
    } while (after && !signal?.aborted);
    // Pages come newest first; the feed goes oldest first.
    fresh.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    for (const event of fresh) yield event;
    const newest = fresh[fresh.length - 1];
    if (newest) {
      const newestTime = new Date(newest.createdAt);
      if (newestTime.getTime() > since.getTime()) seenAtSince = new Set();
      since = newestTime;
      for (const event of fresh) if (event.createdAt === newest.createdAt) seenAtSince.add(event.id);
    }
    await pause(options.intervalMs ?? 2000, signal);
  }
}
