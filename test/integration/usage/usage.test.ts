import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKey } from '../../../src/modules/api-keys/api-keys.entity.js';
import { applyUsageBatch, pruneUsage } from '../../../src/modules/usage/usage-aggregation.js';
import type { UsageEvent } from '../../../src/modules/usage/usage-batch.js';
import { uuidv7 } from '../../../src/shared/ids.js';
import { graphql } from '../../helpers/gql/index.js';
import { codeOf, dataOf, type GraphQLResult, show } from '../../helpers/harness.js';
import { seedKey, seedProject } from '../../helpers/seed.js';
import { countedRequests, eventually, startUsageServer, type UsageTestServer } from './usage-harness.js';

const KEY_USAGE =
  graphql(`query KeyUsage($id: ID!) { apiKey(id: $id) { usageCount lastUsedAt usage { totals { requests ok errors denied rateLimited }
  byOperation { operation requests ok errors denied rateLimited averageDurationMs } byKey { apiKeyId } } } }`);
/** A key's call of its self view (metered). */
const VIEWER = graphql(`query UsageViewer { viewer { scopes } }`);

let server: UsageTestServer;
beforeAll(async () => {
  server = await startUsageServer();
});
afterAll(async () => {
  await server?.close();
});

async function keyUsage(ownerToken: string, keyId: string) {
  const result = await server.gql(KEY_USAGE, { id: keyId }, { token: ownerToken });
  return dataOf(result).apiKey!;
}

describe('usage metering', () => {
  it('counts N requests of every outcome exactly N times, with activity, lastUsedAt and usageCount', async () => {
    const project = await seedProject(server, { plan: 'PRO' });
    const key = await seedKey(server, project, { scopes: ['keys:read'] });
    dataOf(
      await server.gql(
        graphql(`mutation UsageUpdateApiKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { id } }`),
        { input: { id: key.id, rateLimit: { perMinute: 10 } } },
        { token: project.owner.token },
      ),
    );
    const token = key.secret;
    const calls: Promise<GraphQLResult<unknown>>[] = [];
    // The operation names are what the usage report groups by (asserted below).
    const ME = graphql(`query Me { viewer { scopes } }`);
    const MEMBERS = graphql(`query Members($id: ID!) { project(id: $id) { members { role } } }`);
    const MISSING = graphql(`query Missing($id: ID!) { apiKey(id: $id) { id } }`);
    for (let index = 0; index < 8; index += 1) calls.push(server.gql(ME, {}, { token }));
    for (let index = 0; index < 4; index += 1) {
      // FORBIDDEN: the key lacks members:read
      calls.push(server.gql(MEMBERS, { id: project.id }, { token }));
    }
    for (let index = 0; index < 3; index += 1) {
      calls.push(server.gql(MISSING, { id: randomUUID() }, { token }));
    }
    const results = await Promise.all(calls);
    // 10 per minute + a burst of 10: all 15 pass; then 25 more make 5 more pass and 20 refused.
    expect(results.every((result) => result.status !== 429)).toBe(true);
    const more = await Promise.all(Array.from({ length: 25 }, () => server.gql(ME, {}, { token })));
    expect(more.filter((result) => result.status === 429)).toHaveLength(20);

    await eventually(
      () => countedRequests(server.orm, key.id),
      (count) => count >= 40,
    );
    const usage = await keyUsage(project.owner.token, key.id);
    expect(usage.usage!.totals).toEqual({ requests: 40, ok: 13, errors: 3, denied: 4, rateLimited: 20 });
    expect(usage.usageCount).toBe(40);
    expect(Date.now() - new Date(usage.lastUsedAt as string).getTime()).toBeLessThan(30_000);
    const byName = Object.fromEntries(usage.usage!.byOperation.map((entry) => [entry.operation, entry]));
    expect(byName.Me).toMatchObject({ requests: 33, ok: 13, rateLimited: 20 });
    expect(byName.Members).toMatchObject({ requests: 4, denied: 4 });
    expect(byName.Missing).toMatchObject({ requests: 3, errors: 3 });
    expect(byName.Me?.averageDurationMs).toBeGreaterThanOrEqual(0);
    expect(usage.usage!.byKey).toEqual([]);

    // Day buckets hold the same counts.
    const [day] = await server.orm.em
      .fork()
      .execute<{ n: number }[]>(
        "select sum(requests)::int as n from usage_stats where api_key_id = ? and bucket_size = 'DAY'",
        [key.id],
      );
    expect(day?.n).toBe(40);

    const activity = await server.gql(
      graphql(
        `query UsageRecentActivity($id: ID!) { apiKey(id: $id) { recentActivity(first: 30) { totalCount edges { node { id operation operationType outcome durationMs clientAddress createdAt } } pageInfo { hasNextPage endCursor } } } }`,
      ),
      { id: key.id },
      { token: project.owner.token },
    );
    const page = dataOf(activity).apiKey!.recentActivity!;
    expect(page.totalCount).toBe(40);
    expect(page.edges).toHaveLength(30);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.edges[0]?.node).toMatchObject({ operationType: 'query', clientAddress: '127.0.0.1' });
    const outcomes = page.edges.map((edge) => edge.node.outcome);
    expect(new Set(outcomes).has('RATE_LIMITED')).toBe(true);
    const rest = await server.gql(
      graphql(
        `query UsageRecentActivityAfter($id: ID!, $after: String) { apiKey(id: $id) { recentActivity(first: 30, after: $after) { edges { node { id } } pageInfo { hasNextPage } } } }`,
      ),
      { id: key.id, after: page.pageInfo.endCursor },
      { token: project.owner.token },
    );
    expect(dataOf(rest).apiKey!.recentActivity!.edges).toHaveLength(10);
    expect(dataOf(rest).apiKey!.recentActivity!.pageInfo.hasNextPage).toBe(false);
  });

  it('never counts a batch twice, however often it is delivered', async () => {
    const project = await seedProject(server);
    const keyRow = await server.orm.em.fork().findOneOrFail(ApiKey, { id: project.defaultKey.id });
    const now = Date.now();
    const events: UsageEvent[] = Array.from({ length: 7 }, (_, index) => ({
      id: uuidv7(now + index),
      keyId: keyRow.id,
      projectId: project.id,
      environment: 'LIVE',
      operation: 'Replayed',
      operationType: 'query',
      outcome: 'OK',
      durationMs: 3,
      at: now + index,
      clientAddress: '192.0.2.1',
    }));
    const batch = { batchId: randomUUID(), events };
    const results = await Promise.all([
      applyUsageBatch(server.orm.em.fork(), batch),
      applyUsageBatch(server.orm.em.fork(), batch),
      applyUsageBatch(server.orm.em.fork(), batch),
    ]);
    expect(results.filter((result) => result.applied)).toHaveLength(1);
    expect(await countedRequests(server.orm, keyRow.id)).toBe(7);
    const reread = await server.orm.em.fork().findOneOrFail(ApiKey, { id: keyRow.id });
    expect(reread.usageCount).toBe(7);
  });

  it('prunes activity older than the retention, and keeps the rest', async () => {
    const project = await seedProject(server);
    const keyId = project.defaultKey.id;
    const em = server.orm.em.fork();
    const insert = (id: string, daysAgo: number) =>
      em.execute(
        `insert into usage_activity (id, api_key_id, project_id, operation, operation_type, outcome, duration_ms, created_at)
         values (?, ?, ?, 'Old', 'query', 'OK', 1, now() - make_interval(days => ?))`,
        [id, keyId, project.id, daysAgo],
      );
    const old = uuidv7(Date.now() - 9 * 86_400_000);
    const recent = uuidv7(Date.now() - 6 * 86_400_000);
    await insert(old, 9);
    await insert(recent, 6);
    const pruned = await pruneUsage(server.orm.em.fork());
    // The 9-day-old row sits in a partition dropped whole (or in the default one, deleted).
    expect(pruned.dropped.length + pruned.deleted).toBeGreaterThanOrEqual(1);
    const left = await em.execute<{ id: string }[]>('select id from usage_activity where api_key_id = ?', [keyId]);
    expect(left.map((row) => row.id)).toEqual([recent]);
  });

  it('keeps TEST keys out of live project totals', async () => {
    const project = await seedProject(server, { plan: 'TEAM' });
    const testKey = await seedKey(server, project, { environment: 'TEST' });
    for (let index = 0; index < 3; index += 1) {
      dataOf(await server.gql(VIEWER, {}, { token: project.defaultKey.secret }));
    }
    for (let index = 0; index < 2; index += 1) dataOf(await server.gql(VIEWER, {}, { token: testKey.secret }));
    await eventually(
      async () =>
        (await countedRequests(server.orm, project.defaultKey.id)) + (await countedRequests(server.orm, testKey.id)),
      (count) => count >= 5,
    );
    const query = graphql(
      `query UsageProjectUsage($id: ID!, $environment: ApiKeyEnvironment) { project(id: $id) { usage(environment: $environment) { totals { requests ok errors denied rateLimited } byKey { apiKeyId requests operation } series { bucketStart requests operation } granularity } } }`,
    );
    const live = dataOf(await server.gql(query, { id: project.id }, { token: project.owner.token })).project!.usage!;
    // Seeding went through the owner's session, which is not metered: only the default key's 3 calls count.
    expect(live.totals.requests).toBe(3);
    expect(live.byKey).toEqual([{ apiKeyId: project.defaultKey.id, requests: 3, operation: '*' }]);
    expect(live.granularity).toBe('HOUR');
    expect(live.series).toHaveLength(25);
    expect(live.series.every((entry) => entry.operation === '*')).toBe(true);
    expect(live.series.reduce((sum, entry) => sum + entry.requests, 0)).toBe(3);
    const test = dataOf(
      await server.gql(query, { id: project.id, environment: 'TEST' }, { token: project.owner.token }),
    ).project!.usage!;
    expect(test.totals.requests).toBe(2);
  });

  it('keeps usage reachable across rotation', async () => {
    const project = await seedProject(server, { plan: 'TEAM' });
    const key = await seedKey(server, project);
    for (let index = 0; index < 4; index += 1) dataOf(await server.gql(VIEWER, {}, { token: key.secret }));
    await eventually(
      () => countedRequests(server.orm, key.id),
      (count) => count >= 4,
    );
    const rotated = await server.gql(
      graphql(
        `mutation UsageRotateApiKey($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { apiKey { id } secret } }`,
      ),
      { input: { id: key.id } },
      { token: project.owner.token },
    );
    const replacement = dataOf(rotated).rotateApiKey;
    dataOf(await server.gql(VIEWER, {}, { token: replacement.secret }));
    await eventually(
      () => countedRequests(server.orm, replacement.apiKey.id),
      (count) => count >= 1,
    );
    expect((await keyUsage(project.owner.token, replacement.apiKey.id)).usage!.totals.requests).toBe(5);
  });

  it('refuses ranges that are too long or reversed with BAD_USER_INPUT', async () => {
    const project = await seedProject(server);
    const query = graphql(
      `query UsageRange($id: ID!, $from: DateTime, $to: DateTime, $granularity: UsageGranularity) { project(id: $id) { usage(from: $from, to: $to, granularity: $granularity) { from } } }`,
    );
    const now = Date.now();
    const cases = [
      { from: new Date(now - 32 * 86_400_000).toISOString(), granularity: 'HOUR' },
      { from: new Date(now - 91 * 86_400_000).toISOString(), granularity: 'DAY' },
      { from: new Date(now).toISOString(), to: new Date(now - 1000).toISOString() },
    ] as const;
    for (const variables of cases) {
      const result = await server.gql(query, { id: project.id, ...variables }, { token: project.owner.token });
      expect(codeOf(result), show(result)).toBe('BAD_USER_INPUT');
      expect(result.body.errors?.[0]?.extensions?.field).toBe('from');
    }
    const ok = await server.gql(
      query,
      { id: project.id, from: new Date(now - 30 * 86_400_000).toISOString(), granularity: 'DAY' },
      { token: project.owner.token },
    );
    expect(dataOf(ok).project!.usage!.from).toMatch(/T00:00:00\.000Z$/);
  });
});

describe('the partner self view', () => {
  it('lets a scope-less key read its own usage, activity and limits, and nothing about other keys', async () => {
    const project = await seedProject(server, { plan: 'PRO' });
    const partner = await seedKey(server, project, { scopes: [] });
    const other = await seedKey(server, project, { scopes: ['keys:read'] });
    dataOf(await server.gql(VIEWER, {}, { token: other.secret }));
    for (let index = 0; index < 3; index += 1) dataOf(await server.gql(VIEWER, {}, { token: partner.secret }));
    await eventually(
      () => countedRequests(server.orm, partner.id),
      (count) => count >= 3,
    );
    const self = await server.gql(
      graphql(
        `query UsagePartnerSelf { viewer { apiKey { id expiresAt rateLimit { perMinute perDay burstPerMinute } usage { totals { requests ok errors denied rateLimited } } recentActivity(first: 5) { totalCount } } rateLimit { limit remaining resetAt } } }`,
      ),
      {},
      { token: partner.secret },
    );
    const viewer = dataOf(self).viewer;
    expect(viewer.apiKey!.id).toBe(partner.id);
    expect(viewer.apiKey!.usage!.totals.requests).toBeGreaterThanOrEqual(3);
    expect(viewer.apiKey!.recentActivity!.totalCount).toBeGreaterThanOrEqual(3);
    expect(viewer.rateLimit).toMatchObject({ limit: 300, remaining: 296 });
    expect(new Date(viewer.rateLimit!.resetAt).getTime()).toBeGreaterThan(Date.now());

    const projectUsage = await server.gql(
      graphql(
        `query UsagePartnerProjectUsage($id: ID!) { project(id: $id) { usage { totals { requests ok errors denied rateLimited } } } }`,
      ),
      { id: project.id },
      { token: partner.secret },
    );
    expect(['FORBIDDEN', 'NOT_FOUND'], show(projectUsage)).toContain(codeOf(projectUsage));
    expect(JSON.stringify(projectUsage.body.data ?? null)).not.toContain('"requests"');
    const otherKey = await server.gql(
      graphql(
        `query UsagePartnerOtherKey($id: ID!) { apiKey(id: $id) { usage { totals { requests ok errors denied rateLimited } } recentActivity { totalCount } } }`,
      ),
      { id: other.id },
      { token: partner.secret },
    );
    expect(['FORBIDDEN', 'NOT_FOUND'], show(otherKey)).toContain(codeOf(otherKey));
    expect(otherKey.body.data?.apiKey ?? null).toBeNull();

    // A key with keys:read but not usage:read sees the other key, but not its usage.
    const keyReader = await server.gql(
      graphql(
        `query UsageKeyReader($id: ID!) { apiKey(id: $id) { id usage { totals { requests ok errors denied rateLimited } } } }`,
      ),
      { id: partner.id },
      { token: other.secret },
    );
    expect(codeOf(keyReader), show(keyReader)).toBe('FORBIDDEN');
  });
});
