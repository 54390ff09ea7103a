import { duplexPair } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../helpers/gql/index.js';
import { dataOf, startTestServer, type TestServer } from '../../helpers/harness.js';
import { seedProject } from '../../helpers/seed.js';

/** `GET /metrics` in the Prometheus text format, one registry per app. */
const VIEWER = graphql(`query MetricsViewer { viewer { scopes } }`);

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
    for (let i = 0; i < 3; i += 1) dataOf(await server.gql(VIEWER, {}, { token: project.defaultKey.secret }));
    // Its last character changed (to another one: a key may end in "0"), so its checksum fails.
    const secret = project.defaultKey.secret;
    await server.gql(VIEWER, {}, { token: `${secret.slice(0, -1)}${secret.endsWith('0') ? '1' : '0'}` });
    await server.gql('{ nope }'); // invalid on purpose
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
    dataOf(await other.gql(VIEWER, {}, { token: project.defaultKey.secret }));
    expect(value(await scrape(server), 'latchkey_graphql_requests_total', { operation: 'viewer' })).toBe(before);
    expect(
      value(await scrape(other), 'latchkey_graphql_requests_total', { operation: 'viewer' }),
    ).toBeGreaterThanOrEqual(1);
  });
});

/**
 * Sends one raw HTTP request over a connection that the app's server sees coming from
 * `remoteAddress` (an in-memory socket pair: this machine need not have such an address).
 */
async function requestFrom(
  target: TestServer,
  remoteAddress: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; head: string; body: string }> {
  const [client, socket] = duplexPair();
  Object.defineProperty(socket, 'remoteAddress', { value: remoteAddress });
  target.app.server.emit('connection', socket);
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
  client.write(`GET /metrics HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n${lines.join('')}\r\n`);
  let text = '';
  for await (const chunk of client) {
    text += (chunk as Buffer).toString('utf8');
    const end = text.indexOf('\r\n\r\n');
    const length = /content-length: (\d+)/i.exec(text);
    if (end >= 0 && length && Buffer.byteLength(text.slice(end + 4)) >= Number(length[1])) break;
  }
  client.destroy();
  const [head = '', body = ''] = text.split('\r\n\r\n');
  return { status: Number(head.split(' ')[1]), head, body };
}

describe('who may scrape /metrics', () => {
  const TOKEN = 'metrics-token-0123456789abcdef';
  let guarded: TestServer;
  let production: TestServer;
  beforeAll(async () => {
    [guarded, production] = await Promise.all([
      startTestServer({ metricsToken: TOKEN }),
      startTestServer({ production: true }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([guarded.close(), production.close()]);
  });

  it('with LATCHKEY_METRICS_TOKEN: 401 with WWW-Authenticate without it or with a wrong one, 200 with it', async () => {
    for (const authorization of [undefined, `Bearer ${TOKEN.slice(0, -1)}`, `Bearer ${TOKEN}x`, `Basic ${TOKEN}`]) {
      const response = await fetch(`${guarded.url}/metrics`, { headers: authorization ? { authorization } : {} });
      const text = await response.text();
      expect(response.status, `${authorization}: ${text}`).toBe(401);
      expect(response.headers.get('www-authenticate'), String(authorization)).toMatch(
        /^Bearer realm="latchkey-metrics"/,
      );
      expect(JSON.parse(text).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(text).not.toContain('latchkey_');
    }
    const scraped = await fetch(`${guarded.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(scraped.status).toBe(200);
    expect(await scraped.text()).toContain('latchkey_graphql_requests_total');
    // A token is needed from loopback too, and a remote client with it gets in.
    expect((await requestFrom(guarded, '203.0.113.7')).status).toBe(401);
    expect((await requestFrom(guarded, '203.0.113.7', { authorization: `Bearer ${TOKEN}` })).status).toBe(200);
  });

  it('without a token in production: loopback clients only, by the socket address, others 403', async () => {
    const local = await fetch(`${production.url}/metrics`);
    expect(local.status).toBe(200);
    for (const address of ['127.0.0.1', '127.3.2.1', '::1', '::ffff:127.0.0.1']) {
      const answer = await requestFrom(production, address);
      expect(answer.status, `${address}: ${answer.head}`).toBe(200);
      expect(answer.body, address).toContain('latchkey_graphql_requests_total');
    }
    for (const address of ['203.0.113.7', '10.0.0.5', '::ffff:192.0.2.2', 'fd00::2', '2001:db8::1']) {
      const answer = await requestFrom(production, address, { 'x-forwarded-for': '127.0.0.1', 'x-real-ip': '::1' });
      expect(answer.status, `${address}: ${answer.head}`).toBe(403);
      expect(JSON.parse(answer.body).errors[0].extensions.code).toBe('FORBIDDEN');
      expect(answer.body).toMatch(/LATCHKEY_METRICS_TOKEN/);
      expect(answer.head).toMatch(/x-content-type-options: nosniff/i);
    }
  });

  it('without a token outside production: open to anyone', async () => {
    const answer = await requestFrom(server, '203.0.113.7');
    expect(answer.status, answer.head).toBe(200);
    expect(answer.body).toContain('latchkey_graphql_requests_total');
  });
});
