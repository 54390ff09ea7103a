/**
 * Issue 13's story, as a customer lives it: a chatbot platform defines its API's permissions,
 * issues a key with a permission, an external id, metadata, 5 credits and an address list, and
 * guards its own route with the SDK's middleware.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type KeyVerification, Latchkey } from '../../../sdk/src/index.js';
import { graphql } from '../../helpers/gql/index.js';
import { dataOf, startTestServer, type TestServer } from '../../helpers/harness.js';
import { type SeededProject, seedKey, seedProject } from '../../helpers/seed.js';
import { type LocalServer, listen } from './local-http.js';

const CREATE_PERMISSION = graphql(`
  mutation StoryCreatePermission($input: CreatePermissionInput!) { createPermission(input: $input) { id } }
`);
const CREATE_KEY = graphql(`
  mutation StoryCreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } secret } }
`);
const UPDATE_KEY = graphql(`
  mutation StoryUpdateKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { id } }
`);

let latchkey: TestServer;
let project: SeededProject;
let chatbot: LocalServer;

beforeAll(async () => {
  latchkey = await startTestServer();
  project = await seedProject(latchkey, { plan: 'PRO' });
});
afterAll(async () => {
  await chatbot?.close();
  await latchkey.close();
});

it('a route requiring bots:read: 200 five times from an allowed address, 429 when the credits are spent, 403 from another address, refused once the permission is removed', async () => {
  const owner = { token: project.owner.token };
  for (const name of ['bots:read', 'bots:write', 'invoke:agents']) {
    dataOf(await latchkey.gql(CREATE_PERMISSION, { input: { projectId: project.id, name } }, owner));
  }
  const { createApiKey } = dataOf(
    await latchkey.gql(
      CREATE_KEY,
      {
        input: {
          projectId: project.id,
          name: 'acme-bot',
          scopes: [],
          permissions: ['bots:write'],
          externalId: 'acme',
          meta: { tier: 'gold' },
          credits: { remaining: 5 },
          allowedCidrs: ['203.0.113.0/24'],
        },
      },
      owner,
    ),
  );
  const verifier = await seedKey(latchkey, project, { scopes: ['keys:verify'] });
  const client = new Latchkey({ url: latchkey.url, token: verifier.secret });
  // The chatbot platform's API: the caller's address comes from its proxy's header.
  const guard = client.middleware({
    requiredPermissions: ['bots:read'],
    clientAddress: (req) => String(req.headers['x-forwarded-for'] ?? ''),
  });
  chatbot = await listen((req: IncomingMessage & { latchkey?: KeyVerification }, res: ServerResponse) => {
    void guard(req, res, () => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ tenant: req.latchkey?.externalId, meta: req.latchkey?.meta }));
    });
  });
  const callBots = async (address: string) => {
    const response = await fetch(`${chatbot.url}/bots`, {
      headers: { authorization: `Bearer ${createApiKey.secret}`, 'x-forwarded-for': address },
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  for (let call = 0; call < 5; call += 1) {
    expect(await callBots('203.0.113.7')).toEqual({ status: 200, body: { tenant: 'acme', meta: { tier: 'gold' } } });
  }
  expect(await callBots('203.0.113.7')).toMatchObject({ status: 429, body: { code: 'USAGE_EXCEEDED' } });
  expect(await callBots('198.51.100.9')).toMatchObject({ status: 403, body: { code: 'ADDRESS_NOT_ALLOWED' } });

  // New credits, then the permission is taken away through Latchkey's API: the next call is refused.
  dataOf(await latchkey.gql(UPDATE_KEY, { input: { id: createApiKey.apiKey.id, credits: { remaining: 5 } } }, owner));
  expect((await callBots('203.0.113.7')).status).toBe(200);
  dataOf(await latchkey.gql(UPDATE_KEY, { input: { id: createApiKey.apiKey.id, permissions: [] } }, owner));
  expect(await callBots('203.0.113.7')).toMatchObject({ status: 403, body: { code: 'INSUFFICIENT_PERMISSIONS' } });
});
