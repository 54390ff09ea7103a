/**
 * Activity that stays bounded (docs/scaling.md#activity-that-stays-bounded): `usage_activity` is
 * partitioned by day, partitions are created ahead and dropped whole past the retention, rows of a
 * day without a partition wait in the default one, and each key keeps its latest
 * `LATCHKEY_ACTIVITY_PER_KEY` rows while usage_stats stay exact.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  activityPartitionOf,
  createActivityPartitions,
  listActivityPartitions,
} from '../../../src/modules/usage/activity-partitions.js';
import { applyUsageBatch, pruneUsage } from '../../../src/modules/usage/usage-aggregation.js';
import type { UsageEvent } from '../../../src/modules/usage/usage-batch.js';
import { uuidv7 } from '../../../src/shared/ids.js';
import { graphql } from '../../helpers/gql/index.js';
import { dataOf } from '../../helpers/harness.js';
import { seedProject } from '../../helpers/seed.js';
import { countedRequests, startUsageServer, type UsageTestServer } from './usage-harness.js';

const DAY_MS = 86_400_000;
const CAP = 5;

let server: UsageTestServer;
beforeAll(async () => {
  server = await startUsageServer({ workers: false, config: { usage: { activityPerKey: CAP } } });
});
afterAll(async () => {
  await server?.close();
});

function events(keyId: string, count: number, at: number, projectId = randomUUID()): UsageEvent[] {
  return Array.from({ length: count }, (_, index) => ({
    id: uuidv7(at + index),
    keyId,
    projectId,
    environment: 'LIVE' as const,
    operation: 'Capped',
    operationType: 'query',
    outcome: 'OK',
    durationMs: 2,
    at: at + index,
    clientAddress: '192.0.2.7',
  }));
}

async function activityIds(keyId: string): Promise<string[]> {
  const rows = await server.orm.em
    .fork()
    .execute<{ id: string }[]>('select id from usage_activity where api_key_id = ? order by id desc', [keyId]);
  return rows.map((row) => row.id);
}

describe('usage_activity in daily partitions', () => {
  it('is a partitioned table with a default partition and the days around today', async () => {
    const em = server.orm.em.fork();
    const [table] = await em.execute<{ kind: string }[]>(
      "select relkind::text as kind from pg_class where relname = 'usage_activity' and relnamespace = current_schema()::regnamespace",
    );
    expect(table?.kind).toBe('p');
    await pruneUsage(em);
    const partitions = await listActivityPartitions(em);
    for (let day = 0; day <= 2; day += 1) {
      expect(partitions).toContain(activityPartitionOf(new Date(Date.now() + day * DAY_MS)));
    }
    const [fallback] = await em.execute<{ n: number }[]>(
      "select count(*)::int as n from pg_class where relname = 'usage_activity_default'",
    );
    expect(fallback?.n).toBe(1);
  });

  it('drops a day past the retention whole and keeps the rest', async () => {
    const project = await seedProject(server);
    const keyId = project.defaultKey.id;
    const em = server.orm.em.fork();
    // A partition of 10 days ago, as a worker that ran then would have made it.
    await createActivityPartitions(em, new Date(Date.now() - 10 * DAY_MS));
    const oldDay = activityPartitionOf(new Date(Date.now() - 10 * DAY_MS));
    expect(await listActivityPartitions(em)).toContain(oldDay);
    await applyUsageBatch(em.fork(), { batchId: randomUUID(), events: events(keyId, 2, Date.now() - 10 * DAY_MS) });
    await applyUsageBatch(em.fork(), { batchId: randomUUID(), events: events(keyId, 1, Date.now() - 6 * DAY_MS) });
    expect(await activityIds(keyId)).toHaveLength(3);

    const pruned = await pruneUsage(em.fork());
    expect(pruned.dropped).toContain(oldDay);
    expect(await listActivityPartitions(em)).not.toContain(oldDay);
    expect(await activityIds(keyId)).toHaveLength(1);
    // usage_stats are not activity: all 3 requests stay counted.
    expect(await countedRequests(server.orm, keyId)).toBe(3);
  });

  it('drops a past day the cap has emptied at once, and never today or a coming day', async () => {
    const em = server.orm.em.fork();
    const threeDaysAgo = new Date(Date.now() - 3 * DAY_MS);
    await createActivityPartitions(em, threeDaysAgo);
    const empty = activityPartitionOf(threeDaysAgo);
    await em.execute(`delete from "${empty}"`);
    const pruned = await pruneUsage(em.fork());
    expect(pruned.dropped).toContain(empty);
    const left = await listActivityPartitions(em);
    for (let day = 0; day <= 2; day += 1) {
      expect(left).toContain(activityPartitionOf(new Date(Date.now() + day * DAY_MS)));
    }
  });

  it('moves rows of a day without a partition out of the default partition when the day is created', async () => {
    const project = await seedProject(server);
    const keyId = project.defaultKey.id;
    // A day far ahead that no earlier run created (the database outlives runs); dropped at the end.
    const later = Date.now() + (30 + Math.floor(Math.random() * 3000)) * DAY_MS;
    const em = server.orm.em.fork();
    await applyUsageBatch(em.fork(), { batchId: randomUUID(), events: events(keyId, 2, later) });
    const where = async () =>
      (
        await em.execute<{ partition: string }[]>(
          'select tableoid::regclass::text as partition from usage_activity where api_key_id = ?',
          [keyId],
        )
      ).map((row) => row.partition);
    expect(await where()).toEqual(['usage_activity_default', 'usage_activity_default']);
    const created = await createActivityPartitions(em, new Date(later));
    const day = activityPartitionOf(new Date(later));
    expect(await where()).toEqual([day, day]);
    for (const name of created) await em.execute(`drop table "${name}"`);
  });
});

describe('LATCHKEY_ACTIVITY_PER_KEY', () => {
  it('keeps the latest N rows of a key while usage_stats and usageCount count every request', async () => {
    const project = await seedProject(server);
    const keyId = project.defaultKey.id;
    const start = Date.now() - 60_000;
    const all: UsageEvent[] = [];
    for (let batch = 0; batch < 4; batch += 1) {
      const some = events(keyId, 4, start + batch * 100);
      all.push(...some);
      const applied = await applyUsageBatch(
        server.orm.em.fork(),
        { batchId: randomUUID(), events: some },
        { activityPerKey: CAP },
      );
      expect(applied.applied).toBe(true);
    }
    const newest = all
      .map((event) => event.id)
      .sort()
      .reverse()
      .slice(0, CAP);
    expect(await activityIds(keyId)).toEqual(newest);
    expect(await countedRequests(server.orm, keyId)).toBe(16);

    // The same events again (a new batch id) add no activity row; the same batch again adds nothing at all.
    const replay = { batchId: randomUUID(), events: all.slice(-4) };
    await applyUsageBatch(server.orm.em.fork(), replay, { activityPerKey: CAP });
    const again = await applyUsageBatch(server.orm.em.fork(), replay, { activityPerKey: CAP });
    expect(again.applied).toBe(false);
    expect(await activityIds(keyId)).toEqual(newest);

    // The list shows the latest N at most.
    const listed = dataOf(
      await server.gql(
        graphql(
          `query CappedActivity($id: ID!) { apiKey(id: $id) { usageCount recentActivity(first: 50) { totalCount edges { node { id } } } } }`,
        ),
        { id: keyId },
        { token: project.owner.token },
      ),
    ).apiKey!.recentActivity!;
    expect(listed.totalCount).toBeLessThanOrEqual(CAP);
    expect(listed.edges.map((edge) => edge.node.id)).toEqual(newest.slice(0, listed.totalCount));
  });
});
