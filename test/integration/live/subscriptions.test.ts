/**
 * GraphQL subscriptions over WebSocket (DESIGN.md section 14, docs/subscriptions.md), with a real
 * `graphql-ws` client: admission at `connection_init` (4401 with the reason, 4403 for a missing
 * scope, 4429 over the rate limit, each attempt metered), events relayed from the audit outbox
 * within a second, and revocation of live connections on every API process: deactivation leaves
 * them open unless `terminateConnections`, deletion and expiry close them within a second, on
 * another process too. Two API servers share one Redis namespace (as in key-cache.test.ts).
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liveChannelName } from '../../../src/shared/live-bus.js';
import { graphql } from '../../helpers/gql/index.js';
import { dataOf, startTestServer, type TestServer } from '../../helpers/harness.js';
import { closedWithin, connectLive, type LiveClient } from '../../helpers/live-client.js';
import { type SeededProject, seedKey, seedProject } from '../../helpers/seed.js';
import { seedPersonalToken } from '../personal-tokens/token-seed.js';
import { eventually } from '../usage/usage-harness.js';

const AUDIT = `subscription LiveAudit($projectId: ID!) { auditEvents(projectId: $projectId) { id action targetType targetId targetLabel actor { type label } createdAt } }`;
const USAGE = `subscription LiveUsage($projectId: ID!, $apiKeyId: ID) { usageEvents(projectId: $projectId, apiKeyId: $apiKeyId) { id apiKeyId operation operationType outcome createdAt } }`;
const KEY_CHANGED = `subscription LiveKeyChanged($projectId: ID!) { apiKeyChanged(projectId: $projectId) { id name status liveConnections } }`;

const CREATE_KEY = graphql(
  `mutation LiveCreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } secret } }`,
);
const DEACTIVATE = graphql(
  `mutation LiveDeactivateKey($id: ID!, $terminateConnections: Boolean) { deactivateApiKey(id: $id, terminateConnections: $terminateConnections) { status } }`,
);
const DELETE = graphql(`mutation LiveDeleteKey($id: ID!) { deleteApiKey(id: $id) { id } }`);
const UPDATE = graphql(`mutation LiveUpdateKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { id } }`);
const ROTATE = graphql(
  `mutation LiveRotateKey($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { apiKey { id } } }`,
);
const LOG_OUT = graphql(`mutation LiveLogOut { logOut }`);
const REVOKE_TOKEN = graphql(`mutation LiveRevokeToken($id: ID!) { revokePersonalToken(id: $id) { id } }`);
const LIVE_CONNECTIONS = graphql(`query LiveConnections($id: ID!) { apiKey(id: $id) { liveConnections } }`);
const VIEWER = graphql(`query LiveViewer { viewer { scopes } }`);
const REPORT_LEAK = graphql(
  `mutation LiveReportLeak($input: ReportLeakedKeyInput!) { reportLeakedKey(input: $input) { received } }`,
);
const DELETE_PROJECT = graphql(
  `mutation LiveDeleteProject($input: DeleteProjectInput!) { deleteProject(input: $input) { id } }`,
);

let a: TestServer;
let b: TestServer;
let project: SeededProject;
let other: SeededProject;
const opened: LiveClient[] = [];

function live(server: TestServer, token: string | null, options?: Parameters<typeof connectLive>[2]): LiveClient {
  const client = connectLive(server, token, options);
  opened.push(client);
  return client;
}

beforeAll(async () => {
  a = await startTestServer(
    {},
    { usage: { relayEveryMs: 50, flushIntervalMs: 50, relayCursor: `live-${randomUUID()}` } },
  );
  b = await startTestServer({}, { usage: { redisPrefix: a.prefix, flushIntervalMs: 50 } });
  project = await seedProject(a, { plan: 'ENTERPRISE' });
  other = await seedProject(a);
  // A's workers relay these projects' audit events (to webhooks and to every API process's subscriptions).
  a.options.relayProjectIds = [project.id, other.id];
  await a.startWorkers();
});

afterAll(async () => {
  await Promise.all(opened.map((client) => client.dispose().catch(() => undefined)));
  await b?.close();
  await a?.close();
});

describe('auditEvents', () => {
  it('a key with audit:read receives a key created over HTTP within a second', async () => {
    const key = await seedKey(a, project, { scopes: ['audit:read'] });
    const client = live(a, key.secret);
    await client.connected;
    const events = client.subscribe<{ auditEvents: { action: string; targetId: string; targetLabel: string } }>(AUDIT, {
      projectId: project.id,
    });
    // The subscription is registered once the server answered a first message; give it a moment.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const name = `live-${randomUUID().slice(0, 8)}`;
    const created = dataOf(
      await a.gql(CREATE_KEY, { input: { projectId: project.id, name, scopes: [] } }, { token: project.owner.token }),
    );
    const committedAt = Date.now();
    const event = await events.next((data) => data.auditEvents.targetId === created.createApiKey.apiKey.id, 1000);
    expect(Date.now() - committedAt).toBeLessThan(1000);
    expect(event.auditEvents).toMatchObject({ action: 'key.created', targetLabel: name });
    // Never a secret in an event.
    expect(JSON.stringify(events.results)).not.toContain(created.createApiKey.secret);
  });

  it('a key without audit:read is refused with 4403', async () => {
    const key = await seedKey(a, project, { scopes: ['keys:read'] });
    const client = live(a, key.secret);
    await client.connected;
    client.subscribe(AUDIT, { projectId: project.id });
    expect(await closedWithin(client, 2000)).toEqual({ code: 4403, reason: 'FORBIDDEN' });
  });

  it("another project's events are NOT_FOUND, and the connection stays open", async () => {
    const key = await seedKey(a, project, { scopes: ['audit:read'] });
    const client = live(a, key.secret);
    await client.connected;
    const sub = client.subscribe(AUDIT, { projectId: other.id });
    await eventually(
      async () => sub.errors.length + sub.results.length,
      (count) => count > 0,
      2000,
    );
    expect(JSON.stringify([...sub.results, ...sub.errors])).toContain('NOT_FOUND');
    expect(client.isClosed()).toBe(false);
  });

  it('a subscription over HTTP is a 400 pointing at the WebSocket, and runs nothing', async () => {
    const result = await a.gql(AUDIT, { projectId: project.id }, { token: project.defaultKey.secret });
    expect(result.status, JSON.stringify(result.body)).toBe(400);
    expect(result.body.errors?.[0]?.extensions?.code, JSON.stringify(result.body)).toBe('BAD_USER_INPUT');
    expect(result.body.errors?.[0]?.message).toContain('WebSocket');
  });

  it('queries and mutations are not served over WebSocket', async () => {
    const client = live(a, project.defaultKey.secret);
    await client.connected;
    const sub = client.subscribe('query { viewer { scopes } }');
    await eventually(
      async () => sub.errors.length,
      (count) => count > 0,
      2000,
    );
    expect(JSON.stringify(sub.errors)).toContain('Only subscriptions');
  });
});

describe('admission at connection_init', () => {
  it.each([
    ['no credential', null, 'MISSING'],
    ['a malformed key', 'lk_live_notakeyatall', 'MALFORMED'],
    ['an unknown key', 'not-a-session-token', 'MALFORMED'],
  ])('%s is refused with 4401', async (_label, token, reason) => {
    const client = live(a, token);
    expect(await closedWithin(client, 2000)).toEqual({ code: 4401, reason });
  });

  it('a deactivated key is refused with 4401 DEACTIVATED; its open connection stays open until terminated', async () => {
    const key = await seedKey(a, project, { scopes: ['audit:read'] });
    const before = live(a, key.secret);
    await before.connected;
    const events = before.subscribe<{ auditEvents: { action: string; targetId: string } }>(AUDIT, {
      projectId: project.id,
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    dataOf(await a.gql(DEACTIVATE, { id: key.id }, { token: project.owner.token }));
    // New connections are refused at once …
    expect(await closedWithin(live(a, key.secret), 2000)).toEqual({ code: 4401, reason: 'DEACTIVATED' });
    expect(await closedWithin(live(b, key.secret), 2000)).toEqual({ code: 4401, reason: 'DEACTIVATED' });
    // … and the live one stays open: it even receives its own deactivation.
    await events.next((data) => data.auditEvents.action === 'key.deactivated' && data.auditEvents.targetId === key.id);
    expect(before.isClosed()).toBe(false);
    // Asked to terminate, its connections close within a second.
    const started = Date.now();
    dataOf(await a.gql(DEACTIVATE, { id: key.id, terminateConnections: true }, { token: project.owner.token }));
    expect(await closedWithin(before, 1000)).toEqual({ code: 4401, reason: 'DEACTIVATED' });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('terminateConnections closes the live connections of a key on another process', async () => {
    const key = await seedKey(a, project, { scopes: [] });
    const onB = live(b, key.secret);
    await onB.connected;
    dataOf(await a.gql(DEACTIVATE, { id: key.id, terminateConnections: true }, { token: project.owner.token }));
    expect(await closedWithin(onB, 1000)).toEqual({ code: 4401, reason: 'DEACTIVATED' });
  });

  it('deleting a key closes its open connection on another API process within a second', async () => {
    const key = await seedKey(a, project, { scopes: ['audit:read'] });
    const onB = live(b, key.secret);
    await onB.connected;
    onB.subscribe(AUDIT, { projectId: project.id });
    const started = Date.now();
    dataOf(await a.gql(DELETE, { id: key.id }, { token: project.owner.token }));
    expect(await closedWithin(onB, 1000)).toEqual({ code: 4401, reason: 'DELETED' });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await closedWithin(live(b, key.secret), 2000)).toEqual({ code: 4401, reason: 'DELETED' });
  });

  it('a key reported leaked closes its open connection on another process (4401 LEAKED)', async () => {
    const key = await seedKey(a, project, { scopes: ['audit:read'] });
    const onB = live(b, key.secret);
    await onB.connected;
    onB.subscribe(AUDIT, { projectId: project.id });
    dataOf(await a.gql(REPORT_LEAK, { input: { key: key.secret, url: 'https://example.test/paste' } }));
    expect(await closedWithin(onB, 1000)).toEqual({ code: 4401, reason: 'LEAKED' });
    expect(await closedWithin(live(b, key.secret), 2000)).toEqual({ code: 4401, reason: 'LEAKED' });
  });

  it("a member's subscriptions to a project complete when the project is deleted; the connection stays open", async () => {
    const doomed = await seedProject(a, { name: 'Watched and gone' });
    const staying = await seedProject(a, { owner: doomed.owner });
    a.options.relayProjectIds?.push(doomed.id, staying.id);
    const client = live(b, doomed.owner.token);
    await client.connected;
    const events = client.subscribe(AUDIT, { projectId: doomed.id });
    const others = [
      client.subscribe(USAGE, { projectId: doomed.id }),
      client.subscribe(KEY_CHANGED, { projectId: doomed.id }),
    ];
    const kept = client.subscribe(AUDIT, { projectId: staying.id });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(events.isComplete()).toBe(false);
    expect(others.map((other) => other.isComplete())).toEqual([false, false]);
    dataOf(
      await a.gql(
        DELETE_PROJECT,
        { input: { id: doomed.id, confirmName: 'Watched and gone' } },
        { token: doomed.owner.token },
      ),
    );
    await eventually(
      async () => events.isComplete(),
      (complete) => complete,
      3000,
    );
    // Its last event is refused like any read of a deleted project.
    expect(JSON.stringify(events.results)).toContain('NOT_FOUND');
    await eventually(
      async () => others.every((other) => other.isComplete()),
      (complete) => complete,
      3000,
    );
    expect(others.map((other) => other.errors)).toEqual([[], []]);
    // Another project's subscription on the same connection goes on.
    expect(kept.isComplete()).toBe(false);
    expect(kept.errors).toEqual([]);
    // (It may have been sent the staying project's own creation events: none of them refused.)
    expect(kept.results.filter((result) => result.errors)).toEqual([]);
    expect(client.isClosed()).toBe(false);
  });

  it("deleting a project closes its keys' connections on another process (4401 DELETED)", async () => {
    const doomed = await seedProject(a, { name: 'Live and gone' });
    const key = await seedKey(a, doomed, { scopes: ['audit:read'] });
    const onB = live(b, key.secret);
    await onB.connected;
    onB.subscribe(AUDIT, { projectId: doomed.id });
    dataOf(
      await a.gql(
        DELETE_PROJECT,
        { input: { id: doomed.id, confirmName: 'Live and gone' } },
        { token: doomed.owner.token },
      ),
    );
    expect(await closedWithin(onB, 1000)).toEqual({ code: 4401, reason: 'DELETED' });
  });

  it('an expiring key is closed when it expires, then refused with 4401 EXPIRED', async () => {
    const key = await seedKey(a, project, { scopes: [], expiresAt: new Date(Date.now() + 2500).toISOString() });
    const client = live(b, key.secret);
    await client.connected;
    expect(await closedWithin(client, 4000)).toEqual({ code: 4401, reason: 'EXPIRED' });
    expect(await closedWithin(live(a, key.secret), 2000)).toEqual({ code: 4401, reason: 'EXPIRED' });
  });

  it("a rotated key's connection closes when its grace period ends (4401 ROTATED)", async () => {
    const key = await seedKey(a, project, { scopes: [] });
    const client = live(b, key.secret);
    await client.connected;
    dataOf(await a.gql(ROTATE, { input: { id: key.id, gracePeriodSeconds: 2 } }, { token: project.owner.token }));
    // Still open during the grace period …
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(client.isClosed()).toBe(false);
    // … and closed when it ends.
    expect(await closedWithin(client, 3000)).toEqual({ code: 4401, reason: 'ROTATED' });
  });

  it('logging out closes the connections of the session', async () => {
    const session = (await seedProject(a)).owner;
    const client = live(b, session.token);
    await client.connected;
    dataOf(await a.gql(LOG_OUT, {}, { token: session.token }));
    expect(await closedWithin(client, 1000)).toEqual({ code: 4401, reason: 'SESSION_EXPIRED' });
  });

  it('a personal token subscribes, and revoking it closes its connection on another process', async () => {
    const token = await seedPersonalToken(a, project.owner, { scopes: ['audit:read'], projectIds: [project.id] });
    const client = live(b, token.secret);
    await client.connected;
    const events = client.subscribe(AUDIT, { projectId: project.id });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(client.isClosed()).toBe(false);
    expect(events.errors).toEqual([]);
    dataOf(await a.gql(REVOKE_TOKEN, { id: token.id }, { token: project.owner.token }));
    const closed = await closedWithin(client, 1000);
    expect(closed.code).toBe(4401);
    expect(await closedWithin(live(a, token.secret), 2000)).toEqual({ code: 4401, reason: closed.reason });
  });

  it('each connection attempt counts against the rate limit: over it, 4429', async () => {
    const key = await seedKey(a, project, { scopes: [] });
    dataOf(await a.gql(UPDATE, { input: { id: key.id, rateLimit: { perDay: 2 } } }, { token: project.owner.token }));
    const first = live(a, key.secret);
    await first.connected;
    const second = live(b, key.secret);
    await second.connected;
    expect(await closedWithin(live(a, key.secret), 2000)).toEqual({ code: 4429, reason: 'RATE_LIMITED' });
    // The HTTP API agrees: the key's day is used up by its connections.
    expect((await a.gql(VIEWER, {}, { token: key.secret })).status).toBe(429);
  });

  it('a portal session connects with its cookie on the upgrade', async () => {
    const client = live(a, null, { headers: { cookie: `latchkey_session=${project.owner.token}` } });
    await client.connected;
    const changes = client.subscribe<{ apiKeyChanged: { id: string; name: string; status: string } }>(KEY_CHANGED, {
      projectId: project.id,
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const name = `changed-${randomUUID().slice(0, 8)}`;
    const created = dataOf(
      await a.gql(CREATE_KEY, { input: { projectId: project.id, name, scopes: [] } }, { token: project.owner.token }),
    );
    const change = await changes.next((data) => data.apiKeyChanged.id === created.createApiKey.apiKey.id, 2000);
    expect(change.apiKeyChanged).toMatchObject({ name, status: 'ACTIVE' });
  });

  it('a cookie from another origin is ignored', async () => {
    const client = live(a, null, {
      headers: { cookie: `latchkey_session=${project.owner.token}`, origin: 'https://evil.example' },
    });
    expect(await closedWithin(client, 2000)).toEqual({ code: 4401, reason: 'MISSING' });
  });
});

describe('usageEvents and liveConnections', () => {
  it('usage is published only while some process has a subscription to it', async () => {
    const key = await seedKey(a, project, { scopes: [] });
    const heard: string[] = [];
    const listener = new Redis(a.config.redisUrl);
    listener.on('message', (_channel: string, text: string) => heard.push(text));
    await listener.subscribe(liveChannelName(a.prefix, 'usage'));
    const audience = () => a.redis.zcard(`${a.prefix}:live:audience:usage`);
    const flushed = () => new Promise((resolve) => setTimeout(resolve, 400));
    try {
      expect(await audience()).toBe(0);
      dataOf(await b.gql(VIEWER, {}, { token: key.secret }));
      await flushed();
      expect(heard).toEqual([]);
      // A subscription on one process: the other publishes its usage again.
      const client = live(a, key.secret);
      await client.connected;
      const usage = client.subscribe<{ usageEvents: { operation: string } }>(USAGE, {
        projectId: project.id,
        apiKeyId: key.id,
      });
      await eventually(audience, (count) => count === 1, 2000);
      dataOf(await b.gql(VIEWER, {}, { token: key.secret }));
      await usage.next((data) => data.usageEvents.operation === 'LiveViewer', 2000);
      expect(heard.some((text) => text.includes(key.id))).toBe(true);
      // Once it has gone, nothing goes out.
      await client.dispose();
      await eventually(audience, (count) => count === 0, 2000);
      heard.length = 0;
      dataOf(await b.gql(VIEWER, {}, { token: key.secret }));
      await flushed();
      expect(heard).toEqual([]);
    } finally {
      listener.disconnect();
    }
  });

  it("a key without scopes watches its own usage live (the partner's view), connections included", async () => {
    const key = await seedKey(a, project, { scopes: [] });
    const client = live(a, key.secret);
    await client.connected;
    const usage = client.subscribe<{ usageEvents: { apiKeyId: string; operation: string; operationType: string } }>(
      USAGE,
      { projectId: project.id, apiKeyId: key.id },
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    dataOf(await b.gql(VIEWER, {}, { token: key.secret }));
    const seen = await usage.next((data) => data.usageEvents.operation === 'LiveViewer', 2000);
    expect(seen.usageEvents).toMatchObject({ apiKeyId: key.id, operationType: 'query' });
    const second = live(b, key.secret);
    await second.connected;
    await usage.next((data) => data.usageEvents.operation === 'connection_init', 2000);
    // Another key's usage needs usage:read.
    const denied = client.subscribe(USAGE, { projectId: project.id, apiKeyId: project.defaultKey.id });
    expect(await closedWithin(client, 2000)).toEqual({ code: 4403, reason: 'FORBIDDEN' });
    expect(denied.results.length + denied.errors.length).toBeGreaterThan(0);
  });

  it('ApiKey.liveConnections counts connections over every process', async () => {
    const key = await seedKey(a, project, { scopes: [] });
    const count = async () =>
      dataOf(await a.gql(LIVE_CONNECTIONS, { id: key.id }, { token: project.owner.token })).apiKey?.liveConnections;
    expect(await count()).toBe(0);
    const onA = live(a, key.secret);
    const onB = live(b, key.secret);
    await Promise.all([onA.connected, onB.connected]);
    await eventually(count, (value) => value === 2, 2000);
    await onB.dispose();
    await eventually(count, (value) => value === 1, 2000);
  });

  it('exports connection metrics', async () => {
    const text = await (await fetch(`${a.url}/metrics`)).text();
    expect(text).toMatch(/latchkey_ws_connections \d+/);
    expect(text).toContain('latchkey_ws_refusals_total{reason="DEACTIVATED",stage="connect"}');
    expect(text).toContain('latchkey_ws_messages_total{type="next"}');
  });
});
