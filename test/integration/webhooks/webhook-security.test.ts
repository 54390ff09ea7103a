/**
 * Who may see and change webhooks, where they may point, and what never leaves the server.
 * The shared security suite (test/integration/security) covers every webhook operation against
 * every kind of bad caller; this file adds roles, scopes, SSRF and secrecy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../helpers/gql/index.js';
import { codeOf, dataOf, type GraphQLResult, show, startTestServer, type TestServer } from '../../helpers/harness.js';
import { type SeededProject, seedKey, seedMember, seedProject } from '../../helpers/seed.js';
import { CREATE_ENDPOINT } from './webhook-harness.js';

const PUBLIC_URL = 'https://93.184.216.34/hooks';

const LIST = graphql(`
  query WebhookSecurityList($id: ID!) { project(id: $id) { webhookEndpoints { id url secretPreview } } }
`);
const UPDATE = graphql(`
  mutation WebhookSecurityUpdate($input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(input: $input) { id url description events enabled }
  }
`);
const DELETE = graphql(`mutation WebhookSecurityDelete($id: ID!) { deleteWebhookEndpoint(id: $id) { id } }`);
const ROTATE = graphql(`
  mutation WebhookSecurityRotate($input: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $input) { secret } }
`);
const SEND_TEST = graphql(`mutation WebhookSecuritySendTest($id: ID!) { sendTestWebhook(id: $id) { id } }`);
const REDELIVER = graphql(`
  mutation WebhookSecurityRedeliver($deliveryId: ID!) { redeliverWebhook(deliveryId: $deliveryId) { id } }
`);

/** A server that refuses private addresses (the default), and one that allows them. */
let strict: TestServer;
let lenient: TestServer;
let project: SeededProject;
let endpointId: string;

beforeAll(async () => {
  [strict, lenient] = await Promise.all([startTestServer(), startTestServer({ webhooksAllowPrivate: true })]);
  project = await seedProject(strict);
  endpointId = dataOf(
    await strict.gql(
      CREATE_ENDPOINT,
      { input: { projectId: project.id, url: PUBLIC_URL, events: ['key.created'] } },
      { token: project.owner.token },
    ),
  ).createWebhookEndpoint.endpoint.id;
});
afterAll(async () => {
  await Promise.all([strict.close(), lenient.close()]);
});

function expectCode(result: GraphQLResult<unknown>, code: string) {
  expect(codeOf(result), show(result)).toBe(code);
}

describe('webhook access', () => {
  it('lets VIEWER and DEVELOPER read endpoints, and only OWNER and ADMIN change them', async () => {
    const viewer = await seedMember(strict, project, 'VIEWER');
    const developer = await seedMember(strict, project, 'DEVELOPER');
    const admin = await seedMember(strict, project, 'ADMIN');
    for (const member of [viewer, developer, admin]) {
      const listed = dataOf(await strict.gql(LIST, { id: project.id }, { token: member.token }));
      expect(listed.project?.webhookEndpoints.map((endpoint) => endpoint.id)).toContain(endpointId);
    }
    for (const member of [viewer, developer]) {
      expectCode(
        await strict.gql(
          CREATE_ENDPOINT,
          { input: { projectId: project.id, url: PUBLIC_URL, events: [] } },
          { token: member.token },
        ),
        'FORBIDDEN',
      );
      expectCode(await strict.gql(SEND_TEST, { id: endpointId }, { token: member.token }), 'FORBIDDEN');
      expectCode(await strict.gql(ROTATE, { input: { id: endpointId } }, { token: member.token }), 'FORBIDDEN');
      expectCode(await strict.gql(DELETE, { id: endpointId }, { token: member.token }), 'FORBIDDEN');
    }
    const changed = await strict.gql(
      UPDATE,
      { input: { id: endpointId, description: 'by an admin' } },
      { token: admin.token },
    );
    expect(dataOf(changed).updateWebhookEndpoint.description).toBe('by an admin');
  });

  it('holds keys to webhooks:read and webhooks:write', async () => {
    const reader = await seedKey(strict, project, { scopes: ['webhooks:read', 'projects:read'] });
    const writer = await seedKey(strict, project, { scopes: ['webhooks:write'] });
    const keysOnly = await seedKey(strict, project, { scopes: ['keys:read', 'projects:read'] });
    dataOf(await strict.gql(LIST, { id: project.id }, { token: reader.secret }));
    const denied = await strict.gql(LIST, { id: project.id }, { token: keysOnly.secret });
    expectCode(denied, 'FORBIDDEN');
    expect(denied.body.errors?.[0]?.extensions?.requiredScope, show(denied)).toBe('webhooks:read');
    expectCode(await strict.gql(SEND_TEST, { id: endpointId }, { token: reader.secret }), 'FORBIDDEN');
    dataOf(await strict.gql(SEND_TEST, { id: endpointId }, { token: writer.secret }));
  });

  it('answers NOT_FOUND for another project’s endpoints and deliveries, and for ids that are not ids', async () => {
    const other = await seedProject(strict);
    const delivery = dataOf(await strict.gql(SEND_TEST, { id: endpointId }, { token: project.owner.token }))
      .sendTestWebhook.id;
    for (const token of [other.owner.token, other.defaultKey.secret]) {
      expectCode(await strict.gql(UPDATE, { input: { id: endpointId, enabled: false } }, { token }), 'NOT_FOUND');
      expectCode(await strict.gql(DELETE, { id: endpointId }, { token }), 'NOT_FOUND');
      expectCode(await strict.gql(ROTATE, { input: { id: endpointId } }, { token }), 'NOT_FOUND');
      expectCode(await strict.gql(SEND_TEST, { id: endpointId }, { token }), 'NOT_FOUND');
      expectCode(await strict.gql(REDELIVER, { deliveryId: delivery }, { token }), 'NOT_FOUND');
      expectCode(await strict.gql(LIST, { id: project.id }, { token }), 'NOT_FOUND');
    }
    for (const id of ['nope', '00000000-0000-7000-8000-000000000000']) {
      expectCode(await strict.gql(SEND_TEST, { id }, { token: project.owner.token }), 'NOT_FOUND');
      expectCode(await strict.gql(REDELIVER, { deliveryId: id }, { token: project.owner.token }), 'NOT_FOUND');
    }
  });
});

describe('manual sends', () => {
  it('takes at most 30 test sends and redeliveries per endpoint per minute: then 429 RATE_LIMITED', async () => {
    const own = await seedProject(strict);
    const id = dataOf(
      await strict.gql(
        CREATE_ENDPOINT,
        { input: { projectId: own.id, url: PUBLIC_URL, events: [] } },
        { token: own.owner.token },
      ),
    ).createWebhookEndpoint.endpoint.id;
    let last = '';
    for (let send = 0; send < 30; send += 1) {
      last = dataOf(await strict.gql(SEND_TEST, { id }, { token: own.owner.token })).sendTestWebhook.id;
    }
    for (const refused of [
      await strict.gql(SEND_TEST, { id }, { token: own.owner.token }),
      await strict.gql(REDELIVER, { deliveryId: last }, { token: own.owner.token }),
    ]) {
      expect(refused.status, show(refused)).toBe(429);
      expect(refused.body.errors?.[0]?.extensions, show(refused)).toMatchObject({
        code: 'RATE_LIMITED',
        retryAfter: 60,
      });
    }
  });
});

describe('webhook URLs', () => {
  const refusals: [string, RegExp][] = [
    ['http://93.184.216.34/hooks', /https/],
    ['https://127.0.0.1/hooks', /public addresses only/],
    ['https://localhost:8443/hooks', /public addresses only|does not resolve/],
    ['https://[::1]/hooks', /public addresses only/],
    ['https://[::ffff:127.0.0.1]/hooks', /public addresses only/],
    ['https://10.0.0.8/hooks', /public addresses only/],
    ['https://192.168.0.10/hooks', /public addresses only/],
    ['https://169.254.169.254/latest/meta-data', /public addresses only/],
    ['https://2130706433/hooks', /public addresses only/],
    ['https://user:pw@93.184.216.34/hooks', /user name or password/],
    ['not a url', /absolute URL/],
    ['https://no-such-host.invalid/hooks', /does not resolve/],
  ];

  it('refuses private, loopback, link-local and unresolvable addresses with BAD_USER_INPUT on url', async () => {
    for (const [url, message] of refusals) {
      const result = await strict.gql(
        CREATE_ENDPOINT,
        { input: { projectId: project.id, url, events: [] } },
        { token: project.owner.token },
      );
      expect(result.status, show(result)).toBe(200);
      expect(result.body.errors?.[0]?.extensions, show(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
      expect(result.body.errors?.[0]?.message, url).toMatch(message);
    }
    const update = await strict.gql(
      UPDATE,
      { input: { id: endpointId, url: 'https://127.0.0.1/hooks' } },
      { token: project.owner.token },
    );
    expect(update.body.errors?.[0]?.extensions, show(update)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
  });

  it('allows them, and plain http, with LATCHKEY_WEBHOOKS_ALLOW_PRIVATE=true', async () => {
    const own = await seedProject(lenient);
    for (const url of ['http://127.0.0.1:9/hooks', 'https://[::1]/hooks', 'http://localhost:9/hooks']) {
      dataOf(
        await lenient.gql(
          CREATE_ENDPOINT,
          { input: { projectId: own.id, url, events: [] } },
          { token: own.owner.token },
        ),
      );
    }
  });

  it('refuses unknown event types and an overlap out of range', async () => {
    const unknown = await strict.gql(
      CREATE_ENDPOINT,
      { input: { projectId: project.id, url: PUBLIC_URL, events: ['key.created', 'key.teleported'] } },
      { token: project.owner.token },
    );
    expect(unknown.body.errors?.[0]?.extensions, show(unknown)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'events',
    });
    const overlap = await strict.gql(
      ROTATE,
      { input: { id: endpointId, overlapSeconds: 8 * 86_400 } },
      { token: project.owner.token },
    );
    expect(overlap.body.errors?.[0]?.extensions, show(overlap)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'overlapSeconds',
    });
  });
});

describe('webhook secrets and audit', () => {
  it('shows a secret once: never in queries, audit events, logs or the database in clear', async () => {
    const own = await seedProject(strict);
    const created = dataOf(
      await strict.gql(
        CREATE_ENDPOINT,
        { input: { projectId: own.id, url: `${PUBLIC_URL}?token=receiver-secret`, events: [] } },
        { token: own.owner.token },
      ),
    ).createWebhookEndpoint;
    const rotated = dataOf(
      await strict.gql(ROTATE, { input: { id: created.endpoint.id } }, { token: own.owner.token }),
    ).rotateWebhookSecret;
    const everything = await strict.gql(
      `query($id: ID!) { project(id: $id) {
        webhookEndpoints { id url description events enabled disabledReason failingSince secretPreview previousSecretExpiresAt createdAt
          deliveries { edges { node { id eventId eventType status error } } } }
        auditEvents(first: 100) { edges { node { action targetLabel summary } } } } }`,
      { id: own.id },
      { token: own.owner.token },
    );
    dataOf(everything);
    const dump = await strict.orm.em
      .fork()
      .getConnection()
      .execute<{ dump: string }[]>(
        `select coalesce(string_agg(t, ' '), '') as dump from (
           select row_to_json(e)::text as t from webhook_endpoints e where project_id = ?
           union all select row_to_json(a)::text from audit_events a where project_id = ?) x`,
        [own.id, own.id],
      );
    const logs = strict.logs.join('\n');
    for (const secret of [created.secret, rotated.secret]) {
      for (const fragment of [secret, secret.slice(6, 30)]) {
        expect(JSON.stringify(everything.body)).not.toContain(fragment);
        expect(dump[0]?.dump).not.toContain(fragment);
        expect(logs).not.toContain(fragment);
      }
    }
    // The audit log names the endpoint without its query string (a receiver's token).
    expect(JSON.stringify(everything.body.data)).toContain('"targetLabel":"https://93.184.216.34/hooks"');
    expect(dump[0]?.dump).toContain('receiver-secret'); // the endpoint's own row keeps its URL
    expect(
      JSON.stringify((everything.body.data as { project: { auditEvents: unknown } }).project.auditEvents),
    ).not.toContain('receiver-secret');
  });

  it('audits every change', async () => {
    const own = await seedProject(strict);
    const id = dataOf(
      await strict.gql(
        CREATE_ENDPOINT,
        { input: { projectId: own.id, url: PUBLIC_URL, events: [] } },
        { token: own.owner.token },
      ),
    ).createWebhookEndpoint.endpoint.id;
    dataOf(
      await strict.gql(UPDATE, { input: { id, events: ['key.deleted'], enabled: false } }, { token: own.owner.token }),
    );
    dataOf(await strict.gql(UPDATE, { input: { id, enabled: true } }, { token: own.owner.token }));
    dataOf(await strict.gql(ROTATE, { input: { id, overlapSeconds: 0 } }, { token: own.owner.token }));
    const delivery = dataOf(await strict.gql(SEND_TEST, { id }, { token: own.owner.token })).sendTestWebhook.id;
    dataOf(await strict.gql(REDELIVER, { deliveryId: delivery }, { token: own.owner.token }));
    dataOf(await strict.gql(DELETE, { id }, { token: own.owner.token }));
    const audit = dataOf(
      await strict.gql(
        `query($id: ID!) { project(id: $id) { auditEvents(first: 100) { edges { node { action targetId summary } } } } }`,
        { id: own.id },
        { token: own.owner.token },
      ),
    ) as {
      project: {
        auditEvents: { edges: { node: { action: string; targetId: string; summary: Record<string, unknown> } }[] };
      };
    };
    const events = audit.project.auditEvents.edges.map((edge) => edge.node).filter((event) => event.targetId === id);
    expect(events.map((event) => event.action).reverse()).toEqual([
      'webhook.created',
      'webhook.updated',
      'webhook.updated',
      'webhook.secret_rotated',
      'webhook.test_sent',
      'webhook.redelivered',
      'webhook.deleted',
    ]);
    const updates = events.filter((event) => event.action === 'webhook.updated').reverse();
    expect(updates.map((event) => event.summary)).toEqual([
      { before: { events: [], enabled: true }, after: { events: ['key.deleted'], enabled: false } },
      { before: { enabled: false }, after: { enabled: true } },
    ]);
  });
});
