import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../../../src/database.js';
import { graphql } from '../../helpers/gql/index.js';
import { codeOf, dataOf, type GraphQLResult, show, startTestServer, type TestServer } from '../../helpers/harness.js';
import { type SeededProject, seedKey, seedProject } from '../../helpers/seed.js';
import { ThrowawayPostgres, ThrowawayRedis } from '../../helpers/throwaway-services.js';

/**
 * Faults on real services: a private PostgreSQL cluster and a private Redis (never the shared
 * ones) are stopped and started under a running server.
 */
const VIEWER = graphql(`query FaultsViewer { viewer { apiKey { id } scopes } }`);

let pg: ThrowawayPostgres | undefined;
let redis: ThrowawayRedis | undefined;
let server: TestServer | undefined;

beforeAll(async () => {
  [pg, redis] = await Promise.all([ThrowawayPostgres.create(), ThrowawayRedis.create()]);
  const databaseUrl = pg.url('latchkey_faults');
  await prepareDatabase(databaseUrl);
  server = await startTestServer({ databaseUrl, redisUrl: redis.url });
  // The harness's client has no error listener; reconnect errors are expected here.
  server.redis.on('error', () => undefined);
}, 90_000);

afterAll(async () => {
  await server?.close().catch(() => undefined);
  await Promise.all([pg?.destroy(), redis?.destroy()]);
}, 60_000);

async function readiness(): Promise<{ status: number; body: Record<string, string> }> {
  const response = await fetch(`${server!.url}/readyz`);
  return { status: response.status, body: (await response.json()) as Record<string, string> };
}

/** Polls `probe` until it returns true or `ms` pass. */
async function eventually(probe: () => Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await probe().catch(() => false)) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

describe('PostgreSQL unavailable', () => {
  let project: SeededProject;

  it('answers 503 SERVICE_UNAVAILABLE, says so in /readyz, stays up and recovers by itself', async () => {
    const s = server!;
    project = await seedProject(s);
    const unused = await seedKey(s, project);
    dataOf(await s.gql(VIEWER, {}, { token: project.defaultKey.secret }));
    expect((await readiness()).status).toBe(200);

    await pg!.stop('fast');

    // A key this process has cached needs no PostgreSQL to authenticate: its self view works.
    // (Nothing can revoke it meanwhile: a revocation is a PostgreSQL write.)
    const cached = await s.gql(VIEWER, {}, { token: project.defaultKey.secret });
    expect(dataOf(cached as typeof cached & { body: { data: unknown } })).toBeTruthy();
    // Everything that needs PostgreSQL: a key not cached, a query reading tables with the cached
    // key, a session, and an anonymous query reading a table.
    const requests: (() => Promise<GraphQLResult<unknown>>)[] = [
      () => s.gql(VIEWER, {}, { token: unused.secret }),
      () =>
        s.gql(
          graphql(`query FaultsApiKey($id: ID!) { apiKey(id: $id) { id name } }`),
          { id: unused.id },
          { token: project.defaultKey.secret },
        ),
      () => s.gql(graphql(`query FaultsProjects { projects { id } }`), {}, { token: project.owner.token }),
      () => s.gql(graphql(`query FaultsScopes { scopes { name } }`), {}, { token: undefined }),
    ];
    for (const request of requests) {
      const result = await request();
      expect(result.status, show(result)).toBe(503);
      expect(codeOf(result), show(result)).toBe('SERVICE_UNAVAILABLE');
      expect(result.headers.get('retry-after'), show(result)).toBe('5');
      expect(result.headers.get('x-content-type-options'), show(result)).toBe('nosniff');
      const error = result.body.errors?.[0];
      expect(error?.message, show(result)).toMatch(/temporarily unavailable/);
      expect(error?.extensions?.requestId, show(result)).toBe(result.headers.get('x-request-id'));
      const text = JSON.stringify(result.body);
      expect(text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|select |postgres:\/\/|\/src\/|\bat /i);
    }
    const ready = await readiness();
    expect(ready).toEqual({ status: 503, body: { status: 'unavailable', postgres: 'unavailable', redis: 'ok' } });
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);

    await pg!.start();
    const recovered = await eventually(async () => {
      const result = await s.gql(VIEWER, {}, { token: project.defaultKey.secret });
      return result.status === 200 && !result.body.errors;
    }, 15_000);
    expect(recovered).toBe(true);
    expect((await readiness()).status).toBe(200);
  });
});

describe('Redis unavailable', () => {
  it('still checks keys from PostgreSQL, reports redis in /readyz, and recovers without a restart', async () => {
    const s = server!;
    const project = await seedProject(s);
    const cachedKey = await seedKey(s, project);
    dataOf(await s.gql(VIEWER, {}, { token: project.defaultKey.secret }));
    dataOf(await s.gql(VIEWER, {}, { token: cachedKey.secret })); // now in the key cache

    await redis!.stop();

    const started = Date.now();
    const result = await s.gql(VIEWER, {}, { token: project.defaultKey.secret });
    expect(dataOf(result).viewer.apiKey!.id).toBe(project.defaultKey.id);
    // The limiter fails open to its in-process counters: limits still hold and are still announced.
    expect(result.headers.get('x-ratelimit-limit')).toBe('1000');
    // Failing open must not mean waiting for Redis timeouts on every request.
    expect(Date.now() - started).toBeLessThan(3000);
    // The key with its last character changed (to another one: a key may end in "x"), so its checksum fails.
    const secret = project.defaultKey.secret;
    const revoked = await s.gql(
      graphql(`query FaultsViewerScopes { viewer { scopes } }`),
      {},
      { token: `${secret.slice(0, -1)}${secret.endsWith('x') ? 'y' : 'x'}` },
    );
    expect(revoked.status, show(revoked)).toBe(401);
    const ready = await readiness();
    expect(ready).toEqual({ status: 503, body: { status: 'unavailable', postgres: 'ok', redis: 'unavailable' } });

    // A key deactivated while Redis is away (its generation cannot be bumped) is refused at once…
    const deactivate = graphql(`mutation FaultsDeactivateApiKey($id: ID!) { deactivateApiKey(id: $id) { status } }`);
    dataOf(await s.gql(deactivate, { id: cachedKey.id }, { token: project.owner.token }));
    expect(codeOf(await s.gql(VIEWER, {}, { token: cachedKey.secret }))).toBe('UNAUTHENTICATED');

    await redis!.start();
    expect(await eventually(async () => (await readiness()).status === 200, 15_000)).toBe(true);
    dataOf(await s.gql(VIEWER, {}, { token: project.defaultKey.secret }));
    // …and stays refused once Redis is back empty: the cache was dropped with the connection.
    const after = await s.gql(VIEWER, {}, { token: cachedKey.secret });
    expect(after.status, show(after)).toBe(401);
    expect(after.body.errors?.[0]?.extensions?.reason, show(after)).toBe('DEACTIVATED');
  });
});
