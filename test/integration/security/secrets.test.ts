import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../helpers/gql/index.js';
import { dataOf, startTestServer, type TestServer } from '../../helpers/harness.js';
import { PASSWORD, seedKey, seedProject } from '../../helpers/seed.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

/** Every readable field of ApiKey, so nothing can hide a secret from this check. */
const EVERYTHING = graphql(`query SecretsEverything($id: ID!, $key: ID!) {
  project(id: $id) {
    id name plan limits { maxKeys }
    members { role user { id email name } }
    apiKeys(first: 100) { edges { node { ...SecretsKey replacedBy { ...SecretsKey } rotatedFrom { ...SecretsKey } } } }
    auditEvents(first: 100) { edges { node { id action actor { type id label } targetType targetId targetLabel summary clientAddress userAgent requestId createdAt } } }
  }
  apiKey(id: $key) { ...SecretsKey auditEvents { edges { node { summary } } } }
}
fragment SecretsKey on ApiKey { id name description environment preview status isDefault scopes { name } expiresAt createdAt lastUsedAt usageCount rotatedAt graceEndsAt createdBy { label } rateLimit { perMinute } }`);

describe('secrets', () => {
  it('never appear in queries, audit events, errors, logs or the database, after create and rotate', async () => {
    const project = await seedProject(server);
    const key = await seedKey(server, project, { scopes: ['keys:read'], name: 'secret-check' });
    const rotated = dataOf(
      await server.gql(
        graphql(
          `mutation SecretsRotateApiKey($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { secret apiKey { id } } }`,
        ),
        { input: { id: key.id, gracePeriodSeconds: 3600 } },
        { token: project.owner.token },
      ),
    ).rotateApiKey;
    const secrets = [project.defaultKey.secret, key.secret, rotated.secret, project.owner.token, PASSWORD];
    // The random part alone must not leak either (e.g. a log that cut the prefix).
    const fragments = [
      ...secrets,
      ...[project.defaultKey.secret, key.secret, rotated.secret].map((secret) => secret.slice(8, 40)),
    ];

    const everything = await server.gql(
      EVERYTHING,
      { id: project.id, key: rotated.apiKey.id },
      { token: project.owner.token },
    );
    dataOf(everything);
    const failures = [
      await server.gql(
        graphql(`query SecretsViewer { viewer { scopes } }`),
        {},
        // Its last character changed (to another one: a key may end in "0").
        { token: `${key.secret.slice(0, -1)}${key.secret.endsWith('0') ? '1' : '0'}` },
      ),
      await server.gql(
        graphql(`mutation SecretsVerifyApiKey($input: VerifyApiKeyInput!) { verifyApiKey(input: $input) { code } }`),
        { input: { key: key.secret, requiredScopes: ['bogus'] } },
        { token: project.owner.token },
      ),
      await server.gql(graphql(`mutation SecretsLogIn($input: LogInInput!) { logIn(input: $input) { token } }`), {
        input: { email: project.owner.email, password: `${PASSWORD}!` },
      }),
    ];
    const responses = JSON.stringify([everything.body, ...failures.map((failure) => failure.body)]);

    const dumpRows = await server.orm.em
      .fork()
      .getConnection()
      .execute<{ dump: string }[]>(
        `select coalesce(string_agg(t::text, ' '), '') as dump from (
           select row_to_json(k)::text as t from api_keys k where project_id = ?
           union all select row_to_json(a)::text from audit_events a where project_id = ?
           union all select row_to_json(s)::text from sessions s join users u on u.id = s.user_id where u.email = ?
           union all select row_to_json(u)::text from users u where u.email = ?) x`,
        [project.id, project.id, project.owner.email, project.owner.email],
      );
    const dump = dumpRows[0]?.dump ?? '';
    expect(dump).toContain(project.id);
    const logs = server.logs.join('\n');
    for (const fragment of fragments) {
      expect(responses.includes(fragment), `response contains ${fragment.slice(0, 10)}…`).toBe(false);
      expect(dump.includes(fragment), `database contains ${fragment.slice(0, 10)}…`).toBe(false);
      expect(logs.includes(fragment), `logs contain ${fragment.slice(0, 10)}…`).toBe(false);
    }
  });
});
