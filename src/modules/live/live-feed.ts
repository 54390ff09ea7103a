/**
 * What an API process's subscriptions read: the live channels of live-bus.ts, turned into the
 * payloads of `auditEvents`, `usageEvents` and `apiKeyChanged` (docs/subscriptions.md).
 *
 * - `events`: committed audit events, published by the event relay (live-relay-target.ts) once
 *   their transaction is relayed, so a subscriber never sees a change that was rolled back.
 * - `usage`: usage events, published by the API process that metered them once their batch is
 *   on the usage queue (usage-events.ts `onSent`): what the usage reports will count, about a
 *   quarter second after the request, without waiting for the worker's aggregation. Published
 *   only while some process listens (live-bus.ts `LiveAudience`): a subscription joins the
 *   audience before it starts.
 */
import { AUDIENCE_CHANNELS, type LiveAudience, type LiveChannel, type LiveSubscriber } from '../../shared/live-bus.js';
import type { ActorType } from '../audit/audit.entity.js';
import type { UsageEvent } from '../usage/usage-batch.js';
import type { LiveConnectionCounts } from './live-connections.js';
import { LiveQueue } from './live-queue.js';

/** An audit event as the `AuditEvent` type resolves it (the fields of the audit entity). */
export interface LiveAuditEvent {
  id: string;
  projectId: string | null;
  action: string;
  actorType: ActorType;
  actorId: string | null;
  actorLabel: string;
  targetType: string;
  targetId: string;
  targetLabel: string | null;
  summary: Record<string, unknown>;
  clientAddress: string | null;
  userAgent: string | null;
  requestId: string | null;
  createdAt: Date;
}

/** The live side of an API process, in the GraphQL context (`ctx.live`). */
export interface LiveServices {
  /** Null over HTTP: subscriptions need the WebSocket transport. */
  feed: LiveFeed | null;
  connections: LiveConnectionCounts;
}

interface WireEvent {
  id: string;
  projectId: string | null;
  action: string;
  actor: { type: ActorType; id: string | null; label: string };
  target: { type: string; id: string; label: string | null };
  summary: Record<string, unknown>;
  request?: { clientAddress: string | null; userAgent: string | null; requestId: string | null };
  createdAt: string;
}

/** The audit events of one `events` message (a relayed batch). */
export function auditEventsOf(message: unknown): LiveAuditEvent[] {
  const events = (message as { events?: unknown } | null)?.events;
  if (!Array.isArray(events)) return [];
  return (events as WireEvent[]).map((event) => ({
    id: event.id,
    projectId: event.projectId,
    action: event.action,
    actorType: event.actor.type,
    actorId: event.actor.id,
    actorLabel: event.actor.label,
    targetType: event.target.type,
    targetId: event.target.id,
    targetLabel: event.target.label,
    summary: event.summary,
    clientAddress: event.request?.clientAddress ?? null,
    userAgent: event.request?.userAgent ?? null,
    requestId: event.request?.requestId ?? null,
    createdAt: new Date(event.createdAt),
  }));
}

/** Whether an `events` message holds the deletion of project `projectId` (read without copying it). */
function deletes(message: unknown, projectId: string): boolean {
  const events = (message as { events?: unknown } | null)?.events;
  return (
    Array.isArray(events) &&
    (events as WireEvent[]).some((event) => event.projectId === projectId && event.action === 'project.deleted')
  );
}

/** The usage events of one `usage` message (a batch sent to the usage queue). */
export function usageEventsOf(message: unknown): UsageEvent[] {
  const events = (message as { events?: unknown } | null)?.events;
  return Array.isArray(events) ? (events as UsageEvent[]) : [];
}

export class LiveFeed {
  constructor(
    private readonly subscriber: LiveSubscriber,
    private readonly audience?: LiveAudience,
  ) {}

  /**
   * A queue of what `select` makes of each message on `channel`, in message order (`select` may
   * be async: it may read the database). With `endsWithProject`, the queue ends (after what it
   * holds) once that project's `project.deleted` event is relayed: nothing more can come of a
   * project that is gone. The listeners go when the queue is returned or ends. Resolves once a
   * channel published only to an audience counts this listener.
   */
  async listen<T>(
    channel: LiveChannel,
    select: (message: unknown) => T[] | Promise<T[]>,
    options: { endsWithProject?: string } = {},
  ): Promise<LiveQueue<T>> {
    const leave = this.audience && AUDIENCE_CHANNELS.has(channel) ? await this.audience.join(channel) : () => undefined;
    // Values and the end go through one chain, in the order their messages came.
    let chain: Promise<void> = Promise.resolve();
    const enqueue = (work: () => unknown) => {
      chain = chain.then(work).then(
        () => undefined,
        () => undefined,
      );
    };
    const unsubscribe = this.subscriber.on(channel, (message) =>
      enqueue(async () => {
        for (const value of await select(message)) queue.push(value);
      }),
    );
    const projectId = options.endsWithProject;
    const unsubscribeEnd =
      projectId === undefined
        ? () => undefined
        : this.subscriber.on('events', (message) => {
            if (deletes(message, projectId)) enqueue(() => queue.end());
          });
    const queue = new LiveQueue<T>(() => {
      unsubscribe();
      unsubscribeEnd();
      leave();
    });
    return queue;
  }
}
