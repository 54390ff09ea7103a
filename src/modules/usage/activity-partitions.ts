/**
 * Upkeep of `usage_activity`, partitioned by UTC day on `created_at`
 * (Migration20261203061300_activity_partitions): the usage worker's prune job creates the coming
 * days' partitions ahead of time and drops each day's partition whole once all of it is past the
 * retention, so no DELETE ever walks the table. Rows of a day that had no partition yet (a worker
 * down for days) wait in the default partition; creating their day moves them in, and the prune
 * deletes the default partition's old ones (it stays small).
 */
import type { EntityManager } from '../../shared/orm.js';
import { ACTIVITY_RETENTION_DAYS } from './usage-options.js';

const DAY_MS = 86_400_000;
const PARTITION = /^usage_activity_p(\d{4})(\d{2})(\d{2})$/;
export const ACTIVITY_DEFAULT_PARTITION = 'usage_activity_default';
/** Days created ahead of today (UTC). */
export const ACTIVITY_DAYS_AHEAD = 2;

/** `usage_activity_pYYYYMMDD` of the UTC day holding `at`. */
export function activityPartitionOf(at: Date): string {
  return `usage_activity_p${at.toISOString().slice(0, 10).replaceAll('-', '')}`;
}

function dayOf(name: string): number | null {
  const match = PARTITION.exec(name);
  return match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : null;
}

/** The day partitions of `usage_activity` (not the default one), oldest first. */
export async function listActivityPartitions(em: EntityManager): Promise<string[]> {
  const rows = await em.execute<{ name: string }[]>(
    `select c.relname as name from pg_inherits i
       join pg_class c on c.oid = i.inhrelid
       join pg_class parent on parent.oid = i.inhparent
     where parent.relname = 'usage_activity' and parent.relnamespace = current_schema()::regnamespace`,
  );
  return rows
    .map((row) => row.name)
    .filter((name) => PARTITION.test(name))
    .sort();
}

/**
 * Creates the partitions of today and the next `ACTIVITY_DAYS_AHEAD` days that are missing, each
 * in one transaction that moves that day's rows out of the default partition first (PostgreSQL
 * refuses a partition whose rows sit in the default one). Returns the partitions created.
 */
export async function createActivityPartitions(em: EntityManager, now = new Date()): Promise<string[]> {
  const existing = new Set(await listActivityPartitions(em));
  const created: string[] = [];
  const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  for (let day = today; day <= today + ACTIVITY_DAYS_AHEAD * DAY_MS; day += DAY_MS) {
    const name = activityPartitionOf(new Date(day));
    if (existing.has(name)) continue;
    const from = new Date(day).toISOString();
    const to = new Date(day + DAY_MS).toISOString();
    await em.transactional(async (tx) => {
      await tx.execute(
        `create temporary table usage_activity_moving on commit drop as
           with moved as (delete from ${ACTIVITY_DEFAULT_PARTITION} where created_at >= ? and created_at < ? returning *)
           select * from moved`,
        [from, to],
        'run',
      );
      await tx.execute(
        `create table if not exists "${name}" partition of usage_activity for values from ('${from}') to ('${to}')`,
        [],
        'run',
      );
      await tx.execute('insert into usage_activity select * from usage_activity_moving', [], 'run');
    });
    created.push(name);
  }
  return created;
}

/**
 * Drops the partitions of days wholly older than the retention (`ACTIVITY_RETENTION_DAYS`), and
 * those of past days left without a row (the per-key cap trims a busy key's older rows, which
 * empties its older days: dropping them returns their space at once, where a DELETE leaves it to
 * VACUUM), and deletes the default partition's rows past the retention. Today's and later days'
 * partitions are kept. Returns the partitions dropped and the rows deleted.
 */
export async function dropExpiredActivity(
  em: EntityManager,
  now = new Date(),
): Promise<{ dropped: string[]; deleted: number }> {
  const cutoff = now.getTime() - ACTIVITY_RETENTION_DAYS * DAY_MS;
  const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  const dropped: string[] = [];
  for (const name of await listActivityPartitions(em)) {
    const day = dayOf(name);
    if (day === null || day >= today) continue;
    if (day + DAY_MS > cutoff) {
      const [live] = await em.execute<{ found: boolean }[]>(`select exists (select 1 from "${name}") as found`);
      if (live?.found !== false) continue;
    }
    // A plain DROP takes the parent's lock for an instant; no row is read or deleted. A late event
    // of a dropped day lands in the default partition.
    await em.execute(`drop table if exists "${name}"`, [], 'run');
    dropped.push(name);
  }
  const result = await em.execute<{ affectedRows: number }>(
    `delete from ${ACTIVITY_DEFAULT_PARTITION} where created_at < ?`,
    [new Date(cutoff)],
    'run',
  );
  return { dropped, deleted: result.affectedRows };
}
