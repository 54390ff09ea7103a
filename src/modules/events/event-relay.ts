/**
 * The event relay: committed audit events (the outbox, written in each change's own transaction)
 * handed to the relay targets (webhook deliveries; Redis pub/sub for subscriptions), each
 * event once, in the order of the transactions that wrote them (docs/webhooks.md).
 *
 * Why transaction ids: an event's position must be final when the relay reads past it. A sequence
 * number is not: a transaction that took number 10 may commit after the one that took 11 was
 * relayed. So every event carries the id of the transaction that wrote it (`audit_events.tx_id`),
 * and a batch holds only events below the oldest transaction still running
 * (`pg_snapshot_xmin`): every transaction below it has committed or rolled back, and every later
 * event gets a larger id. Reading in (tx_id, id) order after the cursor then never skips an event.
 *
 * Exactly once: a batch runs in one transaction that locks the cursor row (`for update skip
 * locked`: a second worker skips the round instead of waiting), calls the targets' in-transaction
 * writes and moves the cursor. A crash before the commit leaves the cursor where it was; the next
 * round relays the same events again, and nothing of the failed round was committed.
 */
import { sql } from 'kysely';
import type { EntityManager } from '../../shared/orm.js';
import type { RedisConnections } from '../../shared/redis.js';
import type { ActorType } from '../audit/audit.entity.js';

/** A committed audit event, as targets receive it. Never holds a secret (audit summaries do not). */
export interface RelayedEvent {
  id: string;
  projectId: string | null;
  /** The audit action: `key.created`, `member.invited`, … */
  action: string;
  actor: { type: ActorType; id: string | null; label: string };
  target: { type: string; id: string; label: string | null };
  summary: Record<string, unknown>;
  /** The request that made the change (audit fields; live subscriptions show them). */
  request: { clientAddress: string | null; userAgent: string | null; requestId: string | null };
  createdAt: Date;
}

/**
 * Where relayed events go. `relayInTransaction` writes to PostgreSQL in the relay's transaction,
 * so its writes happen exactly once per event (webhook deliveries). `afterCommit` runs after the
 * commit for what lives outside PostgreSQL (Redis pub/sub): a crash between the commit and the
 * call loses that batch for it, so it suits live views, not records.
 */
export interface RelayTarget {
  name: string;
  relayInTransaction?(tx: EntityManager, events: readonly RelayedEvent[]): Promise<void>;
  afterCommit?(events: readonly RelayedEvent[]): Promise<void>;
  /** Releases what the target opened (a factory's Redis connection), when the workers stop. */
  close?(): void;
}

/** What a relay target made by a factory may use: the worker's Redis connections and prefix. */
export interface RelayTargetDependencies {
  redis: RedisConnections;
  /** `LATCHKEY_REDIS_PREFIX` (or a test's own). */
  redisPrefix: string;
}

/** A relay target, or a factory of one for a target that needs connections (live-relay-target.ts). */
export type RelayTargetSource = RelayTarget | ((deps: RelayTargetDependencies) => RelayTarget);

export function relayTargetOf(source: RelayTargetSource, deps: RelayTargetDependencies): RelayTarget {
  return typeof source === 'function' ? source(deps) : source;
}

export interface RelayScope {
  /** The cursor's name (`default` for the deployment). */
  cursor: string;
  /** Only events of these projects (null: every event). For tests sharing one database. */
  projectIds: readonly string[] | null;
  /** At most this many events per batch. */
  batchSize: number;
}

export interface RelayRound {
  /** Events relayed in this round. */
  relayed: number;
  /** Another process held the cursor: it is relaying. */
  busy: boolean;
}

/** The cursor's first position: the nil uuid sorts before every event id of the same transaction. */
const NIL_UUID = '00000000-0000-0000-0000-000000000000';

interface EventRow {
  id: string;
  project_id: string | null;
  action: string;
  actor_type: ActorType;
  actor_id: string | null;
  actor_label: string;
  target_type: string;
  target_id: string;
  target_label: string | null;
  summary: Record<string, unknown> | string;
  client_address: string | null;
  user_agent: string | null;
  request_id: string | null;
  created_at: Date | string;
  tx_id: string;
}

function toRelayedEvent(row: EventRow): RelayedEvent {
  return {
    id: row.id,
    projectId: row.project_id,
    action: row.action,
    actor: { type: row.actor_type, id: row.actor_id, label: row.actor_label },
    target: { type: row.target_type, id: row.target_id, label: row.target_label },
    summary: typeof row.summary === 'string' ? (JSON.parse(row.summary) as Record<string, unknown>) : row.summary,
    request: { clientAddress: row.client_address, userAgent: row.user_agent, requestId: row.request_id },
    createdAt: new Date(row.created_at),
  };
}

/**
 * Creates the cursor when missing, at the current end of the log: a new relay starts with the
 * events committed from now on (the migration creates `default` the same way).
 */
export async function createCursor(em: EntityManager, name: string): Promise<void> {
  await sql`insert into event_relay_cursors (name, tx_id, event_id, relayed_events, updated_at)
    values (${name}, pg_snapshot_xmin(pg_current_snapshot()), ${NIL_UUID}, 0, now())
    on conflict (name) do nothing`.execute(em.getKysely());
}

/** Relays one batch (see the file header). */
export async function relayOnce(
  em: EntityManager,
  targets: readonly RelayTarget[],
  scope: RelayScope,
  onAfterCommitError: (target: RelayTarget, error: unknown) => void = () => undefined,
): Promise<RelayRound> {
  const events = await em.transactional(async (tx) => {
    const db = tx.getKysely();
    // 1. claim the cursor; a held lock means another worker is relaying this round
    const cursor = await sql<{ tx_id: string; event_id: string }>`select tx_id::text as tx_id, event_id
      from event_relay_cursors where name = ${scope.cursor} for update skip locked`.execute(db);
    const position = cursor.rows[0];
    if (!position) {
      const exists = await sql`select 1 from event_relay_cursors where name = ${scope.cursor}`.execute(db);
      if (exists.rows.length > 0) return null;
      await createCursor(tx, scope.cursor);
      return [];
    }
    // 2. the next events, below the oldest running transaction
    const inProjects =
      scope.projectIds === null
        ? sql``
        : scope.projectIds.length === 0
          ? sql`and false`
          : sql`and project_id in (${sql.join(scope.projectIds)})`;
    const rows = await sql<EventRow>`select id, project_id, action, actor_type, actor_id, actor_label,
        target_type, target_id, target_label, summary, client_address, user_agent, request_id, created_at,
        tx_id::text as tx_id
      from audit_events
      where (tx_id, id) > (${position.tx_id}::xid8, ${position.event_id}::uuid)
        and tx_id < pg_snapshot_xmin(pg_current_snapshot()) ${inProjects}
      order by tx_id, id
      limit ${scope.batchSize}`.execute(db);
    const last = rows.rows.at(-1);
    if (!last) return [];
    const relayed = rows.rows.map(toRelayedEvent);
    // 3. the targets' writes, then the cursor, in the same transaction
    for (const target of targets) await target.relayInTransaction?.(tx, relayed);
    await sql`update event_relay_cursors
      set tx_id = ${last.tx_id}::xid8, event_id = ${last.id}, relayed_events = relayed_events + ${relayed.length},
          updated_at = now()
      where name = ${scope.cursor}`.execute(db);
    return relayed;
  });
  if (events === null) return { relayed: 0, busy: true };
  // 4. what lives outside PostgreSQL, once the events are relayed for good
  if (events.length > 0) {
    await Promise.all(
      targets.map((target) =>
        Promise.resolve(target.afterCommit?.(events)).catch((error: unknown) => onAfterCommitError(target, error)),
      ),
    );
  }
  return { relayed: events.length, busy: false };
}
