/**
 * logIn's brute-force limits (DESIGN.md section 6): 10 failures per account per 15 minutes, 30
 * per client address per minute, then 429 RATE_LIMITED with retryAfter and Retry-After. Every
 * request of these tests comes from 127.0.0.1, so each test runs its own server: its own Redis
 * prefix, hence its own address budget.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { graphql } from '../../helpers/gql/index.js';
import { codeOf, dataOf, type GraphQLResult, show, startTestServer, type TestServer } from '../../helpers/harness.js';
import { PASSWORD, seedUser } from '../../helpers/seed.js';

const LOG_IN = graphql(`mutation LoginLimitsLogIn($input: LogInInput!) { logIn(input: $input) { token user { id } } }`);

const servers: TestServer[] = [];
async function freshServer(): Promise<TestServer> {
  const server = await startTestServer();
  servers.push(server);
  return server;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

function expectInvalidCredentials(result: GraphQLResult) {
  expect(result.status, show(result)).toBe(401);
  expect(result.body.errors?.[0]?.extensions, show(result)).toMatchObject({ reason: 'INVALID_CREDENTIALS' });
}

function expectRateLimited(result: GraphQLResult, maxSeconds: number) {
  expect(result.status, show(result)).toBe(429);
  expect(codeOf(result), show(result)).toBe('RATE_LIMITED');
  const retryAfter = result.body.errors?.[0]?.extensions?.retryAfter;
  expect(typeof retryAfter, show(result)).toBe('number');
  expect(retryAfter as number).toBeGreaterThan(0);
  expect(retryAfter as number).toBeLessThanOrEqual(maxSeconds);
  expect(result.headers.get('retry-after')).toBe(String(retryAfter));
  expect(result.body.data ?? null, show(result)).toBeNull();
}

describe('logIn limits', () => {
  it('refuses an account after 10 failures in 15 minutes, even the right password (the reproduction: 40 wrong, then right)', async () => {
    const server = await freshServer();
    const user = await seedUser(server);
    const answers: number[] = [];
    for (let attempt = 0; attempt < 40; attempt += 1) {
      const result = await server.gql(LOG_IN, { input: { email: user.email, password: `wrong password ${attempt}` } });
      answers.push(result.status);
      if (attempt >= 10) expectRateLimited(result, 15 * 60);
    }
    expect(answers.slice(0, 10)).toEqual(Array(10).fill(401));
    const right = await server.gql(LOG_IN, { input: { email: user.email, password: PASSWORD } });
    expectRateLimited(right, 15 * 60);
    // The account's budget is its own: another account from the same address still logs in.
    const other = await seedUser(server);
    dataOf(await server.gql(LOG_IN, { input: { email: other.email, password: PASSWORD } }));
  });

  it('does not count successful logins, and limits an unknown email exactly like a known one', async () => {
    const server = await freshServer();
    const user = await seedUser(server);
    const unknown = `nobody-${randomUUID()}@example.test`;
    for (let attempt = 0; attempt < 9; attempt += 1) {
      expectInvalidCredentials(
        await server.gql(LOG_IN, { input: { email: user.email, password: 'not the password' } }),
      );
      dataOf(await server.gql(LOG_IN, { input: { email: user.email.toUpperCase(), password: PASSWORD } }));
      expectInvalidCredentials(await server.gql(LOG_IN, { input: { email: unknown, password: 'not the password' } }));
    }
    // Nine failures and nine successes: one failure left for each, then both are refused alike.
    expectInvalidCredentials(await server.gql(LOG_IN, { input: { email: user.email, password: 'not the password' } }));
    expectInvalidCredentials(await server.gql(LOG_IN, { input: { email: unknown, password: 'not the password' } }));
    expectRateLimited(await server.gql(LOG_IN, { input: { email: user.email, password: PASSWORD } }), 15 * 60);
    expectRateLimited(await server.gql(LOG_IN, { input: { email: unknown, password: PASSWORD } }), 15 * 60);
  });

  it('refuses an address after 30 failures in a minute, whichever accounts they tried', async () => {
    const server = await freshServer();
    const user = await seedUser(server);
    // Five parallel guessers, six rounds: reservations are atomic, so no budget is overshot.
    for (let round = 0; round < 6; round += 1) {
      const results = await Promise.all(
        Array.from({ length: 5 }, () =>
          server.gql(LOG_IN, { input: { email: `guess-${randomUUID()}@example.test`, password: PASSWORD } }),
        ),
      );
      for (const result of results) expectInvalidCredentials(result);
    }
    expectRateLimited(await server.gql(LOG_IN, { input: { email: user.email, password: PASSWORD } }), 60);
    // The budget is the deployment's, in Redis: a second API process on the same prefix refuses too.
    const second = await startTestServer({}, { usage: server.options });
    servers.push(second);
    expectRateLimited(await second.gql(LOG_IN, { input: { email: user.email, password: PASSWORD } }), 60);
  });
});
