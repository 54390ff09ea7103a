import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, type GraphQLResult, show, startTestServer, type TestServer } from '../../helpers/harness.js';
import { type SeededProject, seedProject } from '../../helpers/seed.js';

/**
 * LATCHKEY_INTROSPECTION: `public` (anyone introspects, errors suggest names), `authenticated`
 * (introspection for a key or a session only, no suggestions; the production default) and `off`.
 */
let open: TestServer;
let guarded: TestServer;
let closed: TestServer;
let project: SeededProject;
beforeAll(async () => {
  [open, guarded, closed] = await Promise.all([
    startTestServer({ introspection: 'public' }),
    startTestServer({ introspection: 'authenticated' }),
    startTestServer({ introspection: 'off' }),
  ]);
  // One database behind all three: a key or session made through one works on the others.
  project = await seedProject(guarded);
});
afterAll(async () => {
  await Promise.all([open.close(), guarded.close(), closed.close()]);
});

// Plain strings, not typed documents: introspection probes, a typo and deliberately invalid variables.
const SCHEMA = '{ __schema { queryType { name } } }';
const TYPE = '{ __type(name: "ApiKey") { name } }';
const IN_A_FRAGMENT = 'query { ...Meta } fragment Meta on Query { __schema { types { name } } }';
// An alias is not introspection either, whatever its name.
const ALIASED = '{ scopes { __typename __schema: name } }';
const TYPO = '{ viewr { scopes } }';
const BAD_ENUM = 'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }';

function badEnumVariables() {
  return { input: { projectId: project.id, name: 'x', scopes: [], environment: 'LIVEE' } };
}

function expectSchema(result: GraphQLResult<unknown>) {
  expect(result.status, show(result)).toBe(200);
  expect(result.body.errors, show(result)).toBeUndefined();
  expect(result.body.data, show(result)).toBeTruthy();
}

describe('public', () => {
  it('answers anyone, and suggests field names and enum values', async () => {
    expectSchema(await open.gql(SCHEMA));
    expectSchema(await open.gql(TYPE));
    const typo = await open.gql(TYPO);
    expect(typo.body.errors?.[0]?.message, show(typo)).toMatch(/Did you mean "viewer"\?/);
    const badEnum = await open.gql(BAD_ENUM, badEnumVariables(), { token: project.owner.token });
    expect(codeOf(badEnum), show(badEnum)).toBe('BAD_USER_INPUT');
    expect(badEnum.body.errors?.[0]?.message, show(badEnum)).toMatch(/Did you mean the enum value "LIVE"\?/);
  });
});

describe('authenticated', () => {
  it('refuses an anonymous caller with 401 UNAUTHENTICATED, however the document asks', async () => {
    for (const query of [SCHEMA, TYPE, IN_A_FRAGMENT, `{ scopes { name } ${SCHEMA.slice(1)}`]) {
      const result = await guarded.gql(query);
      expect(result.status, `${query}: ${show(result)}`).toBe(401);
      expect(codeOf(result), show(result)).toBe('UNAUTHENTICATED');
      expect(result.body.errors?.[0]?.message).toMatch(
        /^Introspection \(__schema, __type\) needs an API key or a session/,
      );
      expect(result.body.data, show(result)).toBeUndefined();
    }
    // Over GET too, and with a stale session cookie (which counts as no credential).
    const get = await fetch(`${guarded.url}/graphql?query=${encodeURIComponent(SCHEMA)}`, {
      headers: { cookie: 'latchkey_session=stale', 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(401);
  });

  it('answers a key, a session token and a session cookie', async () => {
    expectSchema(await guarded.gql(SCHEMA, {}, { token: project.defaultKey.secret }));
    expectSchema(await guarded.gql(IN_A_FRAGMENT, {}, { token: project.owner.token }));
    const cookie = await guarded.gql(TYPE, {}, { headers: { cookie: `latchkey_session=${project.owner.token}` } });
    expectSchema(cookie);
  });

  it('leaves __typename alone: it is not introspection', async () => {
    const result = await guarded.gql('{ __typename }');
    expect(result.status, show(result)).toBe(200);
    expect(result.body.data).toEqual({ __typename: 'Query' });
    const aliased = await guarded.gql(ALIASED);
    expect(aliased.status, show(aliased)).toBe(200);
    expect(aliased.body.errors, show(aliased)).toBeUndefined();
  });

  it('hides field and enum suggestions from everyone', async () => {
    const typo = await guarded.gql(TYPO, {}, { token: project.defaultKey.secret });
    expect(codeOf(typo), show(typo)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(typo.body.errors?.[0]?.message, show(typo)).not.toMatch(/Did you mean|"viewer"/);
    const badEnum = await guarded.gql(BAD_ENUM, badEnumVariables(), { token: project.owner.token });
    expect(codeOf(badEnum), show(badEnum)).toBe('BAD_USER_INPUT');
    expect(badEnum.body.errors?.[0]?.message, show(badEnum)).not.toMatch(/Did you mean|"LIVE"/);
    const unknownField = await guarded.gql(
      BAD_ENUM,
      { input: { projectId: project.id, nme: 'x', scopes: [] } },
      { token: project.owner.token },
    );
    expect(codeOf(unknownField), show(unknownField)).toBe('BAD_USER_INPUT');
    expect(unknownField.body.errors?.[0]?.message, show(unknownField)).not.toMatch(/Did you mean/);
  });
});

describe('off', () => {
  it('refuses introspection to every caller and hides suggestions; __typename still works', async () => {
    for (const token of [undefined, project.defaultKey.secret, project.owner.token]) {
      const result = await closed.gql(SCHEMA, {}, { token });
      expect(result.status, show(result)).toBe(400);
      expect(codeOf(result), show(result)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(result.body.errors?.[0]?.message).toMatch(/introspection/i);
    }
    const typo = await closed.gql(TYPO);
    expect(codeOf(typo), show(typo)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(typo.body.errors?.[0]?.message).not.toMatch(/Did you mean/);
    expect(typo.body.errors?.[0]?.message).not.toContain('viewer');
    expect((await closed.gql('{ __typename }')).body.data).toEqual({ __typename: 'Query' });
  });
});
