import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, startTestServer, type TestServer } from '../../helpers/harness.js';
import { seedProject } from '../../helpers/seed.js';

/** `GET /metrics` in the Prometheus text format, one registry per app. */
let server: TestServer;
let other: TestServer;
beforeAll(async () => {
  [server, other] = await Promise.all([startTestServer(), startTestServer()]);
});
afterAll(async () => {
  await Promise.all([server.close(), other.close()]);
});

async function scrape(target: TestServer): Promise<string> {
  const response = await fetch(`${target.url}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.text();
}

/** The value of one sample, e.g. `value(text, 'latchkey_graphql_requests_total', { operation: 'viewer' })`. */
function value(text: string, name: string, labels: Record<string, string> = {}): number {
  const lines = text.split('\n').filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `));
  const matching = lines.filter((line) => Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`)));
  return matching.reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
}

describe('GET /metrics', () => {
  it('counts GraphQL requests by operation and outcome, and times key checks', async () => {
    const project = await seedProject(server);
    const before = await scrape(server);
    for (let i = 0; i < 3; i += 1)
      dataOf(await server.gql('{ viewer { scopes } }', {}, { token: project.defaultKey.secret }));
    await server.gql('{ viewer { scopes } }', {}, { token: `${project.defaultKey.secret.slice(0, -1)}0` });
    await server.gql('{ nope }');
    const after = await scrape(server);

    const ok = { operation: 'viewer', type: 'query', outcome: 'ok' };
    expect(
      value(after, 'latchkey_graphql_requests_total', ok) - value(before, 'latchkey_graphql_requests_total', ok),
    ).toBe(3);
    const unauthenticated = { outcome: 'unauthenticated' };
    expect(
      value(after, 'latchkey_graphql_requests_total', unauthenticated) -
        value(before, 'latchkey_graphql_requests_total', unauthenticated),
    ).toBe(1);
    expect(value(after, 'latchkey_graphql_requests_total', { outcome: 'invalid' })).toBeGreaterThanOrEqual(1);

    const checks = (text: string, result: string) =>
      value(text, 'latchkey_key_verification_duration_seconds_count', { result });
    expect(checks(after, 'valid') - checks(before, 'valid')).toBe(3);
    expect(
      checks(after, 'malformed') +
        checks(after, 'not_found') -
        checks(before, 'malformed') -
        checks(before, 'not_found'),
    ).toBe(1);
    expect(after).toContain('latchkey_graphql_request_duration_seconds_bucket');
  });

  it('exposes rate-limit rejections, queue gauges and process memory', async () => {
    const text = await scrape(server);
    expect(text).toMatch(/^latchkey_rate_limit_rejections_total\{limit="key"\} \d+$/m);
    expect(text).toMatch(/^latchkey_rate_limit_rejections_total\{limit="address"\} \d+$/m);
    expect(value(text, 'latchkey_process_resident_memory_bytes')).toBeGreaterThan(10_000_000);
    expect(text).toContain('latchkey_nodejs_heap_size_used_bytes');
    // The usage queue registers itself (metering.ts) and is read from Redis on every scrape.
    expect(text).toMatch(/^latchkey_queue_jobs\{queue="usage-events",state="waiting"\} \d+$/m);
    expect(text).toMatch(/^latchkey_worker_lag_seconds\{queue="usage-events"\} [\d.e+-]+$/m);
    expect(value(text, 'latchkey_queue_metrics_up')).toBe(1);
  });

  it('reads registered queue sources on every scrape, and reports a failing one as down', async () => {
    let waiting = 4;
    other.app.metrics.registerQueueMetrics(async () => [
      { queue: 'probe', waiting, active: 1, delayed: 0, failed: 2, lagSeconds: 1.5 },
    ]);
    let text = await scrape(other);
    expect(value(text, 'latchkey_queue_jobs', { queue: 'probe', state: 'waiting' })).toBe(4);
    expect(value(text, 'latchkey_queue_jobs', { queue: 'probe', state: 'failed' })).toBe(2);
    expect(value(text, 'latchkey_worker_lag_seconds', { queue: 'probe' })).toBe(1.5);
    expect(value(text, 'latchkey_queue_metrics_up')).toBe(1);
    waiting = 7;
    text = await scrape(other);
    expect(value(text, 'latchkey_queue_jobs', { queue: 'probe', state: 'waiting' })).toBe(7);

    other.app.metrics.registerQueueMetrics(() => Promise.reject(new Error('redis down')));
    text = await scrape(other);
    expect(value(text, 'latchkey_queue_metrics_up')).toBe(0);
    expect(text).not.toContain('queue="probe"');
  });

  it('keeps a separate registry per app', async () => {
    const project = await seedProject(other);
    const before = value(await scrape(server), 'latchkey_graphql_requests_total', { operation: 'viewer' });
    dataOf(await other.gql('{ viewer { scopes } }', {}, { token: project.defaultKey.secret }));
    expect(value(await scrape(server), 'latchkey_graphql_requests_total', { operation: 'viewer' })).toBe(before);
    expect(
      value(await scrape(other), 'latchkey_graphql_requests_total', { operation: 'viewer' }),
    ).toBeGreaterThanOrEqual(1);
  });
});
