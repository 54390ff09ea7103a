import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKey } from '../../../src/modules/api-keys/api-keys.entity.js';
import { generateKey } from '../../../src/modules/api-keys/key-format.js';
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

const CREATE_KEY = 'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id name } secret } }';

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
  return server.gql<{ createApiKey: { apiKey: { id: string; name: string } } }>(
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

describe('credentials', () => {
  it('refuses a 10,000-character key as MALFORMED, in the header and in verifyApiKey', async () => {
    const huge = `lk_live_${'A'.repeat(10_000 - 8)}`;
    const header = await server.gql('{ viewer { scopes } }', {}, { token: huge });
    expect(header.status, show(header)).toBe(401);
    expect(header.body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'MALFORMED' });

    const project = await seedProject(server);
    const verified = await server.gql<{ verifyApiKey: { valid: boolean; code: string } }>(
      'mutation($input: VerifyApiKeyInput!) { verifyApiKey(input: $input) { valid code } }',
      { input: { key: huge } },
      { token: project.defaultKey.secret },
    );
    expect(dataOf(verified).verifyApiKey).toEqual({ valid: false, code: 'MALFORMED' });
  });

  it('refuses a well-formed but unknown key, a mangled header and a non-ASCII token', async () => {
    const unknown = await server.gql('{ viewer { scopes } }', {}, { token: generateKey('live') });
    expect(unknown.body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'NOT_FOUND' });
    for (const authorization of ['Bearer lk_live_a b', 'Basic dXNlcjpwYXNz', 'Bearer lk_live_\u00e9\u00e9\u00e9']) {
      const result = await server.gql('{ viewer { scopes } }', {}, { headers: { authorization } });
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
