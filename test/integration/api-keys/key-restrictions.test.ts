/**
 * Security round two for keys (DESIGN.md sections 6 and 7): a key never loosens its own limits or
 * expiry; rotation cannot multiply working secrets or reset windows; TEST keys see TEST only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TypedDocumentString } from '../../helpers/gql/graphql.js';
import { graphql } from '../../helpers/gql/index.js';
import { codeOf, dataOf, type GraphQLResult, show, startTestServer, type TestServer } from '../../helpers/harness.js';
import { type SeededProject, seedKey, seedProject } from '../../helpers/seed.js';

const VIEWER = graphql(`query KeyRestrictionsViewer { viewer { apiKey { id } } }`);
const UPDATE = graphql(
  `mutation KeyRestrictionsUpdateApiKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { expiresAt rateLimit { perMinute perDay } } }`,
);
const ROTATE = graphql(
  `mutation KeyRestrictionsRotateApiKey($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { apiKey { id } secret previous { graceEndsAt } } }`,
);
const CREATE = graphql(
  `mutation KeyRestrictionsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id environment } } }`,
);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

function expectCode(result: GraphQLResult<unknown>, code: string) {
  expect(codeOf(result), show(result)).toBe(code);
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describe('a key never loosens its own limits or expiry', () => {
  it('refuses raising or removing its own rate limit, and clearing or postponing its expiry; tightening works', async () => {
    const project = await seedProject(server, { plan: 'TEAM' });
    const self = await seedKey(server, project, { scopes: ['keys:write'], expiresAt: inDays(10) });
    const owner = project.owner.token;
    dataOf(await server.gql(UPDATE, { input: { id: self.id, rateLimit: { perMinute: 50 } } }, { token: owner }));

    for (const input of [
      { rateLimit: { perMinute: 500 } },
      { rateLimit: null },
      { rateLimit: { perDay: 500 } },
      { expiresAt: null },
      { expiresAt: inDays(20) },
    ]) {
      const result = await server.gql(UPDATE, { input: { id: self.id, ...input } }, { token: self.secret });
      expectCode(result, 'FORBIDDEN');
    }
    const unchanged = await server.gql(
      graphql(`query KeyRestrictionsApiKey($id: ID!) { apiKey(id: $id) { rateLimit { perMinute } } }`),
      { id: self.id },
      { token: owner },
    );
    expect(dataOf(unchanged).apiKey!.rateLimit.perMinute).toBe(50);

    const tightened = await server.gql(
      UPDATE,
      { input: { id: self.id, rateLimit: { perMinute: 20 }, expiresAt: inDays(5) } },
      { token: self.secret },
    );
    expect(dataOf(tightened)).toMatchObject({ updateApiKey: { rateLimit: { perMinute: 20 } } });
  });

  it('rotating itself keeps its expiry instead of starting a new lifetime', async () => {
    const project = await seedProject(server, { plan: 'TEAM' });
    const expiresAt = inDays(3);
    const self = await seedKey(server, project, { scopes: ['keys:write'], expiresAt });
    const rotated = await server.gql(ROTATE, { input: { id: self.id } }, { token: self.secret });
    const successor = dataOf(rotated).rotateApiKey.apiKey.id;
    const read = await server.gql(
      graphql(`query KeyRestrictionsApiKey2($id: ID!) { apiKey(id: $id) { expiresAt } }`),
      { id: successor },
      { token: project.owner.token },
    );
    expect(new Date(dataOf(read).apiKey!.expiresAt!).getTime()).toBe(new Date(expiresAt).getTime());
  });
});

describe('rotation cannot multiply working secrets or reset limits', () => {
  async function works(secret: string): Promise<boolean> {
    return (await server.gql(VIEWER, {}, { token: secret })).status === 200;
  }

  it('four rotations with a 30-day grace leave two working secrets, and the plan limit counts keys in grace', async () => {
    const project = await seedProject(server, { plan: 'FREE' });
    const secrets = [project.defaultKey.secret];
    let current = project.defaultKey.id;
    for (let round = 0; round < 4; round += 1) {
      const result = await server.gql(
        ROTATE,
        { input: { id: current, gracePeriodSeconds: 30 * 86_400 } },
        { token: project.owner.token },
      );
      const { apiKey, secret } = dataOf(result).rotateApiKey;
      current = apiKey.id;
      secrets.push(secret);
    }
    const working = [];
    for (const secret of secrets) working.push(await works(secret));
    expect(working).toEqual([false, false, false, true, true]);
    // FREE allows 2 keys: the default and its predecessor in grace already fill it.
    const create = await server.gql(
      CREATE,
      { input: { projectId: project.id, name: 'third', scopes: [] } },
      { token: project.owner.token },
    );
    expectCode(create, 'PLAN_LIMIT_REACHED');
  });

  it('refuses a rotation with a grace period that would pass the plan limit; without one it works', async () => {
    const project = await seedProject(server, { plan: 'FREE' });
    const key = await seedKey(server, project, { scopes: ['keys:read'] });
    const withGrace = await server.gql(
      ROTATE,
      { input: { id: key.id, gracePeriodSeconds: 3600 } },
      { token: project.owner.token },
    );
    expectCode(withGrace, 'PLAN_LIMIT_REACHED');
    expect(await works(key.secret)).toBe(true);
    const noGrace = await server.gql(
      ROTATE,
      { input: { id: key.id, gracePeriodSeconds: 0 } },
      { token: project.owner.token },
    );
    expect(await works(dataOf(noGrace).rotateApiKey.secret)).toBe(true);
    expect(await works(key.secret)).toBe(false);
  });

  it('the successor shares its predecessor’s rate-limit windows', async () => {
    const project = await seedProject(server, { plan: 'FREE' });
    const key = await seedKey(server, project, { scopes: [] });
    let remaining = '';
    for (let request = 0; request < 3; request += 1) {
      remaining = (await server.gql(VIEWER, {}, { token: key.secret })).headers.get('x-ratelimit-remaining') ?? '';
    }
    expect(remaining).toBe('97');
    const rotated = await server.gql(
      ROTATE,
      { input: { id: key.id, gracePeriodSeconds: 0 } },
      { token: project.owner.token },
    );
    const next = await server.gql(VIEWER, {}, { token: dataOf(rotated).rotateApiKey.secret });
    expect(next.headers.get('x-ratelimit-remaining'), show(next)).toBe('96');
  });
});

describe('TEST keys see and touch TEST keys and TEST usage only', () => {
  let project: SeededProject;
  let testWriter: string;
  let liveKey: string;
  let testKey: string;

  beforeAll(async () => {
    project = await seedProject(server, { plan: 'TEAM' });
    testWriter = (
      await seedKey(server, project, {
        environment: 'TEST',
        scopes: ['keys:write', 'keys:verify', 'usage:read', 'projects:read'],
      })
    ).secret;
    liveKey = (await seedKey(server, project, { scopes: ['keys:read'] })).id;
    testKey = (await seedKey(server, project, { scopes: ['keys:read'], environment: 'TEST' })).id;
  });

  it('cannot create a LIVE key; without an environment it creates a TEST key', async () => {
    const live = await server.gql(
      CREATE,
      { input: { projectId: project.id, name: 'live-from-test', scopes: [], environment: 'LIVE' } },
      { token: testWriter },
    );
    expectCode(live, 'FORBIDDEN');
    const implicit = await server.gql(
      CREATE,
      { input: { projectId: project.id, name: 'implicit', scopes: [] } },
      { token: testWriter },
    );
    expect(dataOf(implicit)).toMatchObject({ createApiKey: { apiKey: { environment: 'TEST' } } });
  });

  it('gets NOT_FOUND for LIVE keys: read, deactivate, delete, rotate', async () => {
    const documents: TypedDocumentString<unknown, { id: string }>[] = [
      graphql(`query KeyRestrictionsApiKey3($id: ID!) { apiKey(id: $id) { id } }`),
      graphql(`mutation KeyRestrictionsDeactivateApiKey2($id: ID!) { deactivateApiKey(id: $id) { id } }`),
      graphql(`mutation KeyRestrictionsDeleteApiKey($id: ID!) { deleteApiKey(id: $id) { id } }`),
    ];
    for (const document of documents) {
      expectCode(await server.gql(document, { id: liveKey }, { token: testWriter }), 'NOT_FOUND');
    }
    expectCode(await server.gql(ROTATE, { input: { id: liveKey } }, { token: testWriter }), 'NOT_FOUND');
    const own = await server.gql(
      graphql(`mutation KeyRestrictionsDeactivateApiKey($id: ID!) { deactivateApiKey(id: $id) { status } }`),
      { id: testKey },
      {
        token: testWriter,
      },
    );
    expect(dataOf(own)).toEqual({ deactivateApiKey: { status: 'DEACTIVATED' } });
  });

  it('lists TEST keys only, through project and through viewer.project', async () => {
    const direct = await server.gql(
      graphql(
        `query KeyRestrictionsProject($id: ID!) { project(id: $id) { apiKeys(first: 100) { edges { node { environment } } } } }`,
      ),
      { id: project.id },
      { token: testWriter },
    );
    const throughViewer = await server.gql(
      graphql(
        `query KeyRestrictionsViewer2 { viewer { project { apiKeys(first: 100) { edges { node { environment } } } } } }`,
      ),
      {},
      { token: testWriter },
    );
    for (const listed of [dataOf(direct).project, dataOf(throughViewer).viewer.project]) {
      expect(listed!.apiKeys!.edges.length).toBeGreaterThan(0);
      expect(new Set(listed!.apiKeys!.edges.map((edge) => edge.node.environment))).toEqual(new Set(['TEST']));
    }
  });

  it('verifies LIVE keys as NOT_FOUND and reads TEST usage only', async () => {
    const live = await seedKey(server, project, { scopes: [] });
    const verified = await server.gql(
      graphql(
        `mutation KeyRestrictionsVerifyApiKey($input: VerifyApiKeyInput!) { verifyApiKey(input: $input) { valid code } }`,
      ),
      { input: { key: live.secret } },
      { token: testWriter },
    );
    expect(dataOf(verified)).toEqual({ verifyApiKey: { valid: false, code: 'NOT_FOUND' } });
    const liveUsage = await server.gql(
      graphql(
        `query KeyRestrictionsProject2($id: ID!) { project(id: $id) { usage(environment: LIVE) { totals { requests } } } }`,
      ),
      { id: project.id },
      { token: testWriter },
    );
    expectCode(liveUsage, 'FORBIDDEN');
    const testUsage = await server.gql(
      graphql(`query KeyRestrictionsProject3($id: ID!) { project(id: $id) { usage { totals { requests } } } }`),
      { id: project.id },
      { token: testWriter },
    );
    dataOf(testUsage);
  });
});
