/**
 * Migration20261203061300_activity_partitions on a database that has activity already: the rows of
 * the retention's days move into day partitions (older ones, which the prune would have deleted,
 * do not), and the table takes new rows and replays as before. On a private PostgreSQL.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE } from '../../../src/database.js';
import { ensureDatabase, openOrm } from '../../../src/shared/orm.js';
import { ThrowawayPostgres } from '../../helpers/throwaway-services.js';

const DAY_MS = 86_400_000;
let server: ThrowawayPostgres | undefined;

beforeAll(async () => {
  server = await ThrowawayPostgres.create();
}, 60_000);

afterAll(async () => {
  await server?.destroy();
});

describe('converting usage_activity to daily partitions', () => {
  it('keeps the rows of the last 8 days, in their days, and drops older ones', async () => {
    const url = server!.url('latchkey_migration');
    await ensureDatabase(url);
    const orm = await openOrm(url, DATABASE);
    try {
      await orm.migrator.up({ to: 'Migration20261202235708_usage_notices' });
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const insert = (daysAgo: number) =>
          client.query(
            `insert into usage_activity (id, api_key_id, project_id, operation, operation_type, outcome, duration_ms, created_at)
             values ($1, $2, $3, 'Before', 'query', 'OK', 1, now() - make_interval(days => $4))`,
            [randomUUID(), randomUUID(), randomUUID(), daysAgo],
          );
        for (const daysAgo of [0, 1, 3, 7, 9, 12]) await insert(daysAgo);
        const applied = await orm.migrator.up();
        expect(applied.map((migration) => migration.name)).toContain('Migration20261203061300_activity_partitions');
        const { rows } = await client.query<{ partition: string; created_at: Date }>(
          'select tableoid::regclass::text as partition, created_at from usage_activity order by created_at desc',
        );
        // 0, 1, 3 and 7 days ago are kept; 9 and 12 days ago were past the retention.
        expect(rows).toHaveLength(4);
        for (const row of rows) {
          expect(row.partition).toBe(
            `usage_activity_p${row.created_at.toISOString().slice(0, 10).replaceAll('-', '')}`,
          );
          expect(Date.now() - row.created_at.getTime()).toBeLessThan(8 * DAY_MS);
        }
        const { rows: kind } = await client.query<{ kind: string }>(
          "select relkind::text as kind from pg_class where relname = 'usage_activity'",
        );
        expect(kind[0]?.kind).toBe('p');
        const { rows: old } = await client.query(
          "select 1 from pg_class where relname = 'usage_activity_unpartitioned'",
        );
        expect(old).toHaveLength(0);
      } finally {
        await client.end();
      }
    } finally {
      await orm.close();
    }
  }, 60_000);
});
