import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TypedDocumentString } from '../../helpers/gql/graphql.js';
import { graphql } from '../../helpers/gql/index.js';
import { dataOf, startTestServer, type TestServer } from '../../helpers/harness.js';
import { seedKey, seedProject } from '../../helpers/seed.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const PAGE =
  graphql(`query DataloaderProject($id: ID!) { project(id: $id) { apiKeys(first: 100) { totalCount edges { node {
  id name status preview usageCount lastUsedAt
  scopes { name description implies }
  createdBy { type label }
  project { id name }
  rateLimit { perMinute perDay }
  replacedBy { id }
} } } } }`);

/** SQL statements the server sent for one request, read from its request log line. */
async function statementsFor<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  token: string,
): Promise<number> {
  const requestId = randomUUID();
  const result = await server.gql(document, variables, { token, headers: { 'x-request-id': requestId } });
  dataOf(result);
  const line = server.logs
    .map((text) => JSON.parse(text))
    .find((entry) => entry.requestId === requestId && typeof entry.statements === 'number');
  if (!line) throw new Error(`no request log line with a statement count for ${requestId}`);
  return line.statements as number;
}

const LEAKED = graphql(
  `query DataloaderLeakedKeys($id: ID!) { project(id: $id) { leakedKeys { id leaks { url reportedAt } } } }`,
);

describe('DataLoader', () => {
  it('lists a page of keys with nested scopes, creator, project and limits in the same few statements, whatever its size', async () => {
    const project = await seedProject(server, { plan: 'ENTERPRISE' });
    const creatorKey = await seedKey(server, project, { scopes: ['keys:write'] });
    await seedKey(server, project, { scopes: ['keys:read', 'usage:read'] });
    const small = await statementsFor(PAGE, { id: project.id }, project.owner.token);

    for (let index = 0; index < 30; index += 1) {
      // Half created by the user, half by a key, so both creator loaders are exercised.
      if (index % 2) await seedKey(server, project, { scopes: ['keys:read'] });
      else
        dataOf(
          await server.gql(
            graphql(
              `mutation DataloaderCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }`,
            ),
            { input: { projectId: project.id, name: `by-key-${index}`, scopes: ['keys:read'] } },
            { token: creatorKey.secret },
          ),
        );
    }
    const large = await statementsFor(PAGE, { id: project.id }, project.owner.token);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(12);
  });

  it('reads a project’s leaked keys with their reports, newest first, in the same statements however many keys leaked', async () => {
    const project = await seedProject(server);
    const em = server.orm.em.fork();
    /** Marks `key` leaked with `reports` reports, a minute apart (the last one newest). */
    const leak = async (key: { id: string }, reports: number) => {
      await em.getConnection().execute(`update api_keys set status = 'LEAKED' where id = ?`, [key.id]);
      for (let index = 0; index < reports; index += 1) {
        await em
          .getConnection()
          .execute(
            `insert into key_leaks (id, api_key_id, project_id, reporter, url, source, reported_at) values (?, ?, ?, 'REPORT', ?, 'report', ?)`,
            [
              randomUUID(),
              key.id,
              project.id,
              `https://paste.example/${key.id}/${index}`,
              new Date(Date.now() - (reports - index) * 60_000),
            ],
          );
      }
    };
    await leak(await seedKey(server, project), 2);
    const small = await statementsFor(LEAKED, { id: project.id }, project.owner.token);
    const keys = [];
    for (let index = 0; index < 5; index += 1) keys.push(await seedKey(server, project));
    for (const [index, key] of keys.entries()) await leak(key, index + 1);
    const large = await statementsFor(LEAKED, { id: project.id }, project.owner.token);
    expect(large).toBe(small);

    const leaked = dataOf(await server.gql(LEAKED, { id: project.id }, { token: project.owner.token })).project;
    for (const [index, key] of keys.entries()) {
      const urls = leaked?.leakedKeys?.find((found) => found.id === key.id)?.leaks?.map((report) => report.url);
      // Each key's own reports only, newest first.
      expect(urls).toEqual(Array.from({ length: index + 1 }, (_, n) => `https://paste.example/${key.id}/${index - n}`));
    }
  });
});
