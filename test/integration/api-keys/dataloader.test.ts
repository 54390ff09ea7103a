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
});
