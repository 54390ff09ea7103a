/**
 * Your API's permissions and key restrictions (DESIGN.md section 13): the catalog, granting
 * without escalation, verification with permissions, addresses and credits, and revocation of a
 * removed permission on every process at its next verification.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../helpers/gql/index.js';
import { codeOf, dataOf, show, startTestServer, type TestServer } from '../../helpers/harness.js';
import { type SeededKey, type SeededProject, seedKey, seedProject } from '../../helpers/seed.js';
import { eventually } from '../usage/usage-harness.js';

const CREATE_PERMISSION = graphql(`
  mutation PermissionsCreate($input: CreatePermissionInput!) {
    createPermission(input: $input) { id name implies keyCount }
  }
`);
const UPDATE_PERMISSION = graphql(`
  mutation PermissionsUpdate($input: UpdatePermissionInput!) { updatePermission(input: $input) { id implies } }
`);
const DELETE_PERMISSION = graphql(`
  mutation PermissionsDelete($input: DeletePermissionInput!) { deletePermission(input: $input) { id removedFromKeys } }
`);
const LIST_PERMISSIONS = graphql(`
  query PermissionsList($id: ID!) { project(id: $id) { permissions { name implies keyCount } } }
`);
const CREATE_KEY = graphql(`
  mutation PermissionsCreateKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey { id permissions meta externalId allowedCidrs credits { remaining refill { amount interval } refillAt } }
    }
  }
`);
const UPDATE_KEY = graphql(`
  mutation PermissionsUpdateKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { id permissions } }
`);
const VERIFY = graphql(`
  mutation PermissionsVerify($input: VerifyApiKeyInput!) {
    verifyApiKey(input: $input) { valid code permissions meta externalId credits { remaining } }
  }
`);
const KEYS_BY_EXTERNAL_ID = graphql(`
  query PermissionsByExternalId($id: ID!, $externalId: String!) {
    project(id: $id) { apiKeys(filter: { externalId: $externalId }) { totalCount edges { node { externalId } } } }
  }
`);
const VIEWER = graphql(`query PermissionsViewer { viewer { apiKey { id } } }`);

let a: TestServer;
let b: TestServer;
let project: SeededProject;
let verifier: SeededKey;

beforeAll(async () => {
  a = await startTestServer({}, { usage: { flushIntervalMs: 50, expiryProjectIds: [] }, workers: true });
  // A second API process sharing the first one's Redis namespace: caches, limits and credits.
  b = await startTestServer({}, { usage: { flushIntervalMs: 50, expiryProjectIds: [], redisPrefix: a.prefix } });
  project = await seedProject(a, { plan: 'ENTERPRISE' });
  verifier = await seedKey(a, project, { scopes: ['keys:verify'] });
  for (const name of ['bots:read', 'bots:write', 'invoke:agents']) {
    dataOf(await a.gql(CREATE_PERMISSION, { input: { projectId: project.id, name } }, { token: project.owner.token }));
  }
});
afterAll(async () => {
  await a?.stopWorkers();
  await b?.close();
  await a?.close();
});

async function createKey(input: Record<string, unknown>, token = project.owner.token) {
  const result = await a.gql(
    CREATE_KEY,
    { input: { projectId: project.id, name: `k-${Math.random().toString(36).slice(2, 10)}`, scopes: [], ...input } },
    { token },
  );
  return dataOf(result).createApiKey;
}

function verify(server: TestServer, input: Record<string, unknown>) {
  return server.gql(VERIFY, { input: input as never }, { token: verifier.secret });
}

describe('the permission catalog', () => {
  it('lists permissions with write ⇒ read and explicit implications, and refuses bad names and unknown implications', async () => {
    dataOf(
      await a.gql(
        UPDATE_PERMISSION,
        {
          input: {
            id: (await permissionId('invoke:agents')) as string,
            implies: ['bots:read'],
          },
        },
        { token: project.owner.token },
      ),
    );
    const listed = dataOf(await a.gql(LIST_PERMISSIONS, { id: project.id }, { token: project.owner.token }));
    expect(listed.project?.permissions.map((permission) => permission.name)).toEqual([
      'bots:read',
      'bots:write',
      'invoke:agents',
    ]);
    for (const [name, implies] of [
      ['Bots:Read', []],
      ['bots', []],
      ['bots:run', ['nothing:here']],
    ] as const) {
      const result = await a.gql(
        CREATE_PERMISSION,
        { input: { projectId: project.id, name, implies: [...implies] } },
        { token: project.owner.token },
      );
      expect(codeOf(result), show(result)).toBe('BAD_USER_INPUT');
    }
    const duplicate = await a.gql(
      CREATE_PERMISSION,
      { input: { projectId: project.id, name: 'bots:read' } },
      { token: project.owner.token },
    );
    expect(codeOf(duplicate), show(duplicate)).toBe('CONFLICT');
  });

  it('verifies with the closure: bots:write grants bots:read; invoke:agents grants bots:read; nothing else', async () => {
    const writer = await createKey({ permissions: ['bots:write'] });
    const ok = dataOf(await verify(a, { key: writer.secret, requiredPermissions: ['bots:read'] })).verifyApiKey;
    expect(ok).toMatchObject({ valid: true, code: 'VALID', permissions: ['bots:read', 'bots:write'] });
    const missing = dataOf(await verify(a, { key: writer.secret, requiredPermissions: ['invoke:agents'] }));
    expect(missing.verifyApiKey).toMatchObject({ valid: false, code: 'INSUFFICIENT_PERMISSIONS' });
    const agent = await createKey({ permissions: ['invoke:agents'] });
    const viaImplies = dataOf(await verify(a, { key: agent.secret, requiredPermissions: ['bots:read'] }));
    expect(viaImplies.verifyApiKey.code).toBe('VALID');
    const bad = await verify(a, { key: writer.secret, requiredPermissions: ['not a permission'] });
    expect(codeOf(bad), show(bad)).toBe('BAD_USER_INPUT');
  });

  it('refuses a removed permission at the next verification on every process; CONFLICT while held, unless forced', async () => {
    const temporary = dataOf(
      await a.gql(
        CREATE_PERMISSION,
        { input: { projectId: project.id, name: 'reports:read' } },
        {
          token: project.owner.token,
        },
      ),
    ).createPermission;
    const key = await createKey({ permissions: ['reports:read'] });
    // Cached on b by a first verification.
    expect(dataOf(await verify(b, { key: key.secret, requiredPermissions: ['reports:read'] })).verifyApiKey.code).toBe(
      'VALID',
    );
    const held = await a.gql(DELETE_PERMISSION, { input: { id: temporary.id } }, { token: project.owner.token });
    expect(codeOf(held), show(held)).toBe('CONFLICT');
    const forced = dataOf(
      await a.gql(DELETE_PERMISSION, { input: { id: temporary.id, force: true } }, { token: project.owner.token }),
    );
    expect(forced.deletePermission).toEqual({ id: temporary.id, removedFromKeys: 1 });
    const after = dataOf(await verify(b, { key: key.secret, requiredPermissions: ['reports:read'] }));
    expect(after.verifyApiKey).toMatchObject({ valid: false, code: 'INSUFFICIENT_PERMISSIONS', permissions: [] });
  });

  it('removing a permission from a key is refused on the next verification on the other process', async () => {
    const key = await createKey({ permissions: ['bots:read'] });
    expect(dataOf(await verify(b, { key: key.secret, requiredPermissions: ['bots:read'] })).verifyApiKey.valid).toBe(
      true,
    );
    dataOf(await a.gql(UPDATE_KEY, { input: { id: key.apiKey.id, permissions: [] } }, { token: project.owner.token }));
    const after = dataOf(await verify(b, { key: key.secret, requiredPermissions: ['bots:read'] }));
    expect(after.verifyApiKey.code).toBe('INSUFFICIENT_PERMISSIONS');
  });
});

async function permissionId(name: string): Promise<string | undefined> {
  const em = a.orm.em.fork();
  const rows = await em
    .getConnection()
    .execute<{ id: string }[]>('select id from permissions where project_id = ? and name = ?', [project.id, name]);
  return rows[0]?.id;
}

describe('no escalation with permissions', () => {
  it('a key grants only permissions it holds, and acts only on keys whose permissions it holds', async () => {
    const narrow = await createKey({ scopes: ['keys:write'], permissions: ['bots:read'] });
    const grant = await a.gql(
      CREATE_KEY,
      { input: { projectId: project.id, name: 'esc-perm', scopes: [], permissions: ['bots:write'] } },
      { token: narrow.secret },
    );
    expect(codeOf(grant), show(grant)).toBe('FORBIDDEN');
    const allowed = await a.gql(
      CREATE_KEY,
      { input: { projectId: project.id, name: 'ok-perm', scopes: [], permissions: ['bots:read'] } },
      { token: narrow.secret },
    );
    dataOf(allowed);
    const powerful = await createKey({ permissions: ['bots:write'] });
    for (const input of [
      { id: powerful.apiKey.id, description: 'taken over' },
      { id: powerful.apiKey.id, permissions: ['bots:read'] },
    ]) {
      const result = await a.gql(UPDATE_KEY, { input }, { token: narrow.secret });
      expect(codeOf(result), show(result)).toBe('FORBIDDEN');
    }
    const unknown = await a.gql(
      CREATE_KEY,
      { input: { projectId: project.id, name: 'unknown-perm', scopes: [], permissions: ['ghosts:read'] } },
      { token: project.owner.token },
    );
    expect(codeOf(unknown), show(unknown)).toBe('BAD_USER_INPUT');
  });

  it('a key never widens its own address list nor adds to its own credits', async () => {
    const self = await createKey({
      scopes: ['keys:write'],
      allowedCidrs: ['127.0.0.0/8'],
      credits: { remaining: 100 },
    });
    for (const input of [
      { id: self.apiKey.id, allowedCidrs: [] },
      { id: self.apiKey.id, allowedCidrs: ['0.0.0.0/0'] },
      { id: self.apiKey.id, credits: { remaining: 1000 } },
      { id: self.apiKey.id, credits: null },
    ]) {
      const result = await a.gql(UPDATE_KEY, { input }, { token: self.secret });
      expect(codeOf(result), show(result)).toBe('FORBIDDEN');
    }
    // Narrowing is allowed.
    dataOf(
      await a.gql(UPDATE_KEY, { input: { id: self.apiKey.id, allowedCidrs: ['127.0.0.1'] } }, { token: self.secret }),
    );
  });
});

describe('key restrictions', () => {
  it('returns meta and externalId from verification, and filters keys by externalId', async () => {
    const key = await createKey({ meta: { plan: 'gold', seats: 3 }, externalId: 'tenant-42' });
    expect(key.apiKey).toMatchObject({ meta: { plan: 'gold', seats: 3 }, externalId: 'tenant-42' });
    const answer = dataOf(await verify(a, { key: key.secret })).verifyApiKey;
    expect(answer).toMatchObject({ valid: true, meta: { plan: 'gold', seats: 3 }, externalId: 'tenant-42' });
    const listed = dataOf(
      await a.gql(KEYS_BY_EXTERNAL_ID, { id: project.id, externalId: 'tenant-42' }, { token: project.owner.token }),
    );
    expect(listed.project?.apiKeys?.totalCount).toBe(1);
    const tooBig = await a.gql(
      CREATE_KEY,
      { input: { projectId: project.id, name: 'big-meta', scopes: [], meta: { blob: 'x'.repeat(5000) } } },
      { token: project.owner.token },
    );
    expect(codeOf(tooBig), show(tooBig)).toBe('BAD_USER_INPUT');
  });

  it('enforces allowedCidrs on the API (401 ADDRESS_NOT_ALLOWED) and in verification', async () => {
    const elsewhere = await createKey({ allowedCidrs: ['10.0.0.0/8', '2001:db8::/32'] });
    expect(elsewhere.apiKey.allowedCidrs).toEqual(['10.0.0.0/8', '2001:db8::/32']);
    const refused = await a.gql(VIEWER, {}, { token: elsewhere.secret });
    expect(refused.status, show(refused)).toBe(401);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'ADDRESS_NOT_ALLOWED',
    });
    expect(dataOf(await verify(a, { key: elsewhere.secret, clientAddress: '10.1.2.3' })).verifyApiKey.code).toBe(
      'VALID',
    );
    expect(dataOf(await verify(a, { key: elsewhere.secret, clientAddress: '2001:db8::1' })).verifyApiKey.code).toBe(
      'VALID',
    );
    expect(dataOf(await verify(a, { key: elsewhere.secret, clientAddress: '192.0.2.1' })).verifyApiKey.code).toBe(
      'ADDRESS_NOT_ALLOWED',
    );
    expect(dataOf(await verify(a, { key: elsewhere.secret })).verifyApiKey.code).toBe('ADDRESS_NOT_ALLOWED');
    const local = await createKey({ allowedCidrs: ['127.0.0.1'] });
    dataOf(await a.gql(VIEWER, {}, { token: local.secret }));
    const bad = await a.gql(
      CREATE_KEY,
      { input: { projectId: project.id, name: 'bad-cidr', scopes: [], allowedCidrs: ['10.0.0.0/33'] } },
      { token: project.owner.token },
    );
    expect(codeOf(bad), show(bad)).toBe('BAD_USER_INPUT');
  });

  it('spends credits: 5 credits give 5 valid verifications, then USAGE_EXCEEDED; cost 0 checks without spending', async () => {
    const key = await createKey({ credits: { remaining: 5, refill: { amount: 5, interval: 'DAY' } } });
    expect(key.apiKey.credits).toMatchObject({ remaining: 5, refill: { amount: 5, interval: 'DAY' } });
    expect(dataOf(await verify(a, { key: key.secret, cost: 0 })).verifyApiKey.credits?.remaining).toBe(5);
    const codes: string[] = [];
    for (let i = 0; i < 6; i += 1)
      codes.push(dataOf(await verify(i % 2 ? a : b, { key: key.secret })).verifyApiKey.code);
    expect(codes).toEqual(['VALID', 'VALID', 'VALID', 'VALID', 'VALID', 'USAGE_EXCEEDED']);
    // A verification refused for a missing permission spends nothing.
    const refused = dataOf(await verify(a, { key: key.secret, requiredPermissions: ['bots:read'] })).verifyApiKey;
    expect(refused).toMatchObject({ code: 'INSUFFICIENT_PERMISSIONS', credits: { remaining: 0 } });
  });

  it('counts credits exactly across two processes: 1,000 parallel verifications of 500 credits, exactly 500 valid, persisted', async () => {
    const key = await createKey({ credits: { remaining: 500 } });
    const results = await Promise.all(
      Array.from({ length: 1000 }, (_, i) => verify(i % 2 ? a : b, { key: key.secret })),
    );
    const codes = results.map((result) => dataOf(result).verifyApiKey.code);
    expect(codes.filter((code) => code === 'VALID').length).toBe(500);
    expect(codes.filter((code) => code === 'USAGE_EXCEEDED').length).toBe(500);
    // The worker persists the count Redis holds.
    const persisted = await eventually(
      async () =>
        (
          await a.orm.em
            .fork()
            .getConnection()
            .execute<{ credits_remaining: number }[]>('select credits_remaining from api_keys where id = ?', [
              key.apiKey.id,
            ])
        )[0]?.credits_remaining,
      (remaining) => remaining === 0,
    );
    expect(persisted).toBe(0);
  });

  it('charges API requests too: a key with 2 credits makes 2 requests, then 429 USAGE_EXCEEDED', async () => {
    const key = await createKey({ credits: { remaining: 2 } });
    dataOf(await a.gql(VIEWER, {}, { token: key.secret }));
    dataOf(await b.gql(VIEWER, {}, { token: key.secret }));
    const refused = await a.gql(VIEWER, {}, { token: key.secret });
    expect(refused.status, show(refused)).toBe(429);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'USAGE_EXCEEDED' });
  });
});
