import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKey } from '../../../src/modules/api-keys/api-keys.entity.js';
import { generateKey } from '../../../src/modules/api-keys/key-format.js';
import { compileTrustedProxies } from '../../../src/shared/client-address.js';
import { graphql } from '../../helpers/gql/index.js';
import { codeOf, dataOf, type GraphQLResult, show } from '../../helpers/harness.js';
import { seedKey, seedProject } from '../../helpers/seed.js';
import { startUsageServer, type UsageTestServer } from './usage-harness.js';

const VIEWER = graphql(
  `query RateLimitsViewerLimits { viewer { apiKey { id } rateLimit { limit remaining resetAt } } }`,
);

let server: UsageTestServer;
let second: UsageTestServer;
beforeAll(async () => {
  server = await startUsageServer({ workers: false, usage: { authFailuresPerMinute: 5 } });
  // A second API process sharing the first one's Redis namespace: limits must hold across both.
  second = await startUsageServer({
    workers: false,
    usage: { redisPrefix: server.prefix },
  });
});
afterAll(async () => {
  await second?.close();
  await server?.close();
});

function remainingOf(result: GraphQLResult<unknown>): number {
  return Number(result.headers.get('x-ratelimit-remaining'));
}

async function setLimits(project: Awaited<ReturnType<typeof seedProject>>, keyId: string, rateLimit: object) {
  dataOf(
    await server.gql(
      graphql(`mutation RateLimitsUpdateApiKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { id } }`),
      { input: { id: keyId, rateLimit } },
      { token: project.owner.token },
    ),
  );
}

describe('per-key rate limits', () => {
  it('gives a FREE key exactly 100 calls a minute plus a burst of 100, then 429, across two API processes', async () => {
    const project = await seedProject(server, { plan: 'FREE' });
    const token = project.defaultKey.secret;

    // Headers count down from the plan's 100.
    const first = await server.gql(VIEWER, {}, { token });
    expect(first.status, show(first)).toBe(200);
    expect(first.headers.get('x-ratelimit-limit')).toBe('100');
    expect(remainingOf(first)).toBe(99);
    expect(first.headers.get('ratelimit-policy')).toBe('"minute";q=100;w=60, "day";q=10000;w=86400');
    expect(first.headers.get('ratelimit')).toMatch(/^"minute";r=99;t=(59|60)$/);
    const reset = Number(first.headers.get('x-ratelimit-reset'));
    expect(reset - Date.now() / 1000).toBeGreaterThan(55);
    expect(reset - Date.now() / 1000).toBeLessThanOrEqual(61);
    const state = dataOf(first);
    expect(state.viewer.rateLimit).toMatchObject({ limit: 100, remaining: 99 });
    for (const expected of [98, 97, 96]) expect(remainingOf(await second.gql(VIEWER, {}, { token }))).toBe(expected);

    // 230 more calls, 10 at a time, alternating between the two processes.
    const statuses: number[] = [];
    for (let round = 0; round < 23; round += 1) {
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, index) => (index % 2 === 0 ? server : second).gql(VIEWER, {}, { token })),
      );
      statuses.push(...results.map((result) => result.status));
    }
    // 4 calls above + 196 = the 100 of the minute and the burst of 100.
    expect(statuses.filter((status) => status === 200)).toHaveLength(196);
    expect(statuses.filter((status) => status === 429)).toHaveLength(34);

    const refused = await server.gql(VIEWER, {}, { token });
    expect(refused.status, show(refused)).toBe(429);
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(50);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.body.errors?.[0]?.extensions?.retryAfter).toBe(retryAfter);
    expect(remainingOf(refused)).toBe(0);
    expect(Math.abs(Number(refused.headers.get('x-ratelimit-reset')) - (Date.now() / 1000 + retryAfter))).toBeLessThan(
      2,
    );
    expect(refused.body.data).toBeUndefined();
  });

  it('does not execute a refused operation', async () => {
    const project = await seedProject(server, { plan: 'FREE' });
    await setLimits(project, project.defaultKey.id, { perMinute: 1 });
    const token = project.defaultKey.secret;
    dataOf(await server.gql(VIEWER, {}, { token })); // the minute's call
    dataOf(await server.gql(VIEWER, {}, { token })); // the burst's call
    const refused = await server.gql(
      graphql(`mutation RateLimitsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`),
      { input: { projectId: project.id, name: 'never-created', scopes: [] } },
      { token },
    );
    expect(refused.status, show(refused)).toBe(429);
    expect(await server.orm.em.fork().count(ApiKey, { project: project.id })).toBe(1);
  });

  it('accepts the burst only for 10 s after its first request', async () => {
    const project = await seedProject(server, { plan: 'FREE' });
    const key = await seedKey(server, project);
    await setLimits(project, key.id, { perMinute: 3 });
    const statuses = async (count: number) => {
      const results: number[] = [];
      for (let index = 0; index < count; index += 1) {
        results.push((await server.gql(VIEWER, {}, { token: key.secret })).status);
      }
      return results;
    };
    expect(await statuses(4)).toEqual([200, 200, 200, 200]); // 3 of the minute, 1 of the burst
    await new Promise((done) => setTimeout(done, 10_500));
    // Burst points are left (2 of 3), but its 10 s are over: refused until the minute resets.
    const late = await server.gql(VIEWER, {}, { token: key.secret });
    expect(late.status, show(late)).toBe(429);
    expect(Number(late.headers.get('retry-after'))).toBeLessThanOrEqual(50);
  }, 20_000);

  it('limits per day, reset at midnight UTC, and gives the minute point back', async () => {
    const project = await seedProject(server, { plan: 'FREE' });
    const key = await seedKey(server, project);
    await setLimits(project, key.id, { perDay: 3 });
    for (const expected of [2, 1, 0]) {
      const result = await server.gql(VIEWER, {}, { token: key.secret });
      expect(result.status, show(result)).toBe(200);
      // The day is now the tightest window, so the headers report it.
      expect(result.headers.get('x-ratelimit-limit')).toBe('3');
      expect(remainingOf(result)).toBe(expected);
    }
    const refused = await server.gql(VIEWER, {}, { token: key.secret });
    expect(refused.status, show(refused)).toBe(429);
    const midnight = new Date();
    midnight.setUTCHours(24, 0, 0, 0);
    expect(Number(refused.headers.get('x-ratelimit-reset'))).toBe(midnight.getTime() / 1000);
    const untilMidnight = (midnight.getTime() - Date.now()) / 1000;
    expect(Math.abs(Number(refused.headers.get('retry-after')) - untilMidnight)).toBeLessThanOrEqual(1.5);

    // Back on the plan's limits: the refused request used no minute point (3 + this one = 4 used).
    await setLimits(project, key.id, { perDay: 10_000 });
    const after = await server.gql(VIEWER, {}, { token: key.secret });
    expect(after.status, show(after)).toBe(200);
    expect(after.headers.get('x-ratelimit-limit')).toBe('100');
    expect(remainingOf(after)).toBe(96);
  });

  it('gives TEST keys 10× the per-minute limit', async () => {
    const project = await seedProject(server, { plan: 'FREE' });
    const key = await seedKey(server, project, { environment: 'TEST' });
    const result = await server.gql(VIEWER, {}, { token: key.secret });
    expect(result.headers.get('x-ratelimit-limit')).toBe('1000');
    expect(remainingOf(result)).toBe(999);
  });

  it('does not limit ENTERPRISE keys without an override (no headers, viewer.rateLimit null)', async () => {
    const project = await seedProject(server, { plan: 'ENTERPRISE' });
    const result = await server.gql(VIEWER, {}, { token: project.defaultKey.secret });
    expect(dataOf(result).viewer.rateLimit).toBeNull();
    expect(result.headers.get('x-ratelimit-limit')).toBeNull();
  });

  it('applies a changed override on the next request', async () => {
    const project = await seedProject(server, { plan: 'PRO' });
    const key = await seedKey(server, project);
    expect((await server.gql(VIEWER, {}, { token: key.secret })).headers.get('x-ratelimit-limit')).toBe('300');
    await setLimits(project, key.id, { perMinute: 20 });
    const next = await server.gql(VIEWER, {}, { token: key.secret });
    expect(next.headers.get('x-ratelimit-limit')).toBe('20');
    expect(remainingOf(next)).toBe(18);
  });

  it('gives sessions no rate-limit state', async () => {
    const project = await seedProject(server);
    const result = await server.gql(VIEWER, {}, { token: project.owner.token });
    expect(dataOf(result).viewer.rateLimit).toBeNull();
    expect(result.headers.get('x-ratelimit-limit')).toBeNull();
  });
});

describe('verifyApiKey and rate limits', () => {
  const VERIFY = graphql(
    `mutation RateLimitsVerifyApiKey($input: VerifyApiKeyInput!) { verifyApiKey(input: $input) { valid code rateLimit { limit remaining } } }`,
  );

  it('counts a verification against the verified key and reports RATE_LIMITED as data', async () => {
    const project = await seedProject(server, { plan: 'PRO' });
    const verifier = await seedKey(server, project, { scopes: ['keys:verify'] });
    const verified = await seedKey(server, project);
    await setLimits(project, verified.id, { perMinute: 1 });
    const verify = () => server.gql(VERIFY, { input: { key: verified.secret } }, { token: verifier.secret });

    expect(dataOf(await verify()).verifyApiKey).toEqual({
      valid: true,
      code: 'VALID',
      rateLimit: { limit: 1, remaining: 0 },
    });
    expect(dataOf(await verify()).verifyApiKey.code).toBe('VALID'); // the burst
    const limited = await verify();
    expect(limited.status, show(limited)).toBe(200);
    expect(dataOf(limited).verifyApiKey).toEqual({
      valid: false,
      code: 'RATE_LIMITED',
      rateLimit: { limit: 1, remaining: 0 },
    });
    // The verified key's own requests are refused too: it is one budget.
    expect((await server.gql(VIEWER, {}, { token: verified.secret })).status).toBe(429);
  });
});

describe('failed authentications per client address', () => {
  it('answers 429 before any lookup once an address has used its budget of unknown credentials', async () => {
    const project = await seedProject(server);
    // A well-formed key that does not exist: each try costs a lookup.
    const guess = generateKey('live');
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const result = await server.gql(VIEWER, {}, { token: guess });
      expect(result.status, show(result)).toBe(401);
    }
    const blocked = await server.gql(VIEWER, {}, { token: guess });
    expect(blocked.status, show(blocked)).toBe(429);
    expect(codeOf(blocked)).toBe('RATE_LIMITED');
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    // A key this process has never seen from that address waits: it would cost a lookup.
    expect((await server.gql(VIEWER, {}, { token: project.defaultKey.secret })).status).toBe(429);
    // Requests without a credential are not affected.
    expect((await server.gql(graphql(`query RateLimitsScopes { scopes { name } }`))).status).toBe(200);
  });
});

describe('the lockout refuses only what the process cannot confirm (behind a trusted proxy)', () => {
  let proxied: UsageTestServer;
  beforeAll(async () => {
    proxied = await startUsageServer({
      workers: false,
      usage: { authFailuresPerMinute: 5 },
      config: { trustedProxies: compileTrustedProxies('loopback') },
    });
  });
  afterAll(async () => {
    await proxied?.close();
  });

  const from = (address: string, extra: Record<string, string> = {}) => ({ 'x-forwarded-for': address, ...extra });

  it('keeps cached keys and sessions working, ignores unrelated cookies, and locks out one address only', async () => {
    const project = await seedProject(proxied);
    const seen = await seedKey(proxied, project);
    const unseen = await seedKey(proxied, project);
    const attacker = '203.0.113.7';
    // Seen valid (from anywhere) before the attack: cached by this process.
    dataOf(await proxied.gql(VIEWER, {}, { token: seen.secret }));
    dataOf(
      await proxied.gql(
        graphql(`query RateLimitsViewer { viewer { user { id } } }`),
        {},
        { token: project.owner.token },
      ),
    );

    const guess = generateKey('live');
    for (let attempt = 0; attempt < 6; attempt += 1) {
      await proxied.gql(VIEWER, {}, { token: guess, headers: from(attacker) });
    }
    const blocked = await proxied.gql(VIEWER, {}, { token: guess, headers: from(attacker) });
    expect(blocked.status, show(blocked)).toBe(429);

    // From the locked-out address: what the process has seen valid still works …
    const cachedKey = await proxied.gql(VIEWER, {}, { token: seen.secret, headers: from(attacker) });
    expect(cachedKey.status, show(cachedKey)).toBe(200);
    const cachedSession = await proxied.gql(
      graphql(`query RateLimitsViewer { viewer { user { id } } }`),
      {},
      {
        token: project.owner.token,
        headers: from(attacker),
      },
    );
    expect(cachedSession.status, show(cachedSession)).toBe(200);
    // … a request with no credential, even with an unrelated cookie, is never refused …
    const cookie = await proxied.gql(
      graphql(`query RateLimitsScopes { scopes { name } }`),
      {},
      { headers: from(attacker, { cookie: 'theme=dark' }) },
    );
    expect(cookie.status, show(cookie)).toBe(200);
    // … a key it has never seen waits …
    expect((await proxied.gql(VIEWER, {}, { token: unseen.secret, headers: from(attacker) })).status).toBe(429);
    // … and every other client address is untouched.
    const other = await proxied.gql(VIEWER, {}, { token: unseen.secret, headers: from('198.51.100.20') });
    expect(other.status, show(other)).toBe(200);
  });

  it('records the forwarded client address, and ignores X-Forwarded-For from an untrusted peer', async () => {
    const project = await seedProject(proxied);
    const created = await proxied.gql(
      graphql(
        `mutation RateLimitsCreateApiKey2($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }`,
      ),
      { input: { projectId: project.id, name: 'forwarded', scopes: [] } },
      { token: project.owner.token, headers: from('2001:db8::1, 192.0.2.9') },
    );
    dataOf(created);
    // A server that trusts no proxy (its own prefix: 127.0.0.1 is locked out on the others).
    const untrusting = await startUsageServer({ workers: false });
    try {
      const direct = await untrusting.gql(
        graphql(
          `mutation RateLimitsCreateApiKey2($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }`,
        ),
        { input: { projectId: project.id, name: 'direct', scopes: [] } },
        { token: project.owner.token, headers: from('192.0.2.99') },
      );
      dataOf(direct);
    } finally {
      await untrusting.close();
    }
    const events = await proxied.gql(
      graphql(
        `query RateLimitsProject($id: ID!) { project(id: $id) { auditEvents(filter: { actions: ["key.created"] }) { edges { node { targetLabel clientAddress } } } } }`,
      ),
      { id: project.id },
      { token: project.owner.token },
    );
    const byLabel = Object.fromEntries(
      dataOf(events).project!.auditEvents!.edges.map((edge) => [edge.node.targetLabel, edge.node.clientAddress]),
    );
    // The nearest untrusted hop is the client; without trusted proxies the socket's peer is.
    expect(byLabel.forwarded).toBe('192.0.2.9');
    expect(byLabel.direct).toBe('127.0.0.1');
  });
});
