import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadQueryLimits, QUERY_LIMIT_ENV } from '../../../src/graphql/query-limits.js';
import { loadConfig } from '../../../src/shared/config.js';
import { codeOf, dataOf, type GraphQLResult, show, startTestServer, type TestServer } from '../../helpers/harness.js';
import { type SeededProject, seedProject } from '../../helpers/seed.js';

/** Depth, aliases, directives, tokens and cost: refused before any resolver runs, 400 with a stable code. */
let server: TestServer;
let project: SeededProject;
beforeAll(async () => {
  server = await startTestServer();
  project = await seedProject(server);
});
afterAll(async () => {
  await server.close();
});

function expectLimit(result: GraphQLResult<unknown>, limit: string) {
  expect(result.status, show(result)).toBe(400);
  expect(codeOf(result), show(result)).toBe('GRAPHQL_VALIDATION_FAILED');
  expect(result.body.errors?.[0]?.extensions?.limit, show(result)).toBe(limit);
  expect(result.body.data, show(result)).toBeUndefined();
}

// Ten levels: viewer › project › apiKeys › edges › node › project › apiKeys › edges › node › id.
const TEN_LEVELS =
  '{ viewer { project { apiKeys { edges { node { project { apiKeys { edges { node { id } } } } } } } } } }';
const ELEVEN_LEVELS = TEN_LEVELS.replace('node { id }', 'node { project { id } }');

describe('query limits', () => {
  it('reads the limits from the environment and refuses nonsense values', () => {
    expect(loadQueryLimits(loadConfig({}).queryLimits)).toEqual({
      maxDepth: 10,
      maxAliases: 15,
      maxDirectives: 20,
      maxTokens: 3000,
      maxCost: 5000,
    });
    expect(loadQueryLimits(loadConfig({ [QUERY_LIMIT_ENV.maxDepth[0]]: '7' }).queryLimits)).toMatchObject({
      maxDepth: 7,
    });
    expect(() => loadConfig({ [QUERY_LIMIT_ENV.maxCost[0]]: '-1' })).toThrow(/LATCHKEY_MAX_QUERY_COST/);
  });

  it('refuses a query deeper than 10 levels, and answers one at the limit', async () => {
    const token = project.defaultKey.secret;
    const ok = await server.gql(TEN_LEVELS, {}, { token });
    expect(ok.status, show(ok)).toBe(200);
    expect(ok.body.errors, show(ok)).toBeUndefined();
    const refused = await server.gql(ELEVEN_LEVELS, {}, { token });
    expectLimit(refused, 'depth');
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ max: 10, found: 11 });
  });

  it('counts depth through fragments', async () => {
    const query = `query { viewer { ...P } }
      fragment P on Viewer { project { apiKeys { edges { node { project { apiKeys { edges { node { project { id } } } } } } } } } }`;
    expectLimit(await server.gql(query, {}, { token: project.defaultKey.secret }), 'depth');
  });

  it('refuses an alias flood', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: scopes { name }`).join(' ');
    const result = await server.gql(`{ ${aliases} }`);
    expectLimit(result, 'aliases');
    expect(result.body.errors?.[0]?.message).toMatch(/16 aliases; the limit is 15/);
    const fine = await server.gql(`{ ${Array.from({ length: 15 }, (_, i) => `a${i}: scopes { name }`).join(' ')} }`);
    expect(fine.status, show(fine)).toBe(200);
  });

  it('refuses too many directives', async () => {
    const fields = Array.from({ length: 21 }, () => 'name @include(if: true)').join(' ');
    expectLimit(await server.gql(`{ scopes { ${fields} } }`), 'directives');
  });

  it('stops parsing a document with too many tokens', async () => {
    const fields = Array.from({ length: 3100 }, () => 'name').join(' ');
    const result = await server.gql(`{ scopes { ${fields} } }`);
    expectLimit(result, 'tokens');
    expect(result.body.errors?.[0]?.message).toMatch(/more than 3000 tokens/);
  });

  it('refuses an operation whose computed cost is too high, and reports the cost of every answer', async () => {
    const token = project.owner.token;
    const cheap = await server.gql<{ project: { id: string } }>(
      'query($id: ID!) { project(id: $id) { id name } }',
      { id: project.id },
      { token },
    );
    expect(dataOf(cheap).project.id).toBe(project.id);
    expect(cheap.body.extensions?.cost).toEqual({ requested: 1, limit: 5000 });

    // 100 keys × 100 audit events each: far over the limit whatever the real row counts.
    const nested = `query($id: ID!, $n: Int) { project(id: $id) { apiKeys(first: $n) { edges { node {
      auditEvents(first: 100) { edges { node { action createdAt } } } } } } } }`;
    const refused = await server.gql(nested, { id: project.id, n: 100 }, { token });
    expectLimit(refused, 'cost');
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ max: 5000 });
    expect(refused.body.errors?.[0]?.extensions?.found as number).toBeGreaterThan(5000);
    expect(refused.body.extensions?.cost).toMatchObject({ limit: 5000 });

    // The variables count: the same document with a small page is fine.
    const small = await server.gql(nested, { id: project.id, n: 2 }, { token });
    expect(small.status, show(small)).toBe(200);
    expect(small.body.errors, show(small)).toBeUndefined();
  });

  it('accepts the portal-sized list of 100 keys with scopes, creator and usage', async () => {
    const query = `query($id: ID!) { project(id: $id) { apiKeys(first: 100) { totalCount pageInfo { hasNextPage endCursor }
      edges { cursor node { id name description environment preview status isDefault expiresAt createdAt lastUsedAt
        usageCount scopes { name description implies } createdBy { __typename } } } } } }`;
    const result = await server.gql(query, { id: project.id }, { token: project.owner.token });
    expect(result.status, show(result)).toBe(200);
    expect(result.body.errors, show(result)).toBeUndefined();
    const cost = result.body.extensions?.cost as { requested: number } | undefined;
    expect(cost?.requested).toBeLessThan(1000);
  });

  it('answers first > 100 with BAD_USER_INPUT on first, not with the cost limit', async () => {
    const result = await server.gql(
      'query($id: ID!) { project(id: $id) { apiKeys(first: 1000) { totalCount } } }',
      { id: project.id },
      { token: project.owner.token },
    );
    expect(codeOf(result), show(result)).toBe('BAD_USER_INPUT');
    expect(result.body.errors?.[0]?.extensions?.field, show(result)).toBe('first');
  });

  it('refuses batched requests', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ scopes { name } }' }, { query: '{ scopes { name } }' }]),
    });
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(response.status).toBe(400);
    expect(body.errors[0]?.extensions.code).toBe('BAD_REQUEST');
    expect(body.errors[0]?.message).toMatch(/batching/i);
  });
});
