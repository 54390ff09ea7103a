import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKey } from '../../../src/modules/api-keys/api-keys.entity.js';
import { generateKey } from '../../../src/modules/api-keys/key-format.js';
import type { KeysProjectQuery } from '../../helpers/gql/graphql.js';
import { graphql } from '../../helpers/gql/index.js';
import { codeOf, dataOf, show, startTestServer, type TestServer } from '../../helpers/harness.js';
import { seedKey, seedMember, seedProject } from '../../helpers/seed.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const CREATE = graphql(
  `mutation KeysCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id name environment preview } secret } }`,
);
const UPDATE = graphql(
  `mutation KeysUpdateApiKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { name description scopes { name } expiresAt rateLimit { perMinute perDay source } } }`,
);
const VERIFY = graphql(
  `mutation KeysVerifyApiKey($input: VerifyApiKeyInput!) { verifyApiKey(input: $input) { valid code apiKey { id name scopes { name } } } }`,
);

describe('creating keys', () => {
  it('enforces the plan key limit, counting every environment, and frees a slot on deletion', async () => {
    const project = await seedProject(server, { plan: 'FREE' });
    const second = await seedKey(server, project, { environment: 'TEST' });
    const third = await server.gql(
      CREATE,
      { input: { projectId: project.id, name: 'third', scopes: [] } },
      { token: project.owner.token },
    );
    expect(codeOf(third), show(third)).toBe('PLAN_LIMIT_REACHED');
    dataOf(
      await server.gql(
        graphql(`mutation KeysDeleteApiKey($id: ID!) { deleteApiKey(id: $id) { id } }`),
        { id: second.id },
        { token: project.owner.token },
      ),
    );
    dataOf(
      await server.gql(
        CREATE,
        { input: { projectId: project.id, name: 'third', scopes: [] } },
        { token: project.owner.token },
      ),
    );
  });

  it('makes TEST keys look like lk_test_ and LIVE keys like lk_live_', async () => {
    const project = await seedProject(server);
    const test = await server.gql(
      CREATE,
      { input: { projectId: project.id, name: 'sandbox', scopes: [], environment: 'TEST' } },
      { token: project.owner.token },
    );
    const { secret, apiKey } = dataOf(test).createApiKey;
    expect(secret.startsWith('lk_test_')).toBe(true);
    expect(apiKey.environment).toBe('TEST');
    expect(apiKey.preview).toBe(`${secret.slice(0, 12)}…${secret.slice(-4)}`);
  });

  it('validates names, scopes and expiry with BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const project = await seedProject(server);
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '   ' }, 'name'],
      [{ name: 'x'.repeat(65) }, 'name'],
      [{ name: 'bell\u0007key' }, 'name'],
      [{ name: 'rtl\u202Ekey' }, 'name'],
      [{ scopes: ['keys:destroy'] }, 'scopes'],
      [{ expiresAt: new Date(Date.now() - 1000).toISOString() }, 'expiresAt'],
      [{ description: 'd'.repeat(501) }, 'description'],
    ];
    for (const [override, field] of cases) {
      const input = { projectId: project.id, name: 'valid', scopes: [], ...override };
      const result = await server.gql(CREATE, { input }, { token: project.owner.token });
      expect(codeOf(result), show(result)).toBe('BAD_USER_INPUT');
      expect(result.body.errors?.[0]?.extensions?.field, show(result)).toBe(field);
    }
    expect(await server.orm.em.fork().count(ApiKey, { project: project.id })).toBe(1);
  });

  it('trims names and refuses a duplicate name, case-insensitively (CONFLICT)', async () => {
    const project = await seedProject(server);
    const created = await server.gql(
      CREATE,
      { input: { projectId: project.id, name: '  Backend  ', scopes: [] } },
      { token: project.owner.token },
    );
    expect(dataOf(created).createApiKey.apiKey.name).toBe('Backend');
    const duplicate = await server.gql(
      CREATE,
      { input: { projectId: project.id, name: 'backend', scopes: [] } },
      { token: project.owner.token },
    );
    expect(codeOf(duplicate), show(duplicate)).toBe('CONFLICT');
  });

  it('refuses escalation: a key cannot create or widen a key beyond its own scopes', async () => {
    const project = await seedProject(server);
    const writer = await seedKey(server, project, { scopes: ['keys:write'] });
    const wider = await server.gql(
      CREATE,
      { input: { projectId: project.id, name: 'wider', scopes: ['admin'] } },
      { token: writer.secret },
    );
    expect(codeOf(wider), show(wider)).toBe('FORBIDDEN');
    const narrow = await server.gql(
      CREATE,
      { input: { projectId: project.id, name: 'narrow', scopes: ['keys:read'] } },
      { token: writer.secret },
    );
    const { id } = dataOf(narrow).createApiKey.apiKey;
    const widen = await server.gql(UPDATE, { input: { id, scopes: ['usage:read'] } }, { token: writer.secret });
    expect(codeOf(widen), show(widen)).toBe('FORBIDDEN');
    const developer = await seedMember(server, project, 'DEVELOPER');
    const asDeveloper = await server.gql(
      CREATE,
      { input: { projectId: project.id, name: 'dev-admin', scopes: ['members:write'] } },
      { token: developer.token },
    );
    expect(codeOf(asDeveloper), show(asDeveloper)).toBe('FORBIDDEN');
  });
});

describe('updating keys', () => {
  it('changes name, description, scopes, expiry and limits, effective on the next request, and audits before/after', async () => {
    const project = await seedProject(server, { plan: 'PRO' });
    const key = await seedKey(server, project, { scopes: ['keys:read'] });
    const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
    const updated = await server.gql(
      UPDATE,
      {
        input: {
          id: key.id,
          name: 'renamed',
          description: 'for CI',
          scopes: ['usage:read'],
          expiresAt,
          rateLimit: { perMinute: 50 },
        },
      },
      { token: project.owner.token },
    );
    expect(dataOf(updated).updateApiKey).toEqual({
      name: 'renamed',
      description: 'for CI',
      scopes: [{ name: 'usage:read' }],
      expiresAt,
      rateLimit: { perMinute: 50, perDay: 50_000, source: 'KEY' },
    });
    const viewer = await server.gql(graphql(`query KeysViewer { viewer { scopes } }`), {}, { token: key.secret });
    expect(dataOf(viewer).viewer.scopes).toEqual(['usage:read']);
    const tooHigh = await server.gql(
      UPDATE,
      { input: { id: key.id, rateLimit: { perMinute: 301 } } },
      { token: project.owner.token },
    );
    expect(tooHigh.body.errors?.[0]?.extensions?.field, show(tooHigh)).toBe('rateLimit.perMinute');
    const audit = await server.gql(
      graphql(`query KeysApiKey($id: ID!) { apiKey(id: $id) { auditEvents { edges { node { action summary } } } } }`),
      { id: key.id },
      { token: project.owner.token },
    );
    const [latest] = dataOf(audit).apiKey!.auditEvents!.edges;
    const summary = latest?.node.summary as Record<string, Record<string, unknown>> | undefined;
    expect(latest?.node.action).toBe('key.updated');
    expect(summary?.before?.name).not.toBe('renamed');
    expect(summary?.after?.name).toBe('renamed');
  });
});

describe('expired keys', () => {
  it('stay expired: a new expiry is refused (CONFLICT), rotation issues a working replacement', async () => {
    const project = await seedProject(server);
    const key = await seedKey(server, project, { expiresAt: new Date(Date.now() + 700).toISOString() });
    await new Promise((resolve) => setTimeout(resolve, 800));
    const later = new Date(Date.now() + 86_400_000).toISOString();
    const revive = await server.gql(
      UPDATE,
      { input: { id: key.id, expiresAt: later } },
      { token: project.owner.token },
    );
    expect(codeOf(revive), show(revive)).toBe('CONFLICT');
    const rotated = await server.gql(
      graphql(`mutation KeysRotateApiKey($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { secret } }`),
      { input: { id: key.id } },
      { token: project.owner.token },
    );
    dataOf(
      await server.gql(
        graphql(`query KeysViewer { viewer { scopes } }`),
        {},
        { token: dataOf(rotated).rotateApiKey.secret },
      ),
    );
  });
});

describe('listing keys', () => {
  it('pages newest first with cursors, filters by status, environment, scope and name, and caps first at 100', async () => {
    const project = await seedProject(server, { plan: 'ENTERPRISE' });
    const made = [];
    for (let index = 0; index < 5; index += 1) {
      made.push(
        await seedKey(server, project, {
          name: `svc-${index}`,
          scopes: index % 2 ? ['keys:read'] : [],
          environment: index < 2 ? 'TEST' : 'LIVE',
        }),
      );
    }
    dataOf(
      await server.gql(
        graphql(`mutation KeysDeactivateApiKey($id: ID!) { deactivateApiKey(id: $id) { id } }`),
        { id: made[4]!.id },
        { token: project.owner.token },
      ),
    );
    const LIST = graphql(
      `query KeysProject($id: ID!, $first: Int, $after: String, $filter: ApiKeyFilter) { project(id: $id) { apiKeys(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } } }`,
    );
    const names: string[] = [];
    let after: string | null = null;
    do {
      const page: KeysProjectQuery = dataOf(
        await server.gql(LIST, { id: project.id, first: 2, after }, { token: project.owner.token }),
      );
      const apiKeys = page.project!.apiKeys!;
      expect(apiKeys.totalCount).toBe(6);
      names.push(...apiKeys.edges.map((edge) => edge.node.name));
      after = apiKeys.pageInfo.hasNextPage ? apiKeys.pageInfo.endCursor : null;
    } while (after);
    expect(names.slice(0, 5)).toEqual(['svc-4', 'svc-3', 'svc-2', 'svc-1', 'svc-0']);
    const count = async (filter: Record<string, unknown>) =>
      dataOf(await server.gql(LIST, { id: project.id, filter }, { token: project.owner.token })).project!.apiKeys!
        .totalCount;
    expect(await count({ status: 'DEACTIVATED' })).toBe(1);
    expect(await count({ status: 'ACTIVE' })).toBe(5);
    expect(await count({ environment: 'TEST' })).toBe(2);
    // The default key holds every scope, so it matches too.
    expect(await count({ scope: 'keys:read' })).toBe(3);
    expect(await count({ search: 'SVC-' })).toBe(5);
    expect(await count({ search: '%' })).toBe(0);
    const tooMany = await server.gql(LIST, { id: project.id, first: 101 }, { token: project.owner.token });
    expect(codeOf(tooMany), show(tooMany)).toBe('BAD_USER_INPUT');
    const badCursor = await server.gql(LIST, { id: project.id, after: 'garbage' }, { token: project.owner.token });
    expect(codeOf(badCursor), show(badCursor)).toBe('BAD_USER_INPUT');
  });
});

describe('verifyApiKey', () => {
  it('reports every outcome as data, in the documented order', async () => {
    const project = await seedProject(server);
    const verifier = await seedKey(server, project, { scopes: ['keys:verify'] });
    const target = await seedKey(server, project, { scopes: ['keys:write'] });
    const verify = async (key: string, requiredScopes?: string[]) =>
      dataOf(await server.gql(VERIFY, { input: { key, requiredScopes } }, { token: verifier.secret })).verifyApiKey;

    expect(await verify(target.secret, ['keys:read'])).toMatchObject({
      valid: true,
      code: 'VALID',
      apiKey: { id: target.id },
    });
    expect(await verify(target.secret, ['usage:read'])).toMatchObject({ valid: false, code: 'INSUFFICIENT_SCOPE' });
    expect(await verify('lk_live_nope')).toMatchObject({ valid: false, code: 'MALFORMED', apiKey: null });
    expect(await verify(`${target.secret.slice(0, -1)}${target.secret.endsWith('A') ? 'B' : 'A'}`)).toMatchObject({
      code: 'MALFORMED',
    });
    expect(await verify(generateKey('live'))).toMatchObject({ valid: false, code: 'NOT_FOUND', apiKey: null });
    expect(await verify('x'.repeat(10_000))).toMatchObject({ code: 'MALFORMED' });

    const other = await seedProject(server);
    expect(await verify(other.defaultKey.secret)).toMatchObject({ valid: false, code: 'NOT_FOUND', apiKey: null });

    dataOf(
      await server.gql(
        graphql(`mutation KeysDeactivateApiKey($id: ID!) { deactivateApiKey(id: $id) { id } }`),
        { id: target.id },
        { token: project.owner.token },
      ),
    );
    expect(await verify(target.secret)).toMatchObject({ valid: false, code: 'DEACTIVATED' });
    dataOf(
      await server.gql(
        graphql(`mutation KeysDeleteApiKey($id: ID!) { deleteApiKey(id: $id) { id } }`),
        { id: target.id },
        { token: project.owner.token },
      ),
    );
    expect(await verify(target.secret)).toMatchObject({ valid: false, code: 'NOT_FOUND' });

    const expiring = await seedKey(server, project, { expiresAt: new Date(Date.now() + 800).toISOString() });
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(await verify(expiring.secret)).toMatchObject({ valid: false, code: 'EXPIRED' });
  });

  it('needs keys:verify: a key without it is FORBIDDEN, unknown required scopes are BAD_USER_INPUT', async () => {
    const project = await seedProject(server);
    const plain = await seedKey(server, project, { scopes: ['keys:read'] });
    const denied = await server.gql(VERIFY, { input: { key: project.defaultKey.secret } }, { token: plain.secret });
    expect(codeOf(denied), show(denied)).toBe('FORBIDDEN');
    const unknown = await server.gql(
      VERIFY,
      { input: { key: plain.secret, requiredScopes: ['nope'] } },
      { token: project.owner.token },
    );
    expect(codeOf(unknown), show(unknown)).toBe('BAD_USER_INPUT');
  });
});
