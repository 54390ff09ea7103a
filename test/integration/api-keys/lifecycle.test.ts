import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKey } from '../../../src/modules/api-keys/api-keys.entity.js';
import { hashKey } from '../../../src/modules/api-keys/key-format.js';
import type { TypedDocumentString } from '../../helpers/gql/graphql.js';
import { graphql } from '../../helpers/gql/index.js';
import { codeOf, dataOf, show, startTestServer, type TestServer } from '../../helpers/harness.js';
import { seedKey, seedProject } from '../../helpers/seed.js';

const VIEWER = graphql(`query LifecycleViewer { viewer { apiKey { id name } scopes } }`);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

async function expectRefused(secret: string, reason: string) {
  const result = await server.gql(VIEWER, {}, { token: secret });
  expect(result.status, show(result)).toBe(401);
  expect(codeOf(result), show(result)).toBe('UNAUTHENTICATED');
  expect(result.body.errors?.[0]?.extensions?.reason, show(result)).toBe(reason);
  expect(result.headers.get('www-authenticate')).toContain('Bearer');
}

describe('API key lifecycle', () => {
  it('creates a key whose secret works at once and is stored only as its HMAC', async () => {
    const project = await seedProject(server);
    const key = await seedKey(server, project, { scopes: ['keys:read'], name: 'web' });
    expect(key.secret).toMatch(/^lk_live_[0-9A-Za-z]{38}$/);

    const viewer = await server.gql(VIEWER, {}, { token: key.secret });
    expect(dataOf(viewer).viewer.apiKey!.id).toBe(key.id);

    const em = server.orm.em.fork();
    const row = await em.findOneOrFail(ApiKey, { id: key.id });
    expect(row.keyHash).toBe(hashKey(server.config.secret, key.secret));
    const rows = await em
      .getConnection()
      .execute<{ text: string }[]>('select row_to_json(k)::text as text from api_keys k where id = ?', [key.id]);
    const text = rows[0]?.text ?? '';
    expect(text).toContain(row.keyHash);
    expect(text).not.toContain(key.secret);
    expect(text).not.toContain(key.secret.slice(8, 40));
  });

  it('refuses a deactivated key on the next request, and accepts it again after reactivation', async () => {
    const project = await seedProject(server);
    const key = await seedKey(server, project);
    dataOf(await server.gql(VIEWER, {}, { token: key.secret }));
    dataOf(
      await server.gql(
        graphql(`mutation LifecycleDeactivateApiKey($id: ID!) { deactivateApiKey(id: $id) { status } }`),
        { id: key.id },
        { token: project.owner.token },
      ),
    );
    await expectRefused(key.secret, 'DEACTIVATED');
    dataOf(
      await server.gql(
        graphql(`mutation LifecycleReactivateApiKey($id: ID!) { reactivateApiKey(id: $id) { status } }`),
        { id: key.id },
        { token: project.owner.token },
      ),
    );
    dataOf(await server.gql(VIEWER, {}, { token: key.secret }));
  });

  it('refuses a deleted key on the next request', async () => {
    const project = await seedProject(server);
    const key = await seedKey(server, project);
    dataOf(await server.gql(VIEWER, {}, { token: key.secret }));
    const deleted = await server.gql(
      graphql(`mutation LifecycleDeleteApiKey($id: ID!) { deleteApiKey(id: $id) { id } }`),
      { id: key.id },
      { token: project.owner.token },
    );
    expect(dataOf(deleted).deleteApiKey.id).toBe(key.id);
    await expectRefused(key.secret, 'DELETED');
    const again = await server.gql(
      graphql(`query LifecycleApiKey($id: ID!) { apiKey(id: $id) { id } }`),
      { id: key.id },
      { token: project.owner.token },
    );
    expect(codeOf(again), show(again)).toBe('NOT_FOUND');
  });

  it('refuses an expired key at once, before any worker marks it', async () => {
    const project = await seedProject(server);
    const key = await seedKey(server, project, { expiresAt: new Date(Date.now() + 1500).toISOString() });
    dataOf(await server.gql(VIEWER, {}, { token: key.secret }));
    await new Promise((resolve) => setTimeout(resolve, 1600));
    await expectRefused(key.secret, 'EXPIRED');
    const read = await server.gql(
      graphql(`query LifecycleApiKey2($id: ID!) { apiKey(id: $id) { status } }`),
      { id: key.id },
      { token: project.owner.token },
    );
    expect(dataOf(read).apiKey!.status).toBe('EXPIRED');
  });

  it('rotates: the replacement works at once, the old key until its grace period ends', async () => {
    const project = await seedProject(server);
    const key = await seedKey(server, project, { scopes: ['usage:read'], name: 'rotating' });
    const rotated = await server.gql(
      graphql(
        `mutation LifecycleRotateApiKey($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { secret apiKey { id name scopes { name } } previous { id graceEndsAt } } }`,
      ),
      { input: { id: key.id, gracePeriodSeconds: 2 } },
      { token: project.owner.token },
    );
    const { rotateApiKey } = dataOf(rotated);
    expect(rotateApiKey.apiKey.name).toBe('rotating');
    expect(rotateApiKey.apiKey.scopes.map((scope) => scope.name)).toEqual(['usage:read']);
    expect(rotateApiKey.previous.id).toBe(key.id);
    dataOf(await server.gql(VIEWER, {}, { token: rotateApiKey.secret }));
    dataOf(await server.gql(VIEWER, {}, { token: key.secret }));
    await new Promise((resolve) => setTimeout(resolve, 2100));
    await expectRefused(key.secret, 'ROTATED');
    dataOf(await server.gql(VIEWER, {}, { token: rotateApiKey.secret }));
  });

  it('rotates with no grace period: the old key is refused on the very next request', async () => {
    const project = await seedProject(server);
    const key = await seedKey(server, project);
    const rotated = await server.gql(
      graphql(`mutation LifecycleRotateApiKey2($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { secret } }`),
      { input: { id: key.id } },
      { token: project.owner.token },
    );
    const { secret } = dataOf(rotated).rotateApiKey;
    await expectRefused(key.secret, 'ROTATED');
    dataOf(await server.gql(VIEWER, {}, { token: secret }));
  });

  it('protects the default key: no deactivation, no deletion (CONFLICT); rotation moves the default', async () => {
    const project = await seedProject(server);
    const mutations: TypedDocumentString<unknown, { id: string }>[] = [
      graphql(`mutation LifecycleDeactivateApiKey2($id: ID!) { deactivateApiKey(id: $id) { id } }`),
      graphql(`mutation LifecycleDeleteApiKey($id: ID!) { deleteApiKey(id: $id) { id } }`),
    ];
    for (const mutation of mutations) {
      const result = await server.gql(mutation, { id: project.defaultKey.id }, { token: project.owner.token });
      expect(codeOf(result), show(result)).toBe('CONFLICT');
    }
    dataOf(await server.gql(VIEWER, {}, { token: project.defaultKey.secret }));
    const rotated = await server.gql(
      graphql(
        `mutation LifecycleRotateApiKey3($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { apiKey { isDefault } previous { isDefault } } }`,
      ),
      { input: { id: project.defaultKey.id, gracePeriodSeconds: 60 } },
      { token: project.owner.token },
    );
    expect(dataOf(rotated).rotateApiKey).toEqual({ apiKey: { isDefault: true }, previous: { isDefault: false } });
  });
});
