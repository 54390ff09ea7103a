/**
 * The live feed behind `latchkey audit tail --follow`, kept in this one function so its transport
 * can change without touching the command: today it polls the audit log (`Project.auditEvents`
 * with `since`, which is inclusive, so events at the boundary are told apart by id); once the
 * server has the `auditEvents(projectId)` subscription of DESIGN.md section 14, the body becomes a
 * graphql-ws subscription and the command stays as it is.
 */
import type { AuditEvent, Latchkey } from '../client.js';

export interface AuditFeedOptions {
  /** Events from this time on (inclusive). */
  since: Date;
  /** Ids already shown (at `since`), not to be yielded again. */
  seen?: Iterable<string>;
  /** Stops the feed. */
  signal?: AbortSignal;
  /** Time between polls (default 2 s). */
  intervalMs?: number;
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
