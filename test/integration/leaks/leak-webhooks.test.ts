/**
 * `key.leaked` travels like every event: the audit row written with the status change is the
 * outbox, and the relay delivers it to the project's webhook endpoints that want it, signed, with
 * the report's URL and never the key (docs/webhooks.md, docs/leaked-keys.md).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKey } from '../../../src/modules/api-keys/key-format.js';
import { graphql } from '../../helpers/gql/index.js';
import { dataOf, type TestServer } from '../../helpers/harness.js';
import { type SeededProject, seedKey, seedProject } from '../../helpers/seed.js';
import {
  createEndpoint,
  eventually,
  type Receiver,
  relayProjects,
  startReceiver,
  startWebhookServer,
} from '../webhooks/webhook-harness.js';

const REPORT = graphql(
  `mutation LeakWebhooksReport($input: ReportLeakedKeyInput!) { reportLeakedKey(input: $input) { received } }`,
);

let server: TestServer;
let receiver: Receiver;
let project: SeededProject;
beforeAll(async () => {
  receiver = await startReceiver();
  server = await startWebhookServer();
  project = await seedProject(server);
  await relayProjects(server, project);
});
afterAll(async () => {
  await server?.close();
  await receiver?.close();
});

describe('key.leaked', () => {
  it('reaches the endpoints subscribed to it, once, without the key', async () => {
    await createEndpoint(server, project, `${receiver.url}/leaks`, ['key.leaked']);
    const key = await seedKey(server, project, { name: 'pasted' });
    const url = 'https://gist.example/octo/123';
    dataOf(await server.gql(REPORT, { input: { key: key.secret, url } }));
    // An unknown key raises nothing.
    dataOf(await server.gql(REPORT, { input: { key: generateKey('live'), url } }));

    const requests = await eventually(
      async () => receiver.requests.filter((request) => request.path.endsWith('/leaks')),
      (found) => found.length >= 1,
    );
    const body = JSON.parse(requests[0]?.body ?? '{}');
    expect(body.type).toBe('key.leaked');
    expect(body.data).toMatchObject({
      projectId: project.id,
      action: 'key.leaked',
      target: expect.objectContaining({ id: key.id }),
    });
    expect(JSON.stringify(body)).toContain(url);
    expect(JSON.stringify(body)).not.toContain(key.secret);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(receiver.requests.filter((request) => request.path.endsWith('/leaks'))).toHaveLength(1);
  });
});
