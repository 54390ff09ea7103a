/**
 * The outbox relay under faults: worker processes of their own (relay-process.ts), killed with
 * SIGKILL, two at once, restarted. Every committed audit event is relayed exactly once (the
 * cursor's count of relayed events equals the events written, and each webhook event has one
 * delivery per endpoint), and every delivery reaches the receiver.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { Webhook } from 'standardwebhooks';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASE_URL, TEST_REDIS_URL, TEST_SECRET } from '../../helpers/env.js';
import { graphql } from '../../helpers/gql/index.js';
import { dataOf, removeRedisPrefix, type TestServer } from '../../helpers/harness.js';
import { type SeededProject, seedKey, seedProject } from '../../helpers/seed.js';
import {
  createEndpoint,
  endpointsOf,
  eventually,
  type Receiver,
  relayProjects,
  startReceiver,
  startWebhookServer,
} from './webhook-harness.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const UPDATE_KEY = graphql(`
  mutation RelayUpdateKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { id } }
`);
const SEND_TEST = graphql(`mutation RelaySendTest($id: ID!) { sendTestWebhook(id: $id) { id eventId } }`);

let receiver: Receiver;
const children: ChildProcess[] = [];
const servers: TestServer[] = [];
const prefixes: string[] = [];

beforeAll(async () => {
  receiver = await startReceiver();
});
afterEach(async () => {
  for (const child of children.splice(0))
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const server of servers.splice(0)) await server.close();
  for (const prefix of prefixes.splice(0)) await removeRedisPrefix(TEST_REDIS_URL, prefix);
});
afterAll(async () => {
  await receiver.close();
});

interface Relay {
  prefix: string;
  cursor: string;
  projectIds: string[];
}

/** Starts the workers in a process of their own; resolves once they run. */
async function startRelayProcess(relay: Relay): Promise<ChildProcess> {
  const child = spawn(
    resolve(ROOT, 'node_modules/.bin/node'),
    [resolve(ROOT, 'node_modules/.bin/jiti'), resolve(import.meta.dirname, 'relay-process.ts')],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: TEST_DATABASE_URL,
        REDIS_URL: TEST_REDIS_URL,
        LATCHKEY_SECRET: TEST_SECRET,
        LATCHKEY_WEBHOOKS_ALLOW_PRIVATE: 'true',
        TEST_QUEUE_PREFIX: relay.prefix,
        TEST_RELAY_PROJECT_IDS: relay.projectIds.join(','),
        TEST_RELAY_CURSOR: relay.cursor,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  children.push(child);
  let output = '';
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`relay process did not start:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('ready')) {
        clearTimeout(timer);
        ready();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      fail(new Error(`relay process exited (${code ?? signal}):\n${output}`));
    });
  });
  return child;
}

function kill(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGKILL');
  });
}

async function cursorOf(server: TestServer, name: string): Promise<{ relayed: number } | null> {
  const rows = await server.orm.em
    .fork()
    .getConnection()
    .execute<{ relayed_events: string }[]>('select relayed_events from event_relay_cursors where name = ?', [name]);
  return rows[0] ? { relayed: Number(rows[0].relayed_events) } : null;
}

async function eventsOf(
  server: TestServer,
  project: SeededProject,
  since: Date,
): Promise<{ id: string; action: string }[]> {
  return server.orm.em
    .fork()
    .getConnection()
    .execute('select id, action from audit_events where project_id = ? and created_at >= ? order by id', [
      project.id,
      since,
    ]);
}

/** Key changes: a created key, then `count` updates of it (one key.updated event each). */
async function changeKeys(server: TestServer, project: SeededProject, count: number): Promise<void> {
  const key = await seedKey(server, project, { scopes: ['keys:read'] });
  for (let index = 0; index < count; index += 1) {
    dataOf(
      await server.gql(
        UPDATE_KEY,
        { input: { id: key.id, description: `change ${index}` } },
        { token: project.owner.token },
      ),
    );
  }
}

async function setUp() {
  const server = await startWebhookServer();
  servers.push(server);
  const project = await seedProject(server);
  const endpoint = await createEndpoint(server, project, `${receiver.url}/${project.id}`);
  const relay: Relay = {
    prefix: `lk-test-relay-${randomUUID().slice(0, 8)}`,
    cursor: `test-${randomUUID()}`,
    projectIds: [project.id],
  };
  prefixes.push(relay.prefix);
  return { server, project, endpoint, relay };
}

/** Waits until the relay has relayed every event of the project since `since`, then checks it did so once. */
async function expectRelayedOnce(
  server: TestServer,
  project: SeededProject,
  relay: Relay,
  since: Date,
  secret: string,
) {
  const events = await eventsOf(server, project, since);
  const webhookEvents = events.filter((event) => event.action.startsWith('key.'));
  await eventually(
    async () => cursorOf(server, relay.cursor),
    (cursor) => (cursor?.relayed ?? 0) >= events.length,
    30_000,
  );
  // Exactly once: a second relay of any event would count it again.
  await new Promise((wait) => setTimeout(wait, 300));
  expect((await cursorOf(server, relay.cursor))?.relayed).toBe(events.length);
  const rows = await server.orm.em
    .fork()
    .getConnection()
    .execute<{ event_id: string; deliveries: string }[]>(
      'select event_id, count(*)::text as deliveries from webhook_deliveries where project_id = ? group by event_id',
      [project.id],
    );
  const byEvent = new Map(rows.map((row) => [row.event_id, Number(row.deliveries)]));
  for (const event of webhookEvents) expect(byEvent.get(event.id), event.action).toBe(1);
  // And every one of them arrived, signed.
  const received = await eventually(
    async () =>
      new Set(
        receiver.requests
          .filter((request) => request.path === `/hooks/${project.id}`)
          .map((request) => request.headers['webhook-id']),
      ),
    (ids) => webhookEvents.every((event) => ids.has(event.id)),
    30_000,
  );
  expect(received.size).toBeGreaterThanOrEqual(webhookEvents.length);
  for (const request of receiver.requests.filter((found) => found.path === `/hooks/${project.id}`)) {
    new Webhook(secret).verify(request.body, request.headers);
  }
}

describe('the event relay', () => {
  it('relays each event once with two worker processes, one killed mid-stream', async () => {
    const { server, project, endpoint, relay } = await setUp();
    // One after the other: two compiling at once on a busy machine take long.
    const first = await startRelayProcess(relay);
    await startRelayProcess(relay);
    await eventually(
      async () => cursorOf(server, relay.cursor),
      (cursor) => cursor !== null,
    );
    const since = new Date();
    const writing = changeKeys(server, project, 30);
    await new Promise((wait) => setTimeout(wait, 400));
    await kill(first);
    await writing;
    await expectRelayedOnce(server, project, relay, since, endpoint.secret);
  }, 150_000);

  it('loses no event committed while no relay runs: a restarted relay resumes from its cursor', async () => {
    const { server, project, endpoint, relay } = await setUp();
    const running = await startRelayProcess(relay);
    await eventually(
      async () => cursorOf(server, relay.cursor),
      (cursor) => cursor !== null,
    );
    const since = new Date();
    await changeKeys(server, project, 3);
    await eventually(
      async () => cursorOf(server, relay.cursor),
      (cursor) => (cursor?.relayed ?? 0) >= 4,
    );
    await kill(running);
    // Committed with no relay running: nothing is sent yet.
    await changeKeys(server, project, 5);
    const before = receiver.requests.filter((request) => request.path === `/hooks/${project.id}`).length;
    await new Promise((wait) => setTimeout(wait, 300));
    expect(receiver.requests.filter((request) => request.path === `/hooks/${project.id}`).length).toBe(before);
    await startRelayProcess(relay);
    await expectRelayedOnce(server, project, relay, since, endpoint.secret);
  }, 150_000);

  it('checks the address again at delivery time: a private address stored while allowed is never connected to', async () => {
    const { server, project } = await setUp();
    const privateUrl = `${receiver.url.replace('http://', 'https://')}/${project.id}`;
    const stored = await createEndpoint(server, project, privateUrl);
    // The same deployment's workers, without LATCHKEY_WEBHOOKS_ALLOW_PRIVATE.
    const strict = await startWebhookServer({ webhooksAllowPrivate: false });
    servers.push(strict);
    await relayProjects(strict, project);
    const connectionsBefore = receiver.connections.length;
    dataOf(await server.gql(SEND_TEST, { id: stored.id }, { token: project.owner.token }));
    const refused = await eventually(
      async () => (await endpointsOf(server, project)).find((endpoint) => endpoint.id === stored.id)?.deliveries[0],
      (delivery) => delivery?.attempts === 1,
    );
    expect(refused).toMatchObject({ status: 'RETRYING', responseStatus: null });
    expect(refused?.error).toMatch(/resolves to a private, loopback, link-local or reserved address/);
    expect(receiver.connections.length).toBe(connectionsBefore);
  });
});
