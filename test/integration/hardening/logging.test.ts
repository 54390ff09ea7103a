import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/shared/logger.js';
import { graphql } from '../../helpers/gql/index.js';
import { dataOf, startTestServer, type TestServer } from '../../helpers/harness.js';
import { PASSWORD, seedProject, seedUser } from '../../helpers/seed.js';

/** One structured line per request, with ids and never a secret. */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

interface LogLine {
  level: number;
  msg: string;
  requestId?: string;
  [field: string]: unknown;
}

const VIEWER = graphql(`query LoggingViewer { viewer { scopes } }`);

function parsed(): LogLine[] {
  return server.logs.flatMap((chunk) => chunk.split('\n').filter(Boolean)).map((line) => JSON.parse(line) as LogLine);
}

function requestLine(requestId: string | null): LogLine | undefined {
  const lines = parsed().filter((line) => line.msg === 'request' && line.requestId === requestId);
  expect(lines, `log lines for ${requestId}`).toHaveLength(1);
  return lines[0];
}

describe('request log', () => {
  it('writes one info line per request with request id, operation, caller, key id, status, outcome and duration', async () => {
    const project = await seedProject(server);
    const result = await server.gql(
      graphql(`query WhoAmI { viewer { apiKey { id } } }`),
      {},
      { token: project.defaultKey.secret, headers: { 'x-request-id': 'trace-abc.123' } },
    );
    dataOf(result);
    expect(result.headers.get('x-request-id')).toBe('trace-abc.123');
    const line = requestLine('trace-abc.123');
    expect(line).toMatchObject({
      level: 30,
      service: 'latchkey',
      method: 'POST',
      path: '/graphql',
      status: 200,
      outcome: 'ok',
      operationName: 'WhoAmI',
      operation: 'viewer',
      operationType: 'query',
      caller: 'key',
      keyId: project.defaultKey.id,
      projectId: project.id,
    });
    expect(typeof line?.durationMs).toBe('number');
    expect(line?.statements as number).toBeGreaterThan(0);
  });

  it('records refusals and coded errors with their outcome', async () => {
    const refused = await server.gql(VIEWER, {}, { token: 'lk_live_short' });
    expect(requestLine(refused.headers.get('x-request-id'))).toMatchObject({ status: 401, outcome: 'unauthenticated' });

    const user = await seedUser(server);
    const missing = await server.gql(
      graphql(`query LoggingApiKey($id: ID!) { apiKey(id: $id) { id } }`),
      { id: '0190f7a4-0000-7000-8000-000000000000' },
      { token: user.token },
    );
    expect(requestLine(missing.headers.get('x-request-id'))).toMatchObject({
      status: 200,
      outcome: 'error',
      caller: 'user',
      userId: user.id,
      errorCodes: ['NOT_FOUND'],
    });
    const invalid = await server.gql('{ nope }'); // invalid on purpose
    expect(requestLine(invalid.headers.get('x-request-id'))).toMatchObject({ status: 400, outcome: 'invalid' });
  });

  it('never logs a password, session token or key secret, whatever the request carried', async () => {
    const email = `logs-${Date.now()}@example.test`;
    const signUp = await server.gql(
      graphql(`mutation LoggingSignUp($input: SignUpInput!) { signUp(input: $input) { token } }`),
      { input: { email, password: PASSWORD } },
    );
    const sessionToken = dataOf(signUp).signUp.token;
    await server.gql(graphql(`mutation LoggingLogIn($input: LogInInput!) { logIn(input: $input) { token } }`), {
      input: { email, password: 'wrong password but secret-ish' },
    });
    const project = await seedProject(server);
    const secret = project.defaultKey.secret;
    await server.gql(
      graphql(`mutation LoggingVerifyApiKey($input: VerifyApiKeyInput!) { verifyApiKey(input: $input) { valid } }`),
      { input: { key: secret } },
      { token: secret },
    );
    await server.gql(VIEWER, {}, { headers: { cookie: `latchkey_session=${sessionToken}` } });
    // A failing request with the key in the body and in a header, so error paths are covered too
    // (an invalid document: a plain string).
    await server.gql(`{ nope(key: "${secret}") }`, {}, { token: `${secret.slice(0, -2)}xx` });

    const text = server.logs.join('');
    for (const value of [PASSWORD, 'wrong password but secret-ish', sessionToken, secret, secret.slice(8, 40)]) {
      expect(text).not.toContain(value);
    }
  });
});

describe('redaction configuration', () => {
  it('censors secret-looking fields up to three levels deep', () => {
    const lines: string[] = [];
    const logger = createLogger(
      'info',
      new Writable({
        write(chunk, _encoding, done) {
          lines.push(chunk.toString());
          done();
        },
      }),
    );
    logger.info(
      {
        password: 'p1',
        input: { password: 'p2', key: 'k2', secret: 's2', name: 'kept' },
        request: { headers: { authorization: 'Bearer t3', cookie: 'c3' } },
        token: 't1',
      },
      'careless',
    );
    const line = JSON.parse(lines[0] ?? '{}') as Record<string, Record<string, Record<string, unknown>>>;
    expect(JSON.stringify(line)).not.toMatch(/p1|p2|k2|s2|t1|t3|c3/);
    expect(line.input?.name).toBe('kept');
    expect(line.request?.headers?.authorization).toBe('[redacted]');
  });
});
