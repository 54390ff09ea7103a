/**
 * Applies a batch of usage events to PostgreSQL in one transaction: the batch marker, the hour and
 * day buckets of `usage_stats`, the activity rows, and `api_keys.last_used_at` / `usage_count`.
 * Run by the usage worker, and by an API process that cannot reach Redis.
 *
 * Idempotent: the batch id is inserted first; when it is already there the transaction does
 * nothing, so a retried job or a batch that reached both Redis and PostgreSQL counts once.
 * Statements are a fixed handful per batch whatever its size (rows travel as one JSON parameter),
 * and rows are written in key order so concurrent batches lock in the same order. They run through
 * the transaction's Kysely instance with real bind parameters: the ORM's raw `execute` would
 * quote and escape each JSON text into the statement, character by character.
 */
import { sql } from 'kysely';
import { uuidv7 } from '../../shared/ids.js';
import type { EntityManager } from '../../shared/orm.js';
import { createActivityPartitions, dropExpiredActivity } from './activity-partitions.js';
import type { UsageBatchPayload, UsageEvent } from './usage-batch.js';
import { ACTIVITY_RETENTION_DAYS, DEFAULT_USAGE_OPTIONS } from './usage-options.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

export interface StatRow {
  api_key_id: string;
  operation: string;
  bucket_size: 'HOUR' | 'DAY';
  bucket_start: string;
  requests: number;
  ok: number;
  errors: number;
  denied: number;
  rate_limited: number;
  total_duration_ms: number;
}

export interface AppliedBatch {
  /** False when the batch had been applied before (nothing changed). */
  applied: boolean;
  events: number;
}

/** The ISO text of the bucket holding `at`; `texts` remembers them (a batch spans few buckets). */
function bucketStart(at: number, size: 'HOUR' | 'DAY', texts: Map<number, string>): string {
  const span = size === 'HOUR' ? HOUR_MS : DAY_MS;
  const start = Math.floor(at / span) * span;
  let text = texts.get(start);
  if (text === undefined) {
    text = new Date(start).toISOString();
    texts.set(start, text);
  }
  return text;
}

export function aggregate(events: UsageEvent[]): StatRow[] {
  const rows = new Map<string, StatRow>();
  const texts = new Map<number, string>();
  for (const event of events) {
    for (const size of ['HOUR', 'DAY'] as const) {
      const start = bucketStart(event.at, size, texts);
      const id = `${event.keyId}\u0000${event.operation}\u0000${size}\u0000${start}`;
      let row = rows.get(id);
      if (!row) {
        row = {
          api_key_id: event.keyId,
          operation: event.operation,
          bucket_size: size,
          bucket_start: start,
          requests: 0,
          ok: 0,
          errors: 0,
          denied: 0,
          rate_limited: 0,
          total_duration_ms: 0,
        };
        rows.set(id, row);
      }
      row.requests += 1;
      row.total_duration_ms += event.durationMs;
      if (event.outcome === 'OK') row.ok += 1;
      else if (event.outcome === 'ERROR') row.errors += 1;
      else if (event.outcome === 'DENIED') row.denied += 1;
      else row.rate_limited += 1;
    }
  }
  return [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
}

export function perKey(events: UsageEvent[]): { id: string; requests: number; last_used_at: string }[] {
  const keys = new Map<string, { requests: number; last: number }>();
  for (const event of events) {
    const entry = keys.get(event.keyId) ?? { requests: 0, last: 0 };
    entry.requests += 1;
    entry.last = Math.max(entry.last, event.at);
    keys.set(event.keyId, entry);
  }
  return [...keys.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([id, entry]) => ({ id, requests: entry.requests, last_used_at: new Date(entry.last).toISOString() }));
}

/** Per key and credits version: the latest period's lowest count (counts only fall within a period). */
export function creditsPerKey(events: readonly UsageEvent[]) {
  const best = new Map<string, { key_id: string; version: number; remaining: number; period: string }>();
  for (const event of events) {
    if (!event.credits) continue;
    const { version, remaining, period } = event.credits;
    const id = `${event.keyId}:${version}`;
    const known = best.get(id);
    if (!known || period > known.period || (period === known.period && remaining < known.remaining)) {
      best.set(id, { key_id: event.keyId, version, remaining, period });
    }
  }
  return [...best.values()];
}

export interface ApplyOptions {
  /** `LATCHKEY_ACTIVITY_PER_KEY`: activity rows kept per key. */
  activityPerKey?: number;
}

/** A key's activity is trimmed each time its request count passes a multiple of this. */
export function activityTrimStep(activityPerKey: number): number {
  return Math.max(1, Math.ceil(activityPerKey / 10));
}

export async function applyUsageBatch(
  em: EntityManager,
  batch: UsageBatchPayload,
  options: ApplyOptions = {},
): Promise<AppliedBatch> {
  const activityPerKey = options.activityPerKey ?? DEFAULT_USAGE_OPTIONS.activityPerKey;
  return em.transactional(async (tx) => {
    const db = tx.getKysely();
    // 1. claim the batch: a second delivery stops here
    const claimed = await sql<{ id: string }>`insert into usage_batches (id, events, applied_at)
       values (${batch.batchId}, ${batch.events.length}, now()) on conflict (id) do nothing returning id`.execute(db);
    if (claimed.rows.length === 0) return { applied: false, events: batch.events.length };

    // 2. hour and day buckets per key × operation; project and environment come from the key row
    //    (events of a key that no longer exists are dropped by the join instead of failing the batch)
    await sql`insert into usage_stats (id, project_id, api_key_id, environment, operation, bucket_size, bucket_start,
         requests, ok, errors, denied, rate_limited, total_duration_ms)
       select gen_random_uuid(), k.project_id, v.api_key_id, k.environment, v.operation, v.bucket_size, v.bucket_start,
         v.requests, v.ok, v.errors, v.denied, v.rate_limited, v.total_duration_ms
       from jsonb_to_recordset(${JSON.stringify(aggregate(batch.events))}::jsonb) as v(api_key_id uuid, operation text, bucket_size text, bucket_start timestamptz,
         requests int, ok int, errors int, denied int, rate_limited int, total_duration_ms bigint)
       join api_keys k on k.id = v.api_key_id
       order by v.api_key_id, v.operation, v.bucket_size, v.bucket_start
       on conflict (api_key_id, operation, bucket_size, bucket_start) do update set
         requests = usage_stats.requests + excluded.requests,
         ok = usage_stats.ok + excluded.ok,
         errors = usage_stats.errors + excluded.errors,
         denied = usage_stats.denied + excluded.denied,
         rate_limited = usage_stats.rate_limited + excluded.rate_limited,
         total_duration_ms = usage_stats.total_duration_ms + excluded.total_duration_ms`.execute(db);

    // 3. recent activity, one row per event (ids and times are the events' own, so a replay adds
    //    nothing); the table is partitioned by day, hence the key (id, created_at)
    const activity = JSON.stringify(
      batch.events.map((event) => ({
        id: event.id,
        key_id: event.keyId,
        operation: event.operation,
        operation_type: event.operationType,
        outcome: event.outcome,
        duration_ms: event.durationMs,
        client_address: event.clientAddress,
        at: event.at,
      })),
    );
    await sql`insert into usage_activity (id, api_key_id, project_id, operation, operation_type, outcome, duration_ms,
         client_address, created_at)
       select v.id, v.key_id, k.project_id, v.operation, v.operation_type, v.outcome, v.duration_ms, v.client_address,
         to_timestamp(v.at / 1000.0)
       from jsonb_to_recordset(${activity}::jsonb) as v(id uuid, key_id uuid, operation text, operation_type text, outcome text,
         duration_ms int, client_address text, at bigint)
       join api_keys k on k.id = v.key_id
       on conflict (id, created_at) do nothing`.execute(db);

    // 4. last use and request count: one UPDATE for the whole batch, rows locked in id order
    const keys = perKey(batch.events);
    await sql`with v as (
         select * from jsonb_to_recordset(${JSON.stringify(keys)}::jsonb) as x(id uuid, requests int, last_used_at timestamptz)
       ), locked as (
         select k.id from api_keys k join v on v.id = k.id order by k.id for update of k
       )
       update api_keys k set
         usage_count = k.usage_count + v.requests,
         last_used_at = greatest(k.last_used_at, v.last_used_at)
       from v join locked on locked.id = v.id
       where k.id = v.id`.execute(db);

    // 4b. the activity cap: a key whose request count has just passed a tenth of the cap keeps its
    //     latest `activityPerKey` rows (ids sort by time); between trims a key holds at most a tenth
    //     more, which lists never show (usage.service.ts). usage_stats above are not touched.
    const step = activityTrimStep(activityPerKey);
    await sql`with v as (
         select * from jsonb_to_recordset(${JSON.stringify(keys)}::jsonb) as x(id uuid, requests int)
       ), due as (
         select k.id from api_keys k join v on v.id = k.id
         where k.usage_count > ${activityPerKey}
           and k.usage_count / ${step} <> (k.usage_count - v.requests) / ${step}
       ), edge as materialized (
         -- materialized: computed once per key, not once per row the DELETE visits
         select due.id, (select a.id from usage_activity a where a.api_key_id = due.id
           order by a.id desc offset ${activityPerKey} limit 1) as newest_dropped
         from due
       )
       delete from usage_activity a using edge
       where a.api_key_id = edge.id and edge.newest_dropped is not null and a.id <= edge.newest_dropped`.execute(db);

    // 5. credits: the count Redis holds, persisted for its lineage (the last period's lowest count)
    const credits = creditsPerKey(batch.events);
    if (credits.length > 0) {
      await sql`with v as (
           select * from jsonb_to_recordset(${JSON.stringify(credits)}::jsonb) as x(key_id uuid, version int, remaining int, period text)
         ), targets as (
           select k.id, v.version, v.remaining, nullif(v.period, '') as period
           from v join api_keys s on s.id = v.key_id join api_keys k on k.lineage_id = s.lineage_id
         ), locked as (
           select k.id from api_keys k join targets t on t.id = k.id order by k.id for update of k
         )
         update api_keys k set
           credits_remaining = case when k.credits_period is not distinct from t.period
             then least(k.credits_remaining, t.remaining) else t.remaining end,
           credits_period = t.period
         from targets t join locked on locked.id = t.id
         where k.id = t.id and k.credits_version = t.version and k.credits_remaining is not null
           and (k.credits_period is null or t.period is null or k.credits_period <= t.period)`.execute(db);
    }
    // 6. usage.rate_limited and usage.credits_exhausted, each once per key and window (the outbox)
    await raiseUsageNotices(tx, batch.events);
    return { applied: true, events: batch.events.length };
  });
}

export interface UsageNoticeCandidate {
  key_id: string;
  kind: 'usage.rate_limited' | 'usage.credits_exhausted';
  window: string;
  at: number;
}

/**
 * What a batch may raise: a key's first 429 of a rate-limit window (named by its reset, unix
 * seconds) and the request that spent a key's last credit (named by the credits' version and
 * refill period). One candidate per key and window, the earliest.
 */
export function usageNoticesOf(events: readonly UsageEvent[]): UsageNoticeCandidate[] {
  const found = new Map<string, UsageNoticeCandidate>();
  const offer = (candidate: UsageNoticeCandidate) => {
    const id = `${candidate.key_id}\u0000${candidate.kind}\u0000${candidate.window}`;
    const known = found.get(id);
    if (!known || candidate.at < known.at) found.set(id, candidate);
  };
  for (const event of events) {
    if (event.outcome === 'RATE_LIMITED' && event.rateLimitReset) {
      offer({ key_id: event.keyId, kind: 'usage.rate_limited', window: String(event.rateLimitReset), at: event.at });
    }
    if (event.credits && event.credits.remaining <= 0) {
      const window = `${event.credits.version}:${event.credits.period}`;
      offer({ key_id: event.keyId, kind: 'usage.credits_exhausted', window, at: event.at });
    }
  }
  return [...found.values()].sort((a, b) => (a.key_id < b.key_id ? -1 : a.key_id > b.key_id ? 1 : a.at - b.at));
}

/**
 * Records the batch's notices not raised before and writes their audit events, which the event
 * relay hands to webhooks and subscriptions. A minute window's reset is read from its counter's
 * expiry, so the same window may be named a second apart: a notice within two seconds of a
 * raised one is the same window.
 */
async function raiseUsageNotices(tx: EntityManager, events: readonly UsageEvent[]) {
  const db = tx.getKysely();
  const candidates = usageNoticesOf(events);
  if (candidates.length === 0) return;
  const raised = await sql<{ key_id: string; kind: string; window: string }>`with v as (
       select * from jsonb_to_recordset(${JSON.stringify(candidates)}::jsonb) as x(key_id uuid, kind text, "window" text, at bigint)
     )
     insert into usage_notices (api_key_id, kind, "window", created_at)
     select v.key_id, v.kind, v."window", now() from v
     join api_keys k on k.id = v.key_id
     where not exists (
       select 1 from usage_notices n where n.api_key_id = v.key_id and n.kind = v.kind and (
         n."window" = v."window" or (v.kind = 'usage.rate_limited' and n."window" ~ '^[0-9]+$'
           and abs(n."window"::bigint - v."window"::bigint) <= 2)))
     on conflict do nothing
     returning api_key_id as key_id, kind, "window"`.execute(db);
  if (raised.rows.length === 0) return;
  const firstAt = new Map(candidates.map((c) => [`${c.key_id}\u0000${c.kind}\u0000${c.window}`, c.at]));
  const audits = raised.rows.map((row) => {
    const at = firstAt.get(`${row.key_id}\u0000${row.kind}\u0000${row.window}`) ?? Date.now();
    const summary =
      row.kind === 'usage.rate_limited'
        ? {
            windowResetAt: new Date(Number(row.window) * 1000).toISOString(),
            firstRefusedAt: new Date(at).toISOString(),
          }
        : {
            creditsPeriod: row.window.slice(row.window.indexOf(':') + 1) || null,
            exhaustedAt: new Date(at).toISOString(),
          };
    return { id: uuidv7(at), key_id: row.key_id, action: row.kind, summary };
  });
  await sql`insert into audit_events (id, project_id, action, actor_type, actor_id, actor_label, target_type, target_id,
       target_label, summary, created_at)
     select v.id, k.project_id, v.action, 'SYSTEM', null, 'usage worker', 'api_key', k.id::text, k.name, v.summary, now()
     from jsonb_to_recordset(${JSON.stringify(audits)}::jsonb) as v(id uuid, key_id uuid, action text, summary jsonb)
     join api_keys k on k.id = v.key_id
     order by v.id`.execute(db);
}

export interface PruneResult {
  /** Activity partitions created ahead. */
  created: string[];
  /** Activity partitions dropped whole, past the retention. */
  dropped: string[];
  /** Rows deleted: old batch markers and notices, and stragglers of the default partition. */
  deleted: number;
}

/**
 * The usage worker's upkeep: creates the coming days' activity partitions, drops those past the
 * retention (activity-partitions.ts), and deletes batch markers old enough that no job can still
 * be retried (in slices, so a large backlog never holds long locks) and old notices.
 */
export async function pruneUsage(em: EntityManager, now = new Date()): Promise<PruneResult> {
  const cutoff = new Date(now.getTime() - ACTIVITY_RETENTION_DAYS * DAY_MS);
  const created = await createActivityPartitions(em, now);
  const activity = await dropExpiredActivity(em, now);
  let deleted = activity.deleted;
  for (;;) {
    const result = await em.execute<{ affectedRows: number }>(
      'delete from usage_batches where id in (select id from usage_batches where applied_at < ? limit 5000)',
      [cutoff],
      'run',
    );
    deleted += result.affectedRows;
    if (result.affectedRows < 5000) break;
  }
  // Notices are few (one per key and window): they go in one statement.
  const notices = await em.execute<{ affectedRows: number }>(
    'delete from usage_notices where created_at < ?',
    [cutoff],
    'run',
  );
  return { created, dropped: activity.dropped, deleted: deleted + notices.affectedRows };
}
