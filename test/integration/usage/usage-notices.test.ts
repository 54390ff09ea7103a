/**
 * `usage.rate_limited` (a key's first 429 in a window) and `usage.credits_exhausted` (the request
 * that spent a key's last credit), raised by the usage worker as audit events, so the event relay
 * hands them to webhooks (DESIGN.md section 14): once per key and window, whatever the number of
 * refusals and batches.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usageNoticesOf } from '../../../src/modules/usage/usage-aggregation.js';
import { graphql } from '../../helpers/gql/index.js';
import { dataOf, show } from '../../helpers/harness.js';
import { type SeededProject, seedKey, seedProject } from '../../helpers/seed.js';
import { countedRequests, eventually, startUsageServer, type UsageTestServer } from './usage-harness.js';

const VIEWER = graphql(`query UsageNoticesViewer { viewer { apiKey { id } } }`);
const NOTICES = graphql(`
  query UsageNoticesAudit($id: ID!) {
    project(id: $id) {
      auditEvents(first: 50, filter: { actions: ["usage.rate_limited", "usage.credits_exhausted"] }) {
        totalCount
        edges { node { action targetId targetLabel actor { type label } summary } }
      }
    }
  }
`);
const UPDATE_KEY = graphql(
  `mutation UsageNoticesUpdateKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { id } }`,
);

let server: UsageTestServer;
beforeAll(async () => {
  server = await startUsageServer();
});
afterAll(async () => {
  await server?.close();
});

async function noticesOf(project: SeededProject) {
  const result = await server.gql(NOTICES, { id: project.id }, { token: project.owner.token });
  return dataOf(result).project?.auditEvents?.edges.map((edge) => edge.node) ?? [];
}

async function call(token: string, times: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let index = 0; index < times; index += 1) statuses.push((await server.gql(VIEWER, {}, { token })).status);
  return statuses;
}

describe('usage notices', () => {
  it('raises usage.rate_limited once for a window, across batches of refusals', async () => {
    const project = await seedProject(server, { plan: 'PRO' });
    const key = await seedKey(server, project);
    dataOf(
      await server.gql(
        UPDATE_KEY,
        { input: { id: key.id, rateLimit: { perMinute: 2 } } },
        { token: project.owner.token },
      ),
    );
    // 2 a minute plus a burst of 2: the fifth call on is refused.
    const first = await call(key.secret, 7);
    expect(first.filter((status) => status === 429).length, String(first)).toBe(3);
    await eventually(
      () => countedRequests(server.orm, key.id),
      (n) => n === 7,
    );
    // More refusals of the same window, in later batches.
    const second = await call(key.secret, 3);
    expect(second).toEqual([429, 429, 429]);
    await eventually(
      () => countedRequests(server.orm, key.id),
      (n) => n === 10,
    );
    const notices = await eventually(
      () => noticesOf(project),
      (found) => found.length > 0,
    );
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      action: 'usage.rate_limited',
      targetId: key.id,
      actor: { type: 'SYSTEM' },
    });
    const summary = notices[0]?.summary as { windowResetAt: string; firstRefusedAt: string };
    expect(Date.parse(summary.windowResetAt)).toBeGreaterThan(Date.parse(summary.firstRefusedAt));
    expect(Date.parse(summary.windowResetAt) - Date.now()).toBeLessThanOrEqual(61_000);
  });

  it('raises usage.credits_exhausted once, for the request that spent the last credit', async () => {
    const project = await seedProject(server, { plan: 'TEAM' });
    const key = await seedKey(server, project);
    dataOf(
      await server.gql(
        UPDATE_KEY,
        { input: { id: key.id, credits: { remaining: 2 } } },
        { token: project.owner.token },
      ),
    );
    const statuses = await call(key.secret, 5);
    expect(statuses, show(await server.gql(VIEWER, {}, { token: key.secret }))).toEqual([200, 200, 429, 429, 429]);
    await eventually(
      () => countedRequests(server.orm, key.id),
      (n) => n >= 5,
    );
    const notices = await eventually(
      () => noticesOf(project),
      (found) => found.length > 0,
    );
    // Refusals for want of credits are not rate-limit windows: only the credits notice.
    expect(notices.map((notice) => notice.action)).toEqual(['usage.credits_exhausted']);
    expect(notices[0]).toMatchObject({ targetId: key.id, actor: { type: 'SYSTEM' } });
  });
});

describe('usageNoticesOf', () => {
  const base = {
    keyId: '0190a0a0-0000-7000-8000-000000000001',
    projectId: '0190a0a0-0000-7000-8000-000000000002',
    environment: 'LIVE' as const,
    operation: 'Q',
    operationType: 'query',
    durationMs: 1,
    clientAddress: null,
  };
  it('offers one notice per key and window, the earliest, and none for allowed requests', () => {
    const notices = usageNoticesOf([
      { ...base, id: 'a', outcome: 'OK', at: 1 },
      { ...base, id: 'b', outcome: 'RATE_LIMITED', at: 5, rateLimitReset: 100 },
      { ...base, id: 'c', outcome: 'RATE_LIMITED', at: 3, rateLimitReset: 100 },
      { ...base, id: 'd', outcome: 'RATE_LIMITED', at: 7, rateLimitReset: 160 },
      { ...base, id: 'e', outcome: 'OK', at: 8, credits: { version: 1, remaining: 1, period: '' } },
      { ...base, id: 'f', outcome: 'OK', at: 9, credits: { version: 1, remaining: 0, period: '' } },
      { ...base, id: 'g', outcome: 'RATE_LIMITED', at: 10, credits: { version: 1, remaining: 0, period: '' } },
    ]);
    expect(notices.map(({ kind, window, at }) => [kind, window, at])).toEqual([
      ['usage.rate_limited', '100', 3],
      ['usage.rate_limited', '160', 7],
      ['usage.credits_exhausted', '1:', 9],
    ]);
  });
});
