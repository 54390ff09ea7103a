import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKey } from '../../../src/modules/api-keys/api-keys.entity.js';
import { generateKey } from '../../../src/modules/api-keys/key-format.js';
import { isDatabaseUnavailable } from '../../../src/shared/errors.js';
import { graphql } from '../../helpers/gql/index.js';
import { codeOf, dataOf, type GraphQLResult, show, startTestServer, type TestServer } from '../../helpers/harness.js';
import { type SeededProject, seedProject } from '../../helpers/seed.js';

/** Hostile input: each case gets a clear coded error and leaves nothing half-written. */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const CREATE_KEY = graphql(
  `mutation AbuseCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id name } secret } }`,
);
const VIEWER = graphql(`query AbuseViewer { viewer { scopes } }`);

async function post(body: string | Buffer, contentType: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': contentType, ...headers },
    body,
  });
  const text = await response.text();
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    text,
    json: () => JSON.parse(text),
  };
}

async function keysOf(projectId: string) {
  return server.orm.em.fork().find(ApiKey, { project: projectId }, { orderBy: { createdAt: 'asc' } });
}

function createKey(project: SeededProject, name: string) {
  return server.gql(
    CREATE_KEY,
    { input: { projectId: project.id, name, scopes: ['keys:read'] } },
    { token: project.owner.token },
  );
}

describe('request bodies', () => {
  it('refuses a body over 1 MiB with 413 before parsing it', async () => {
    const query = `{ scopes { name } } # ${'x'.repeat(1024 * 1024)}`;
    const result = await post(JSON.stringify({ query }), 'application/json');
    expect(result.status, result.text).toBe(413);
    expect(result.json().errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(result.json().errors[0].message).toMatch(/larger than 1048576 bytes/);
  });

  it('answers a 12 MB chunked body with 413 and its JSON error, then closes the connection', async () => {
    const { status, headers, text, closed } = await new Promise<{
      status: number;
      headers: Record<string, unknown>;
      text: string;
      closed: boolean;
    }>((resolveResponse, reject) => {
      const outgoing = httpRequest(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      });
      let answered = false;
      // Writing on after the server closed fails (EPIPE, reset): expected once the answer is in.
      outgoing.on('error', (error) => {
        if (!answered) reject(error);
      });
      outgoing.on('response', (response) => {
        answered = true;
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const socket = response.socket;
          const finish = () =>
            resolveResponse({
              status: response.statusCode ?? 0,
              headers: response.headers,
              text: Buffer.concat(chunks).toString('utf8'),
              closed: true,
            });
          if (socket.destroyed) finish();
          else socket.once('close', finish);
        });
      });
      // 12 MB in 64 KiB chunks, written as fast as the socket takes them; the server may stop
      // reading part-way, so a write that fails after the answer arrived is expected.
      const chunk = Buffer.alloc(64 * 1024, 'x');
      let written = 0;
      const pump = () => {
        while (written < 12 * 1024 * 1024) {
          written += chunk.length;
          if (!outgoing.write(chunk)) {
            outgoing.once('drain', pump);
            return;
          }
        }
        outgoing.end();
      };
      outgoing.write('{"query":"{ scopes { name } }","padding":"');
      pump();
    });
    expect(status, text).toBe(413);
    expect(JSON.parse(text).errors[0]).toEqual({
      message: 'Request body is larger than 1048576 bytes.',
      extensions: { code: 'BAD_REQUEST' },
    });
    expect(headers.connection).toBe('close');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(closed).toBe(true);
  });

  it('refuses malformed JSON with 400', async () => {
    const result = await post('{"query": "{ scopes { name } }"', 'application/json');
    expect(result.status, result.text).toBe(400);
    expect(result.json().errors[0]).toEqual({
      message: 'The request body is not valid JSON.',
      extensions: { code: 'BAD_REQUEST' },
    });
  });

  it('refuses bodies that are not JSON (text/plain, forms, multipart) without executing them', async () => {
    const project = await seedProject(server);
    const mutation = JSON.stringify({
      query: `mutation { createApiKey(input: { projectId: "${project.id}", name: "csrf", scopes: [] }) { secret } }`,
    });
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const result = await post(mutation, contentType, { authorization: `Bearer ${project.owner.token}` });
      expect(result.status, `${contentType}: ${result.text}`).toBe(400);
      expect(result.json().errors[0].extensions.code, result.text).toBe('BAD_REQUEST');
    }
    expect((await keysOf(project.id)).map((key) => key.name)).not.toContain('csrf');
  });

  it('answers a huge variables object without trouble: unknown variables are ignored, declared ones validated', async () => {
    const variables: Record<string, string> = {};
    for (let i = 0; i < 20_000; i += 1) variables[`v${i}`] = 'x'.repeat(20);
    const ignored = await post(JSON.stringify({ query: '{ scopes { name } }', variables }), 'application/json');
    expect(ignored.status, ignored.text.slice(0, 500)).toBe(200);

    const nested = `{"query":"{ scopes { name } }","variables":{"deep":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`;
    const deep = await post(nested, 'application/json');
    expect(deep.status, deep.text.slice(0, 500)).toBe(200);
    expect(deep.text).not.toMatch(/INTERNAL_SERVER_ERROR|RangeError|stack/);

    const project = await seedProject(server);
    const long = await createKey(project, 'n'.repeat(900_000));
    expect(codeOf(long), show(long).slice(0, 500)).toBe('BAD_USER_INPUT');
    expect(long.body.errors?.[0]?.extensions?.field).toBe('name');
    expect(await keysOf(project.id)).toHaveLength(1);
  });
});

/** Log lines of one request at level error (50) or above: a stack trace, an "unexpected error". */
function errorLogsOf(requestId: string | null): string[] {
  return server.logs.filter((line) => line.includes(`"requestId":"${requestId}"`) && /"level":(5|6)0/.test(line));
}

/** A refusal before any resolver ran: HTTP 400, BAD_USER_INPUT, nothing logged as an error. */
function expectRefusedInput(result: GraphQLResult<unknown>, label: string) {
  expect(result.status, `${label}: ${show(result)}`).toBe(400);
  expect(codeOf(result), `${label}: ${show(result)}`).toBe('BAD_USER_INPUT');
  expect(result.body.data, `${label}: ${show(result)}`).toBeUndefined();
  expect(JSON.stringify(result.body), label).not.toMatch(/stacktrace|\bat \w|node_modules|\.ts:\d/);
  expect(errorLogsOf(result.headers.get('x-request-id')), label).toEqual([]);
}

const PAGE = graphql(`query AbusePage($first: Int) { viewer { project { apiKeys(first: $first) { totalCount } } } }`);
const KEY_BY_ID = graphql(`query AbuseApiKey($id: ID!) { apiKey(id: $id) { id } }`);
const PROJECT_USAGE = graphql(
  `query AbuseProjectUsage($from: DateTime, $to: DateTime) { viewer { project { usage(from: $from, to: $to) { from } } } }`,
);
const LOG_IN = graphql(`mutation AbuseLogIn($input: LogInInput!) { logIn(input: $input) { token } }`);

describe('variables that do not coerce', () => {
  it('answers a wrong type, a missing ID!, a bad enum value and a bad DateTime with 400 BAD_USER_INPUT', async () => {
    const project = await seedProject(server);
    const token = project.defaultKey.secret;
    // Variables of the wrong type on purpose: the typed documents go as plain strings.
    const cases: [string, string, Record<string, unknown>][] = [
      ['first: "abc"', String(PAGE), { first: 'abc' }],
      ['first: 1.5', String(PAGE), { first: 1.5 }],
      ['missing ID!', String(KEY_BY_ID), {}],
      ['id: null', String(KEY_BY_ID), { id: null }],
      [
        'environment: "STAGING"',
        String(CREATE_KEY),
        { input: { projectId: project.id, name: 'e', scopes: [], environment: 'STAGING' } },
      ],
      [
        'expiresAt: "tomorrow"',
        String(CREATE_KEY),
        { input: { projectId: project.id, name: 'd', scopes: [], expiresAt: 'tomorrow' } },
      ],
      ['scopes: {a: 1}', String(CREATE_KEY), { input: { projectId: project.id, name: 's', scopes: { a: 1 } } }],
    ];
    for (const [label, query, variables] of cases) {
      expectRefusedInput(await server.gql(query, variables, { token }), label);
    }
    expect(await keysOf(project.id)).toHaveLength(1);
  });

  it('refuses a DateTime outside 1970-01-01 … 9999-12-31 with 400 BAD_USER_INPUT, and accepts the bounds', async () => {
    const project = await seedProject(server);
    const token = project.defaultKey.secret;
    for (const from of ['0000-01-01T00:00:00Z', '0001-01-01T00:00:00Z', '1969-12-31T23:59:59Z']) {
      const result = await server.gql(PROJECT_USAGE, { from }, { token });
      expectRefusedInput(result, from);
      expect(result.body.errors?.[0]?.message, from).toMatch(/1970.*9999/);
    }
    // An inline literal out of range on purpose: a plain string.
    const inline = await server.gql(
      '{ viewer { project { usage(from: "0000-01-01T00:00:00Z") { from } } } }',
      {},
      { token },
    );
    expect(inline.status, show(inline)).toBe(400);
    expect(inline.body.errors?.[0]?.message, show(inline)).toMatch(/1970.*9999/);
    expect(errorLogsOf(inline.headers.get('x-request-id'))).toEqual([]);

    const bounds = await server.gql(
      PROJECT_USAGE,
      { from: '1970-01-01T00:00:00Z', to: '9999-12-31T23:59:59Z' },
      { token },
    );
    expect(bounds.status, show(bounds)).toBe(200);
    expect(codeOf(bounds), show(bounds)).not.toBe('INTERNAL_SERVER_ERROR');
    const future = await createKeyExpiring(project, 'far-future', '10000-01-01T00:00:00Z');
    expectRefusedInput(future, 'year 10000');
    expect(await keysOf(project.id)).toHaveLength(1);
  });
});

function createKeyExpiring(project: SeededProject, name: string, expiresAt: string) {
  return server.gql(
    CREATE_KEY,
    { input: { projectId: project.id, name, scopes: [], expiresAt } },
    { token: project.owner.token },
  );
}

describe('strings holding NUL or invalid UTF-8', () => {
  it("refuses a NUL in logIn's email with 400 BAD_USER_INPUT naming the field, not a 503", async () => {
    const result = await server.gql(LOG_IN, { input: { email: 'someone\u0000@example.test', password: 'whatever' } });
    expectRefusedInput(result, 'NUL email');
    expect(result.body.errors?.[0]?.extensions?.field, show(result)).toBe('email');
  });

  it('refuses NUL and lone surrogates anywhere in the variables, and in inline literals, before any resolver runs', async () => {
    const project = await seedProject(server);
    const token = project.owner.token;
    const strings = ['nul\u0000', '\ud800', 'lone \udfff low', 'reversed \udc00\ud800'];
    for (const text of strings) {
      const label = JSON.stringify(text);
      const name = await server.gql(
        CREATE_KEY,
        { input: { projectId: project.id, name: text, scopes: [] } },
        { token },
      );
      expectRefusedInput(name, `name ${label}`);
      expect(name.body.errors?.[0]?.extensions?.field, label).toBe('name');
      const scope = await server.gql(
        CREATE_KEY,
        { input: { projectId: project.id, name: 'ok', scopes: ['keys:read', text] } },
        { token },
      );
      expectRefusedInput(scope, `scope ${label}`);
      expect(scope.body.errors?.[0]?.extensions?.field, label).toBe('scopes');
      const id = await server.gql(KEY_BY_ID, { id: text }, { token });
      expectRefusedInput(id, `id ${label}`);
      expect(id.body.errors?.[0]?.extensions?.field, label).toBe('id');
    }
    // Inline literals on purpose: plain strings.
    const literal = await server.gql(
      `mutation { createApiKey(input: { projectId: "${project.id}", name: "inline\\u0000nul", scopes: [] }) { secret } }`,
      {},
      { token },
    );
    expectRefusedInput(literal, 'inline literal');
    expect(literal.body.errors?.[0]?.extensions?.field, show(literal)).toBe('name');
    const logIn = await server.gql('mutation { logIn(input: { email: "a\\u0000@b.test", password: "x" }) { token } }');
    expectRefusedInput(logIn, 'inline logIn');
    expect(logIn.body.errors?.[0]?.extensions?.field, show(logIn)).toBe('email');
    // A valid surrogate pair (an emoji) is fine.
    const emoji = await server.gql(
      CREATE_KEY,
      { input: { projectId: project.id, name: 'key \ud83d\udd11', scopes: [] } },
      { token },
    );
    expect(emoji.status, show(emoji)).toBe(200);
    const names = (await keysOf(project.id)).map((key) => key.name);
    expect(names).toHaveLength(2);
    expect(names).toContain('key 🔑');
  });

  it('refuses a request body that is not valid UTF-8 with 400', async () => {
    const body = Buffer.concat([
      Buffer.from(
        '{"query":"mutation($input: LogInInput!) { logIn(input: $input) { token } }","variables":{"input":{"email":"',
      ),
      Buffer.from([0xc3, 0x28, 0xff]),
      Buffer.from('@example.test","password":"x"}}}'),
    ]);
    const result = await post(body, 'application/json');
    expect(result.status, result.text).toBe(400);
    expect(result.json().errors[0].extensions.code, result.text).toBe('BAD_REQUEST');
    expect(result.json().errors[0].message).toMatch(/UTF-8/);
  });
});

describe('statement errors are not outages', () => {
  it('answers SERVICE_UNAVAILABLE only when the database cannot be reached', () => {
    // What PostgreSQL answered to a NUL byte in a parameter: a protocol violation of one statement.
    const nulParameter = Object.assign(new Error('invalid message format'), { code: '08P01', severity: 'ERROR' });
    expect(isDatabaseUnavailable(nulParameter)).toBe(false);
    expect(isDatabaseUnavailable(new Error('wrapped', { cause: nulParameter }))).toBe(false);
    const badEncoding = Object.assign(new Error('invalid byte sequence'), { code: '22021', severity: 'ERROR' });
    expect(isDatabaseUnavailable(badEncoding)).toBe(false);
    // A statement error whose text happens to read like an outage is still a statement error.
    const quoted = Object.assign(new Error('Connection terminated: value too long'), {
      code: '22001',
      severity: 'ERROR',
    });
    expect(isDatabaseUnavailable(quoted)).toBe(false);

    expect(isDatabaseUnavailable(Object.assign(new Error('connect failed'), { code: 'ECONNREFUSED' }))).toBe(true);
    const shutdown = Object.assign(new Error('terminating connection'), { code: '57P01', severity: 'FATAL' });
    expect(isDatabaseUnavailable(shutdown)).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
  });
});

describe('URLs', () => {
  it('answers a malformed percent-encoding in the path with 400, not 500', async () => {
    for (const path of ['/%E0%A4%A', '/%', '/assets/%FF%FE', '/playground/%C0%AF']) {
      const response = await fetch(`${server.url}${path}`);
      const text = await response.text();
      expect(response.status, `${path}: ${text}`).toBe(400);
      expect(JSON.parse(text).errors[0].extensions.code, path).toBe('BAD_REQUEST');
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(errorLogsOf(response.headers.get('x-request-id')), path).toEqual([]);
    }
  });

  it('answers a request target that is no URL with 400, and keeps serving', async () => {
    const { port } = new URL(server.url);
    for (const target of ['http://[/', 'foo://[x', 'http://[::1/graphql']) {
      const answer = await new Promise<string>((resolveAnswer, reject) => {
        const socket = connect(Number(port), '127.0.0.1', () =>
          socket.write(`GET ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`),
        );
        let text = '';
        socket.on('data', (chunk: Buffer) => {
          text += chunk.toString('utf8');
        });
        socket.on('close', () => resolveAnswer(text));
        socket.on('error', reject);
        socket.setTimeout(5_000, () => socket.destroy());
      });
      expect(answer, target).toMatch(/^HTTP\/1\.1 400 /);
      expect(answer, target).toMatch(/x-content-type-options: nosniff/i);
    }
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
  });
});

describe('credentials', () => {
  it('refuses a 10,000-character key as MALFORMED, in the header and in verifyApiKey', async () => {
    const huge = `lk_live_${'A'.repeat(10_000 - 8)}`;
    const header = await server.gql(VIEWER, {}, { token: huge });
    expect(header.status, show(header)).toBe(401);
    expect(header.body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'MALFORMED' });

    const project = await seedProject(server);
    const verified = await server.gql(
      graphql(`mutation AbuseVerifyApiKey($input: VerifyApiKeyInput!) { verifyApiKey(input: $input) { valid code } }`),
      { input: { key: huge } },
      { token: project.defaultKey.secret },
    );
    expect(dataOf(verified).verifyApiKey).toEqual({ valid: false, code: 'MALFORMED' });
  });

  it('refuses a well-formed but unknown key, a mangled header and a non-ASCII token', async () => {
    const unknown = await server.gql(VIEWER, {}, { token: generateKey('live') });
    expect(unknown.body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'NOT_FOUND' });
    for (const authorization of ['Bearer lk_live_a b', 'Basic dXNlcjpwYXNz', 'Bearer lk_live_\u00e9\u00e9\u00e9']) {
      const result = await server.gql(VIEWER, {}, { headers: { authorization } });
      expect(result.status, `${authorization}: ${show(result)}`).toBe(401);
      expect(result.body.errors?.[0]?.extensions, authorization).toMatchObject({ reason: 'MALFORMED' });
    }
  });
});

describe('names', () => {
  it('refuses control, format and bidi characters in key names, and writes nothing', async () => {
    const project = await seedProject(server);
    for (const name of ['nul\u0000byte', 'new\nline', 'bell\u0007', 'rtl\u202eoverride', 'zero\u200bwidth', '\u2028']) {
      const result = await createKey(project, name);
      expect(codeOf(result), `${JSON.stringify(name)}: ${show(result)}`).toBe('BAD_USER_INPUT');
      expect(result.body.errors?.[0]?.extensions?.field).toBe('name');
    }
    for (const name of ['', '   ', 'x'.repeat(65)]) {
      expect(codeOf(await createKey(project, name)), JSON.stringify(name)).toBe('BAD_USER_INPUT');
    }
    expect(await keysOf(project.id)).toHaveLength(1);
  });

  it('accepts printable unicode, normalised to NFC and trimmed', async () => {
    const project = await seedProject(server);
    const decomposed = '  Cle\u0301 🔑 日本  ';
    const created = await createKey(project, decomposed);
    expect(dataOf(created).createApiKey.apiKey.name).toBe('Clé 🔑 日本');
    const duplicate = await createKey(project, 'CLÉ 🔑 日本');
    expect(codeOf(duplicate), show(duplicate)).toBe('CONFLICT');
  });
});

describe('concurrent creation races', () => {
  it('two creations with the same name at once: one key, one CONFLICT', async () => {
    const project = await seedProject(server, { plan: 'TEAM' });
    const name = `race-${randomUUID().slice(0, 8)}`;
    const results = await Promise.all([createKey(project, name), createKey(project, name)]);
    const codes = results.map((result) => (result.body.errors ? codeOf(result) : 'OK')).sort();
    expect(codes, results.map(show).join('\n')).toEqual(['CONFLICT', 'OK']);
    const rows = (await keysOf(project.id)).filter((key) => key.name === name);
    expect(rows).toHaveLength(1);
  });

  it('creating past the FREE plan limit in parallel: exactly one more key, PLAN_LIMIT_REACHED for the rest', async () => {
    const project = await seedProject(server, { plan: 'FREE' });
    const results: GraphQLResult<unknown>[] = await Promise.all(
      Array.from({ length: 6 }, (_, i) => createKey(project, `parallel-${i}`)),
    );
    const codes = results.map((result) => (result.body.errors ? codeOf(result) : 'OK'));
    expect(
      codes.filter((code) => code === 'OK'),
      results.map(show).join('\n'),
    ).toHaveLength(1);
    expect(codes.filter((code) => code === 'PLAN_LIMIT_REACHED')).toHaveLength(5);
    const rows = await keysOf(project.id);
    expect(rows).toHaveLength(2);
    expect(rows.filter((key) => key.isDefault)).toHaveLength(1);
  });
});
