/**
 * Webhooks end to end: the real server and workers, PostgreSQL, Redis and a real HTTP receiver on
 * 127.0.0.1. Every delivery the receiver gets is verified with the `standardwebhooks` package.
 */
import { Webhook } from 'standardwebhooks';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../helpers/gql/index.js';
import { codeOf, dataOf, show, type TestServer } from '../../helpers/harness.js';
import { type SeededProject, seedKey, seedProject } from '../../helpers/seed.js';
import {
  createEndpoint,
  endpointsOf,
  eventually,
  type ReceivedRequest,
  type Receiver,
  relayProjects,
  startReceiver,
  startWebhookServer,
} from './webhook-harness.js';

const SEND_TEST = graphql(`
  mutation WebhookSendTest($id: ID!) { sendTestWebhook(id: $id) { id eventId eventType status attempts } }
`);
const REDELIVER = graphql(`
  mutation WebhookRedeliver($deliveryId: ID!) {
    redeliverWebhook(deliveryId: $deliveryId) { id eventId eventType status redeliveryOf }
  }
`);
const ROTATE = graphql(`
  mutation WebhookRotate($input: RotateWebhookSecretInput!) {
    rotateWebhookSecret(input: $input) { secret endpoint { id secretPreview previousSecretExpiresAt } }
  }
`);
const DEACTIVATE = graphql(`mutation WebhookDeactivateKey($id: ID!) { deactivateApiKey(id: $id) { id status } }`);

let server: TestServer;
let receiver: Receiver;
const servers: TestServer[] = [];

beforeAll(async () => {
  receiver = await startReceiver();
});
afterEach(async () => {
  for (const started of servers.splice(0)) await started.close();
  receiver.script.length = 0;
  receiver.fallback = 200;
});
afterAll(async () => {
  await receiver.close();
});

/** A webhook server with workers relaying a fresh project, and an endpoint of that project. */
async function setUp(events: string[] = [], usage = {}) {
  server = await startWebhookServer({}, usage);
  servers.push(server);
  const project = await seedProject(server);
  // Each test's endpoint has a path of its own on the shared receiver.
  const endpoint = await createEndpoint(server, project, `${receiver.url}/${project.id}`, events);
  await relayProjects(server, project);
  return { project, endpoint };
}

/** What the receiver got for the project's endpoint. */
const requestsOf = (project: SeededProject) =>
  receiver.requests.filter((request) => request.path === `/hooks/${project.id}`);

/** The request's body, verified with the secret; throws when it does not verify. */
function verified(
  request: ReceivedRequest,
  secret: string,
): { type: string; timestamp: string; data: Record<string, unknown> } {
  return new Webhook(secret).verify(request.body, request.headers) as never;
}

async function sendTest(project: SeededProject, endpointId: string) {
  return dataOf(await server.gql(SEND_TEST, { id: endpointId }, { token: project.owner.token })).sendTestWebhook;
}

describe('webhooks', () => {
  it('sends a test event signed per Standard Webhooks, and logs the delivery', async () => {
    const { project, endpoint } = await setUp();
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const test = await sendTest(project, endpoint.id);
    expect(test).toMatchObject({ eventType: 'webhook.test', status: 'PENDING', attempts: 0 });

    const [request] = await eventually(
      async () => receiver.requestsFor(test.eventId),
      (found) => found.length === 1,
    );
    expect(request?.method).toBe('POST');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers['webhook-id']).toBe(test.eventId);
    expect(Math.abs(Number(request?.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(30);
    expect(request?.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
    const body = verified(request as ReceivedRequest, endpoint.secret);
    expect(body).toMatchObject({
      type: 'webhook.test',
      data: { id: test.eventId, projectId: project.id, endpointId: endpoint.id },
    });
    expect(Object.keys(body).sort()).toEqual(['data', 'timestamp', 'type']);
    expect(request?.body).not.toContain('whsec_');

    const [logged] = await eventually(
      async () => (await endpointsOf(server, project))[0]?.deliveries ?? [],
      (deliveries) => deliveries[0]?.status === 'SUCCEEDED',
    );
    expect(logged).toMatchObject({ id: test.id, attempts: 1, responseStatus: 200, error: null, nextAttemptAt: null });
    expect(logged?.durationMs).toBeGreaterThanOrEqual(0);
    expect(logged?.lastAttemptAt).toBeTruthy();
  });

  it('delivers key changes as their events (createApiKey → key.created, deactivateApiKey → key.deactivated)', async () => {
    const { project, endpoint } = await setUp();
    const key = await seedKey(server, project, { scopes: ['keys:read'], name: 'watched key' });
    dataOf(await server.gql(DEACTIVATE, { id: key.id }, { token: project.owner.token }));

    const bodies = await eventually(
      async () => requestsOf(project).map((request) => verified(request, endpoint.secret)),
      (found) => found.length >= 2,
    );
    // Deliveries run concurrently: their arrival order is not promised (each carries its timestamp).
    expect(bodies.map((body) => body.type).sort()).toEqual(['key.created', 'key.deactivated']);
    const byType = new Map(bodies.map((body) => [body.type, body]));
    expect(byType.get('key.created')?.data).toMatchObject({
      action: 'key.created',
      target: { type: 'api_key', id: key.id, label: 'watched key' },
      actor: { type: 'USER', label: project.owner.email },
    });
    expect(byType.get('key.deactivated')?.data).toMatchObject({
      summary: { before: { status: 'ACTIVE' }, after: { status: 'DEACTIVATED' } },
    });
    // No secret of the key travels in a webhook.
    expect(JSON.stringify(bodies)).not.toContain(key.secret.slice(8));
    const deliveries = (await endpointsOf(server, project))[0]?.deliveries ?? [];
    expect(deliveries.map((delivery) => delivery.eventType).sort()).toEqual(['key.created', 'key.deactivated']);
  });

  it('sends only the events an endpoint subscribed to', async () => {
    const { project, endpoint } = await setUp(['key.deactivated']);
    const key = await seedKey(server, project, { scopes: ['keys:read'] });
    dataOf(await server.gql(DEACTIVATE, { id: key.id }, { token: project.owner.token }));
    await eventually(
      async () => requestsOf(project),
      (found) => found.length >= 1,
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(requestsOf(project).map((request) => verified(request, endpoint.secret).type)).toEqual(['key.deactivated']);
  });

  it('retries a failed attempt with the same webhook-id and a fresh signature, then succeeds', async () => {
    const { project, endpoint } = await setUp();
    receiver.script.push(500);
    const test = await sendTest(project, endpoint.id);
    const requests = await eventually(
      async () => receiver.requestsFor(test.eventId),
      (found) => found.length === 2,
    );
    for (const request of requests) verified(request, endpoint.secret);
    expect(requests[1]!.at - requests[0]!.at).toBeGreaterThanOrEqual(150);
    const [logged] = await eventually(
      async () => (await endpointsOf(server, project))[0]?.deliveries ?? [],
      (deliveries) => deliveries[0]?.status === 'SUCCEEDED',
    );
    expect(logged).toMatchObject({ attempts: 2, responseStatus: 200, error: null });
  });

  it('shows RETRYING with the next attempt, and FAILED once the retries run out', async () => {
    const { project, endpoint } = await setUp([], { webhookRetryDelaysMs: [1_500] });
    receiver.script.push(503, 502);
    const test = await sendTest(project, endpoint.id);
    const [retrying] = await eventually(
      async () => (await endpointsOf(server, project))[0]?.deliveries ?? [],
      (deliveries) => deliveries[0]?.status === 'RETRYING',
    );
    expect(retrying).toMatchObject({ attempts: 1, responseStatus: 503, error: 'The endpoint answered 503.' });
    expect(new Date(retrying!.nextAttemptAt!).getTime()).toBeGreaterThan(Date.now());
    const [failed] = await eventually(
      async () => (await endpointsOf(server, project))[0]?.deliveries ?? [],
      (deliveries) => deliveries[0]?.status === 'FAILED',
    );
    expect(failed).toMatchObject({ attempts: 2, responseStatus: 502, nextAttemptAt: null });
    expect(receiver.requestsFor(test.eventId)).toHaveLength(2);
  });

  it('redelivers an event as a new delivery with the same webhook-id', async () => {
    const { project, endpoint } = await setUp([], { webhookRetryDelaysMs: [] });
    receiver.script.push(500);
    const test = await sendTest(project, endpoint.id);
    await eventually(
      async () => (await endpointsOf(server, project))[0]?.deliveries ?? [],
      (deliveries) => deliveries[0]?.status === 'FAILED',
    );
    const again = dataOf(
      await server.gql(REDELIVER, { deliveryId: test.id }, { token: project.owner.token }),
    ).redeliverWebhook;
    expect(again).toMatchObject({
      eventId: test.eventId,
      eventType: 'webhook.test',
      status: 'PENDING',
      redeliveryOf: test.id,
    });
    expect(again.id).not.toBe(test.id);
    const requests = await eventually(
      async () => receiver.requestsFor(test.eventId),
      (found) => found.length === 2,
    );
    expect(requests[1]?.body).toBe(requests[0]?.body);
    verified(requests[1] as ReceivedRequest, endpoint.secret);
    const deliveries = await eventually(
      async () => (await endpointsOf(server, project))[0]?.deliveries ?? [],
      (found) => found[0]?.status === 'SUCCEEDED',
    );
    expect(deliveries.map((delivery) => delivery.status)).toEqual(['SUCCEEDED', 'FAILED']);
  });

  it('signs with both secrets during a rotation overlap, and with the new one only without', async () => {
    const { project, endpoint } = await setUp();
    const rotated = dataOf(
      await server.gql(ROTATE, { input: { id: endpoint.id, overlapSeconds: 3600 } }, { token: project.owner.token }),
    ).rotateWebhookSecret;
    expect(rotated.secret).not.toBe(endpoint.secret);
    expect(rotated.endpoint.secretPreview).toBe(`${rotated.secret.slice(0, 10)}…${rotated.secret.slice(-4)}`);
    expect(new Date(rotated.endpoint.previousSecretExpiresAt!).getTime()).toBeGreaterThan(Date.now() + 3500_000);

    const overlapping = await sendTest(project, endpoint.id);
    const [first] = await eventually(
      async () => receiver.requestsFor(overlapping.eventId),
      (found) => found.length === 1,
    );
    expect(first?.headers['webhook-signature']?.split(' ')).toHaveLength(2);
    verified(first as ReceivedRequest, endpoint.secret);
    verified(first as ReceivedRequest, rotated.secret);

    const again = dataOf(
      await server.gql(ROTATE, { input: { id: endpoint.id, overlapSeconds: 0 } }, { token: project.owner.token }),
    ).rotateWebhookSecret;
    expect(again.endpoint.previousSecretExpiresAt).toBeNull();
    const alone = await sendTest(project, endpoint.id);
    const [second] = await eventually(
      async () => receiver.requestsFor(alone.eventId),
      (found) => found.length === 1,
    );
    expect(second?.headers['webhook-signature']?.split(' ')).toHaveLength(1);
    verified(second as ReceivedRequest, again.secret);
    expect(() => verified(second as ReceivedRequest, rotated.secret)).toThrow();
  });

  it('does not follow redirects: a 3xx is a failed attempt', async () => {
    const { project, endpoint } = await setUp([], { webhookRetryDelaysMs: [] });
    receiver.script.push({ status: 307, headers: { location: `${receiver.url}/elsewhere` } });
    const test = await sendTest(project, endpoint.id);
    const [failed] = await eventually(
      async () => (await endpointsOf(server, project))[0]?.deliveries ?? [],
      (deliveries) => deliveries[0]?.status === 'FAILED',
    );
    expect(failed?.responseStatus).toBe(307);
    expect(receiver.requests.filter((request) => request.path.endsWith('/elsewhere'))).toHaveLength(0);
    expect(receiver.requestsFor(test.eventId)).toHaveLength(1);
  });

  it('gives up on an attempt at the timeout', async () => {
    const { project, endpoint } = await setUp([], { webhookRetryDelaysMs: [], webhookTimeoutMs: 300 });
    receiver.script.push('hang');
    await sendTest(project, endpoint.id);
    const [failed] = await eventually(
      async () => (await endpointsOf(server, project))[0]?.deliveries ?? [],
      (deliveries) => deliveries[0]?.status === 'FAILED',
    );
    expect(failed).toMatchObject({ responseStatus: null, error: 'No answer within 300 ms.' });
    expect(failed?.durationMs).toBeGreaterThanOrEqual(250);
  });

  it('disables an endpoint that keeps failing, audits it, and fails what was still queued', async () => {
    const { project, endpoint } = await setUp([], { webhookDisableAfterMs: 0 });
    receiver.fallback = 500;
    await sendTest(project, endpoint.id);
    const [disabled] = await eventually(
      async () => endpointsOf(server, project),
      (endpoints) => endpoints[0]?.enabled === false,
    );
    expect(disabled?.disabledReason).toMatch(/failed/);
    expect(disabled?.failingSince).toBeTruthy();
    const [delivery] = await eventually(
      async () => (await endpointsOf(server, project))[0]?.deliveries ?? [],
      (deliveries) => deliveries[0]?.status === 'FAILED',
    );
    expect(delivery?.error).toBe('The endpoint is disabled.');
    const audit = await server.gql(
      `query($id: ID!) { project(id: $id) { auditEvents(filter: { actions: ["webhook.disabled"] }) { edges { node { actor { type label } targetId summary } } } } }`,
      { id: project.id },
      { token: project.owner.token },
    );
    expect(JSON.stringify(audit.body), show(audit)).toContain(endpoint.id);
    expect(JSON.stringify(audit.body)).toContain('SYSTEM');
    // A disabled endpoint takes no test sends until it is enabled again.
    const refused = await server.gql(SEND_TEST, { id: endpoint.id }, { token: project.owner.token });
    expect(codeOf(refused), show(refused)).toBe('CONFLICT');
  });

  it('disables an endpoint that answers 410 Gone at once', async () => {
    const { project, endpoint } = await setUp();
    receiver.script.push(410);
    await sendTest(project, endpoint.id);
    const [gone] = await eventually(
      async () => endpointsOf(server, project),
      (endpoints) => endpoints[0]?.enabled === false,
    );
    expect(gone?.disabledReason).toBe('The endpoint answered 410 Gone.');
  });
  it('sends a delivery whose job Redis lost: the sweeper dispatches it again', async () => {
    server = await startWebhookServer();
    servers.push(server);
    const project = await seedProject(server);
    const endpoint = await createEndpoint(server, project, `${receiver.url}/${project.id}`);
    // No workers yet: the test send waits in PostgreSQL. Then it looks dispatched ten minutes ago,
    // with no job in Redis, as after a Redis failover that lost its queue.
    const test = await sendTest(project, endpoint.id);
    await server.orm.em
      .fork()
      .getConnection()
      .execute("update webhook_deliveries set enqueued_at = now() - interval '10 minutes' where id = ?", [test.id]);
    await relayProjects(server, project);
    const [request] = await eventually(
      async () => receiver.requestsFor(test.eventId),
      (found) => found.length === 1,
    );
    verified(request as ReceivedRequest, endpoint.secret);
  });
});
