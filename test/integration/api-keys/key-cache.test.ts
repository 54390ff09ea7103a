/**
 * The key cache across API processes (src/modules/api-keys/key-cache.ts, DESIGN.md sections 1
 * and 5). Two API servers share one Redis namespace. Server B has a key cached (its second request
 * with the key runs no SQL at all); every change made through server A then takes effect on B's
 * very next request, with no sleep and no retry: deactivation and reactivation, deletion, scope
 * removal, rotation (with and without a grace period), a plan change, a rate-limit override, and
 * `verifyApiKey` of a cached key. Usage totals are not cached: they are read when asked, so the
 * worker's batches never invalidate a key, and B answers them fresh.
 * With the cache turned off, every key request reads PostgreSQL.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKey } from '../../../src/modules/api-keys/api-keys.entity.js';
import { hashKey } from '../../../src/modules/api-keys/key-format.js';
import { findKeyByHash } from '../../../src/modules/api-keys/key-lookup.js';
import { Project } from '../../../src/modules/projects/projects.entity.js';
import { codeOf, dataOf, type GraphQLResult, show, startTestServer, type TestServer } from '../../helpers/harness.js';
import { type SeededProject, seedKey, seedProject, seedUser } from '../../helpers/seed.js';
import { eventually } from '../usage/usage-harness.js';

const VIEWER = 'query Me { viewer { scopes apiKey { id } } }';
type ViewerData = { viewer: { scopes: string[]; apiKey: { id: string } | null } };
const VIEWER_USAGE = 'query MyUsage { viewer { apiKey { id usageCount lastUsedAt } } }';
type UsageData = { viewer: { apiKey: { id: string; usageCount: number; lastUsedAt: string | null } | null } };

const VERIFY = 'mutation Verify($input: VerifyApiKeyInput!) { verifyApiKey(input: $input) { valid code } }';
type VerifyData = { verifyApiKey: { valid: boolean; code: string } };

const DEACTIVATE = 'mutation($id: ID!) { deactivateApiKey(id: $id) { status } }';
const REACTIVATE = 'mutation($id: ID!) { reactivateApiKey(id: $id) { status } }';
const DELETE = 'mutation($id: ID!) { deleteApiKey(id: $id) { id } }';
const UPDATE = 'mutation($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { id } }';
const ROTATE = 'mutation($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { secret } }';
const SET_PLAN = 'mutation($input: SetProjectPlanInput!) { setProjectPlan(input: $input) { plan } }';

/** Fast flushes; no expiry runs over the shared database. */
const USAGE = { flushIntervalMs: 50, expiryProjectIds: [] };

let a: TestServer;
let b: TestServer;
beforeAll(async () => {
  a = await startTestServer({}, { usage: USAGE });
  // A second API process on the first one's limiter namespace (rate limits and key generations)
  // and usage queue (so A's workers apply B's usage).
  b = await startTestServer({}, { usage: { ...USAGE, redisPrefix: a.prefix } });
});
afterAll(async () => {
  await a?.stopWorkers();
  await b?.close();
  await a?.close();
});

interface Traced<T> {
  result: GraphQLResult<T>;
  /** SQL statements the server ran for this request, from its request log line. */
  statements: number;
}

async function traced<T = ViewerData>(
  server: TestServer,
  token: string,
  query = VIEWER,
  variables: Record<string, unknown> = {},
): Promise<Traced<T>> {
  const requestId = randomUUID();
  const result = await server.gql<T>(query, variables, { token, headers: { 'x-request-id': requestId } });
  const line = server.logs
    .map((text) => JSON.parse(text))
    .find((entry) => entry.requestId === requestId && typeof entry.statements === 'number');
  if (!line) throw new Error(`no request log line with a statement count for ${requestId}`);
  return { result, statements: line.statements as number };
}

/** Makes B cache the key: a first request reads it from PostgreSQL, the second runs no SQL. */
async function cacheOnB(token: string): Promise<GraphQLResult<ViewerData>> {
  dataOf(await b.gql(VIEWER, {}, { token }));
  const cached = await traced(b, token);
  dataOf(cached.result);
  expect(cached.statements, `served from B's key cache: ${show(cached.result)}`).toBe(0);
  return cached.result;
}

/** A change made through server A by the project's owner. */
async function onA(project: SeededProject, mutation: string, variables: Record<string, unknown>) {
  return dataOf(await a.gql(mutation, variables, { token: project.owner.token }));
}

function expectRefused(result: GraphQLResult<unknown>, reason: string) {
  expect(result.status, show(result)).toBe(401);
  expect(codeOf(result), show(result)).toBe('UNAUTHENTICATED');
  expect(result.body.errors?.[0]?.extensions?.reason, show(result)).toBe(reason);
}

describe('revocation through A is seen by B on its very next request', () => {
  it('deactivation refuses the cached key (DEACTIVATED); reactivation accepts it again', async () => {
    const project = await seedProject(a);
    const key = await seedKey(a, project);
    await cacheOnB(key.secret);

    await onA(project, DEACTIVATE, { id: key.id });
    expectRefused(await b.gql(VIEWER, {}, { token: key.secret }), 'DEACTIVATED');

    await onA(project, REACTIVATE, { id: key.id });
    const accepted = await b.gql<ViewerData>(VIEWER, {}, { token: key.secret });
    expect(accepted.status, show(accepted)).toBe(200);
    expect(dataOf(accepted).viewer.apiKey?.id).toBe(key.id);
  });

  it('deletion refuses the cached key (DELETED)', async () => {
    const project = await seedProject(a);
    const key = await seedKey(a, project);
    await cacheOnB(key.secret);

    await onA(project, DELETE, { id: key.id });
    expectRefused(await b.gql(VIEWER, {}, { token: key.secret }), 'DELETED');
  });

  it('a removed scope is gone from the cached key', async () => {
    const project = await seedProject(a);
    const key = await seedKey(a, project, { scopes: ['audit:read', 'usage:read'] });
    expect(dataOf(await cacheOnB(key.secret)).viewer.scopes).toContain('usage:read');

    await onA(project, UPDATE, { input: { id: key.id, scopes: ['audit:read'] } });
    const next = await b.gql<ViewerData>(VIEWER, {}, { token: key.secret });
    expect(dataOf(next).viewer.scopes).toEqual(['audit:read']);
  });

  it('rotation without a grace period refuses the old cached key (ROTATED); the replacement works', async () => {
    const project = await seedProject(a);
    const key = await seedKey(a, project);
    await cacheOnB(key.secret);

    const { rotateApiKey } = (await onA(project, ROTATE, { input: { id: key.id, gracePeriodSeconds: 0 } })) as {
      rotateApiKey: { secret: string };
    };
    expectRefused(await b.gql(VIEWER, {}, { token: key.secret }), 'ROTATED');
    const replacement = await b.gql(VIEWER, {}, { token: rotateApiKey.secret });
    expect(replacement.status, show(replacement)).toBe(200);
  });

  it('rotation with a grace period keeps the old cached key working', async () => {
    const project = await seedProject(a);
    const key = await seedKey(a, project);
    await cacheOnB(key.secret);

    await onA(project, ROTATE, { input: { id: key.id, gracePeriodSeconds: 3600 } });
    const next = await b.gql<ViewerData>(VIEWER, {}, { token: key.secret });
    expect(next.status, show(next)).toBe(200);
    expect(dataOf(next).viewer.apiKey?.id).toBe(key.id);
  });

  it('verifyApiKey answers DEACTIVATED for a key B verified from its cache', async () => {
    const project = await seedProject(a);
    const verified = await seedKey(a, project);
    const verifier = project.defaultKey.secret; // the default key holds keys:verify
    await cacheOnB(verified.secret);
    await cacheOnB(verifier);
    const verify = () => traced<VerifyData>(b, verifier, VERIFY, { input: { key: verified.secret } });

    const valid = await verify();
    expect(dataOf(valid.result).verifyApiKey).toEqual({ valid: true, code: 'VALID' });
    expect(valid.statements, `both keys served from B's cache: ${show(valid.result)}`).toBe(0);

    await onA(project, DEACTIVATE, { id: verified.id });
    const next = await verify();
    expect(dataOf(next.result).verifyApiKey).toEqual({ valid: false, code: 'DEACTIVATED' });
  });
});

describe('changes of limits through A are seen by B on its very next request', () => {
  it('a plan change (FREE → PRO) raises the cached key’s limit from 100 to 300', async () => {
    const project = await seedProject(a, { plan: 'FREE' });
    const key = await seedKey(a, project);
    expect((await cacheOnB(key.secret)).headers.get('x-ratelimit-limit')).toBe('100');

    dataOf(await a.gql(SET_PLAN, { input: { projectId: project.id, plan: 'PRO' } }, { token: await a.adminToken() }));
    const next = await b.gql(VIEWER, {}, { token: key.secret });
    expect(next.status, show(next)).toBe(200);
    expect(next.headers.get('x-ratelimit-limit')).toBe('300');
  });

  it('a rate-limit override applies to the cached key', async () => {
    const project = await seedProject(a, { plan: 'FREE' });
    const key = await seedKey(a, project);
    expect((await cacheOnB(key.secret)).headers.get('x-ratelimit-limit')).toBe('100');

    await onA(project, UPDATE, { input: { id: key.id, rateLimit: { perMinute: 20 } } });
    const next = await b.gql(VIEWER, {}, { token: key.secret });
    expect(next.status, show(next)).toBe(200);
    expect(next.headers.get('x-ratelimit-limit')).toBe('20');
  });
});

describe('usage totals from the worker', () => {
  it('are read when asked, never from the cache, and do not invalidate it', async () => {
    const project = await seedProject(a);
    const key = await seedKey(a, project);
    await cacheOnB(key.secret);
    // The totals of a cached key cost one statement, only when the query asks for them.
    const before = await traced<UsageData>(b, key.secret, VIEWER_USAGE);
    expect(before.statements, show(before.result)).toBe(1);
    expect(dataOf(before.result).viewer.apiKey).toMatchObject({ id: key.id, usageCount: 0, lastUsedAt: null });

    await a.startWorkers();
    let inPostgres: number;
    try {
      const usageCountInPostgres = async () => {
        const [row] = await a.orm.em
          .fork()
          .execute<{ usage_count: string }[]>('select usage_count from api_keys where id = ?', [key.id]);
        return Number(row?.usage_count ?? 0);
      };
      inPostgres = await eventually(usageCountInPostgres, (count) => count >= 3);
    } finally {
      await a.stopWorkers();
    }
    // The very next request sees the totals in PostgreSQL, with no wait...
    const after = await traced<UsageData>(b, key.secret, VIEWER_USAGE);
    const seen = dataOf(after.result).viewer.apiKey;
    expect(seen?.usageCount).toBeGreaterThanOrEqual(inPostgres);
    expect(seen?.lastUsedAt).not.toBeNull();
    // ...and the worker's batches left the key cached: no statement without the totals.
    const cached = await traced(b, key.secret);
    expect(cached.statements, show(cached.result)).toBe(0);
  });
});

describe('a request served from the cache', () => {
  it('makes no EntityManager fork unless a resolver needs one', async () => {
    const project = await seedProject(a);
    const key = await seedKey(a, project);
    const verifier = project.defaultKey.secret; // the default key holds keys:verify
    await cacheOnB(key.secret);
    await cacheOnB(verifier);
    const em = b.orm.em;
    const fork = em.fork.bind(em);
    let forks = 0;
    em.fork = ((...args: Parameters<typeof em.fork>) => {
      forks += 1;
      return fork(...args);
    }) as typeof em.fork;
    try {
      dataOf(await b.gql(VIEWER, {}, { token: key.secret }));
      expect(forks).toBe(0);
      // A cached key verifying a cached key of its own project reads nothing either.
      const verified = await b.gql<VerifyData>(VERIFY, { input: { key: key.secret } }, { token: verifier });
      expect(dataOf(verified).verifyApiKey, show(verified)).toEqual({ valid: true, code: 'VALID' });
      expect(forks).toBe(0);
      // The usage totals are loaded: one fork, shared by every loader of the request.
      dataOf(await b.gql(VIEWER_USAGE, {}, { token: key.secret }));
      expect(forks).toBe(1);
    } finally {
      em.fork = fork;
    }
  });
});

describe('with the cache turned off', () => {
  let uncached: TestServer;
  beforeAll(async () => {
    uncached = await startTestServer({}, { usage: { ...USAGE, keyCacheSeconds: 0 } });
  });
  afterAll(async () => {
    await uncached?.close();
  });

  it('reads every key request from PostgreSQL', async () => {
    const project = await seedProject(uncached);
    const key = await seedKey(uncached, project);
    for (let request = 0; request < 3; request += 1) {
      const { result, statements } = await traced(uncached, key.secret);
      dataOf(result);
      expect(statements, show(result)).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('the key record', () => {
  it('holds every field exactly as the ORM loads it (no drift between the lookup and the entity)', async () => {
    const project = await seedProject(a, { plan: 'PRO' });
    const key = await seedKey(a, project, {
      scopes: ['keys:read', 'usage:read'],
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    await onA(project, UPDATE, { input: { id: key.id, rateLimit: { perMinute: 7, perDay: 70 }, description: 'd' } });
    const check = await findKeyByHash(a.orm.em.fork(), hashKey(a.config.secret, key.secret));
    if (!check) throw new Error('key not found by its hash');
    const em = a.orm.em.fork();
    const entity = await em.findOneOrFail(ApiKey, { id: key.id });
    const projectEntity = await em.findOneOrFail(Project, { id: project.id });
    const fieldsOf = (source: object, names: string[]) =>
      Object.fromEntries(names.map((name) => [name, (source as Record<string, unknown>)[name]]));
    // Every column but the usage totals, which a record leaves out (api-keys.entity.ts).
    const usageTotals = ['usageCount', 'lastUsedAt'];
    const keyFields = em
      .getMetadata()
      .get(ApiKey)
      .props.map((prop) => prop.name)
      .filter((name) => !usageTotals.includes(name));
    const projectFields = em
      .getMetadata()
      .get(Project)
      .props.map((prop) => prop.name);
    expect(keyFields.length).toBeGreaterThan(20);
    expect(Object.keys(check.key).sort()).toEqual([...keyFields].sort());
    expect(fieldsOf(check.key, keyFields)).toEqual(fieldsOf(entity, keyFields));
    expect(Object.keys(check.project).sort()).toEqual([...projectFields].sort());
    expect(fieldsOf(check.project, projectFields)).toEqual(fieldsOf(projectEntity, projectFields));
    expect(Object.isFrozen(check.key)).toBe(true);
    expect(usageTotals.filter((name) => name in check.key)).toEqual([]);
  });
});

describe('sessions are cached like keys, and revoked as exactly', () => {
  const ME = '{ viewer { user { email } } }';

  it('a session seen on B runs no SQL there, and logging out on A refuses it on B’s very next request', async () => {
    const user = await seedUser(a);
    dataOf(await b.gql(ME, {}, { token: user.token }));
    const cached = await traced<{ viewer: { user: { email: string } } }>(b, user.token, ME);
    expect(dataOf(cached.result).viewer.user.email).toBe(user.email);
    expect(cached.statements, show(cached.result)).toBe(0);

    dataOf(await a.gql('mutation { logOut }', {}, { token: user.token }));
    expectRefused(await b.gql(ME, {}, { token: user.token }), 'SESSION_EXPIRED');
  });
});
