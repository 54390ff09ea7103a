/**
 * `npm run bench:activity`: does `usage_activity` stay bounded? Usage events of many keys, spread
 * over simulated days that end today, go through the usage worker's own code (`applyUsageBatch`,
 * batches of 500, two at a time as a worker's concurrency), and each simulated day ends with the
 * worker's upkeep (`pruneUsage`: partitions created ahead, days past the retention dropped whole).
 * After each day it prints the activity rows, the table's size (every partition, with indexes) and
 * what the upkeep cost; at the end, the same rows in a table as it was before partitioning (one
 * table, its old indexes) deleted the old way (`DELETE` in slices of 5,000), next to the drop.
 *
 * Environment: BENCH_ACTIVITY_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/latchkey_bench_activity,
 * created and migrated if missing, its activity emptied first), BENCH_ACTIVITY_EVENTS (default 10,000,000),
 * BENCH_ACTIVITY_KEYS (default 1,000), BENCH_ACTIVITY_DAYS (default 12), BENCH_ACTIVITY_PER_KEY
 * (default 1,000: `LATCHKEY_ACTIVITY_PER_KEY`).
 */
import { randomUUID } from 'node:crypto';
import { openOrm, prepareDatabase } from '../src/database.js';
import {
  activityPartitionOf,
  createActivityPartitions,
  listActivityPartitions,
} from '../src/modules/usage/activity-partitions.js';
import { applyUsageBatch, pruneUsage } from '../src/modules/usage/usage-aggregation.js';
import type { UsageEvent } from '../src/modules/usage/usage-batch.js';
import { uuidv7 } from '../src/shared/ids.js';
import type { EntityManager } from '../src/shared/orm.js';
import { requestStore } from '../src/shared/request-store.js';

const DATABASE_URL =
  process.env.BENCH_ACTIVITY_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/latchkey_bench_activity';
const EVENTS = Number(process.env.BENCH_ACTIVITY_EVENTS ?? 10_000_000);
const KEYS = Number(process.env.BENCH_ACTIVITY_KEYS ?? 1000);
const DAYS = Number(process.env.BENCH_ACTIVITY_DAYS ?? 12);
const PER_KEY = Number(process.env.BENCH_ACTIVITY_PER_KEY ?? 1000);
const BATCH = 500;
const CONCURRENCY = 2;
const DAY_MS = 86_400_000;

if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(new URL(DATABASE_URL).hostname)) {
  throw new Error(`The benchmark talks to 127.0.0.1 only; ${DATABASE_URL} is elsewhere.`);
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** A user, a project and `KEYS` keys, straight into the tables (the keys are never presented). */
async function seedKeys(em: EntityManager): Promise<{ projectId: string; keyIds: string[] }> {
  const userId = randomUUID();
  const projectId = randomUUID();
  await em.execute(
    `insert into users (id, email, display_name, password_hash, created_at) values (?, ?, 'Bench', 'x', now())`,
    [userId, `activity-${userId}@example.test`],
  );
  await em.execute(
    `insert into projects (id, name, plan, created_by_id, created_at, updated_at) values (?, 'Activity bench', 'ENTERPRISE', ?, now(), now())`,
    [projectId, userId],
  );
  const keyIds = Array.from({ length: KEYS }, () => randomUUID());
  await em.execute(
    `insert into api_keys (id, project_id, name, environment, key_hash, preview, created_at, updated_at, lineage_id)
     select k, ?, 'bench key ' || k::text, 'LIVE', md5(k::text), 'lk_bench', now(), now(), k from unnest(?::uuid[]) as k`,
    [projectId, `{${keyIds.join(',')}}`],
  );
  return { projectId, keyIds };
}

async function activitySize(em: EntityManager): Promise<{ rows: number; bytes: number; partitions: number }> {
  const [size] = await em.execute<{ bytes: string; partitions: number }[]>(
    `select coalesce(sum(pg_total_relation_size(relid)), 0)::bigint as bytes, count(*) filter (where isleaf)::int as partitions
     from pg_partition_tree('usage_activity')`,
  );
  const [count] = await em.execute<{ n: number }[]>('select count(*)::int as n from usage_activity');
  return { rows: Number(count?.n ?? 0), bytes: Number(size?.bytes ?? 0), partitions: Number(size?.partitions ?? 0) };
}

async function main() {
  const started = performance.now();
  console.log('Latchkey activity benchmark: usage_activity in daily partitions, capped per key');
  console.log(
    `${EVENTS.toLocaleString('en')} events, ${KEYS} keys, ${DAYS} simulated days ending today, LATCHKEY_ACTIVITY_PER_KEY ${PER_KEY}, batches of ${BATCH}, ${CONCURRENCY} at a time\n`,
  );
  await prepareDatabase(DATABASE_URL);
  const orm = await openOrm(DATABASE_URL);
  await requestStore.run({ requestId: 'bench-activity', statements: 0 }, async () => {
    const em = orm.em.fork();
    await em.execute('truncate usage_activity');
    const { projectId, keyIds } = await seedKeys(em);
    const today = Math.floor(Date.now() / DAY_MS) * DAY_MS;
    const perDay = Math.ceil(EVENTS / DAYS);
    let sent = 0;
    let applyMs = 0;
    console.log('day         events     rows kept   size (all partitions)  partitions  upkeep (create + drop)');
    for (let day = 0; day < DAYS; day += 1) {
      const dayStart = today - (DAYS - 1 - day) * DAY_MS;
      await createActivityPartitions(orm.em.fork(), new Date(dayStart));
      const count = Math.min(perDay, EVENTS - sent);
      const spacing = DAY_MS / Math.max(1, count);
      let next = 0;
      const applyStarted = performance.now();
      const lane = async () => {
        while (next < count) {
          const from = next;
          next = Math.min(count, next + BATCH);
          const events: UsageEvent[] = [];
          for (let index = from; index < next; index += 1) {
            const at = Math.floor(dayStart + index * spacing);
            events.push({
              id: uuidv7(at),
              keyId: keyIds[(sent + index) % KEYS] as string,
              projectId,
              environment: 'LIVE',
              operation: 'BenchActivity',
              operationType: 'query',
              outcome: 'OK',
              durationMs: 3,
              at,
              clientAddress: '192.0.2.10',
            });
          }
          await applyUsageBatch(orm.em.fork(), { batchId: randomUUID(), events }, { activityPerKey: PER_KEY });
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, lane));
      applyMs += performance.now() - applyStarted;
      sent += count;
      // The day's end: the worker's upkeep, as its scheduler runs it.
      const upkeepStarted = performance.now();
      const pruned = await pruneUsage(orm.em.fork(), new Date(dayStart + DAY_MS - 1));
      const upkeepMs = performance.now() - upkeepStarted;
      const size = await activitySize(em);
      console.log(
        [
          new Date(dayStart).toISOString().slice(0, 10),
          count.toLocaleString('en').padStart(12),
          size.rows.toLocaleString('en').padStart(12),
          mib(size.bytes).padStart(22),
          String(size.partitions).padStart(11),
          `  ${seconds(upkeepMs)}${pruned.dropped.length > 0 ? ` (dropped ${pruned.dropped.join(', ')})` : ''}`,
        ].join(' '),
      );
    }
    const [stats] = await em.execute<{ n: string }[]>(
      "select coalesce(sum(requests), 0)::bigint as n from usage_stats where project_id = ? and bucket_size = 'DAY'",
      [projectId],
    );
    console.log(
      `\napplied ${sent.toLocaleString('en')} events in ${seconds(applyMs)} (${Math.round(sent / (applyMs / 1000)).toLocaleString('en')} events/s, the activity cap's trims included); usage_stats count ${Number(stats?.n).toLocaleString('en')} (exact: ${Number(stats?.n) === sent ? 'yes' : 'NO'})`,
    );
    console.log(
      `bound: ${KEYS} keys × ${PER_KEY} rows (+ a tenth between trims) = at most ${Math.round(KEYS * PER_KEY * 1.1).toLocaleString('en')} rows, whatever the event count`,
    );

    // Retention's cost: one day of events without any cap (today's code keeps them all), as the
    // plain table it was before partitioning (its old indexes) deleted the old way (DELETE in
    // slices of 5,000), against the same rows as a day partition, dropped.
    const dayRows = Number(process.env.BENCH_ACTIVITY_DAY_ROWS ?? perDay);
    const fill = (table: string, dayStart: number) =>
      em.execute(
        `insert into "${table}" (id, api_key_id, project_id, operation, operation_type, outcome, duration_ms, client_address, created_at)
         select gen_random_uuid(), (?::uuid[])[1 + i % ${KEYS}], ?, 'BenchActivity', 'query', 'OK', 3, '192.0.2.10',
           to_timestamp(? / 1000.0) + (i * (86400.0 / ${dayRows})) * interval '1 second'
         from generate_series(0, ${dayRows - 1}) as i`,
        [`{${keyIds.join(',')}}`, projectId, dayStart],
        'run',
      );
    await em.execute('drop table if exists bench_activity_legacy');
    await em.execute(
      `create table bench_activity_legacy (like usage_activity including defaults including constraints)`,
    );
    await em.execute('alter table bench_activity_legacy add primary key (id)');
    await em.execute('create index on bench_activity_legacy (api_key_id, id)');
    await em.execute('create index on bench_activity_legacy (created_at)');
    const pastDay = today - 30 * DAY_MS;
    await fill('bench_activity_legacy', pastDay);
    // A day partition far ahead, holding the same rows.
    const futureDay = today + 400 * DAY_MS;
    const [partition] = await createActivityPartitions(em, new Date(futureDay));
    if (!partition) throw new Error('the future day partition exists already');
    await fill(partition, futureDay);
    await em.execute('analyze bench_activity_legacy');
    const [legacy] = await em.execute<{ bytes: string }[]>(
      `select pg_total_relation_size('bench_activity_legacy')::bigint as bytes`,
    );
    const deleteStarted = performance.now();
    let deleted = 0;
    for (;;) {
      const result = await em.execute<{ affectedRows: number }>(
        'delete from bench_activity_legacy where id in (select id from bench_activity_legacy where created_at < ? limit 5000)',
        [new Date(pastDay + DAY_MS)],
        'run',
      );
      deleted += result.affectedRows;
      if (result.affectedRows < 5000) break;
    }
    const deleteMs = performance.now() - deleteStarted;
    const dropStarted = performance.now();
    await em.execute(`drop table "${partition}"`);
    const dropMs = performance.now() - dropStarted;
    console.log(
      `\nretention of one uncapped day (${deleted.toLocaleString('en')} rows, ${mib(Number(legacy?.bytes))} with indexes): DELETE in slices of 5,000 ${seconds(deleteMs)} (and VACUUM's work after it); DROP of its partition ${seconds(dropMs)}`,
    );
    await em.execute('drop table bench_activity_legacy');
    for (const name of await listActivityPartitions(em)) {
      if (name > activityPartitionOf(new Date(today + 10 * DAY_MS))) await em.execute(`drop table "${name}"`);
    }
    // Leave the database as a worker would: today's and the coming days' partitions.
    await createActivityPartitions(em);
  });
  await orm.close();
  console.log(`\ntook ${seconds(performance.now() - started)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
