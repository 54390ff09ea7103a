/**
 * The read path of keys (src/modules/api-keys/api-keys.records.ts): lists, creators, rotation
 * links and usage totals are read as plain records, not entities. A record holds every column
 * exactly as the ORM loads it, and reading keys leaves nothing in the request's identity map.
 * Answers go out as compact JSON.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKey } from '../../../src/modules/api-keys/api-keys.entity.js';
import { selectKeyRows } from '../../../src/modules/api-keys/api-keys.records.js';
import type { TypedDocumentString } from '../../helpers/gql/graphql.js';
import { graphql } from '../../helpers/gql/index.js';
import { dataOf, show, startTestServer, type TestServer } from '../../helpers/harness.js';
import { seedKey, seedProject } from '../../helpers/seed.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe('a key read record', () => {
  it('holds every column, usage totals included, exactly as the ORM loads it, and is frozen', async () => {
    const project = await seedProject(server, { plan: 'PRO' });
    const key = await seedKey(server, project, {
      scopes: ['keys:read', 'usage:read'],
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    // Usage totals as the usage worker leaves them: a count past 2^31 and a last use.
    await server.orm.em
      .fork()
      .getConnection()
      .execute(`update "api_keys" set "usage_count" = 3000000001, "last_used_at" = now() where "id" = ?`, [key.id]);
    const em = server.orm.em.fork();
    const [row] = await selectKeyRows(em, (query) => query.where('id', '=', key.id));
    if (!row) throw new Error('no read record for the key');
    expect(em.getUnitOfWork().getIdentityMap().values()).toEqual([]);

    const entity = await em.findOneOrFail(ApiKey, { id: key.id });
    const fieldsOf = (source: object, names: string[]) =>
      Object.fromEntries(names.map((name) => [name, (source as Record<string, unknown>)[name]]));
    const usageTotals = ['usageCount', 'lastUsedAt'];
    const columns = em
      .getMetadata()
      .get(ApiKey)
      .props.map((prop) => prop.name)
      .filter((name) => !usageTotals.includes(name));
    expect(columns.length).toBeGreaterThan(20);
    expect(Object.keys(row.record).sort()).toEqual([...columns].sort());
    expect(fieldsOf(row.record, columns)).toEqual(fieldsOf(entity, columns));
    expect(Object.keys(row.usage).sort()).toEqual([...usageTotals].sort());
    expect(fieldsOf(row.usage, usageTotals)).toEqual(fieldsOf(entity, usageTotals));
    expect(row.usage.usageCount).toBe(3_000_000_001);
    expect(Object.isFrozen(row.record)).toBe(true);
  });

  it('answers a list with its creators, rotation links and usage totals as the entities would', async () => {
    const project = await seedProject(server, { plan: 'PRO' });
    const creator = await seedKey(server, project, { scopes: ['keys:write'], name: 'creator' });
    const created = dataOf(
      await server.gql(
        graphql(
          `mutation ReadRecordsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }`,
        ),
        { input: { projectId: project.id, name: 'made-by-key', scopes: ['keys:read'] } },
        { token: creator.secret },
      ),
    ).createApiKey.apiKey.id;
    const rotated = dataOf(
      await server.gql(
        graphql(
          `mutation ReadRecordsRotateApiKey($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { apiKey { id } } }`,
        ),
        { input: { id: created, gracePeriodSeconds: 3600 } },
        { token: project.owner.token },
      ),
    ).rotateApiKey.apiKey.id;
    await server.orm.em
      .fork()
      .getConnection()
      .execute(`update "api_keys" set "usage_count" = 42 where "id" = ?`, [created]);
    const result = await server.gql(
      graphql(`query ReadRecordsProject($id: ID!) { project(id: $id) { apiKeys(first: 10) { totalCount edges { node {
        id usageCount createdBy { type label } rotatedFrom { id usageCount } replacedBy { id }
      } } } } }`),
      { id: project.id },
      { token: project.owner.token },
    );
    const nodes = new Map(dataOf(result).project!.apiKeys!.edges.map(({ node }) => [node.id, node]));
    const creatorPreview = (await server.orm.em.fork().findOneOrFail(ApiKey, { id: creator.id })).preview;
    expect(nodes.get(created), show(result)).toMatchObject({
      usageCount: 42,
      createdBy: { type: 'API_KEY', label: `creator (${creatorPreview})` },
      rotatedFrom: null,
      replacedBy: { id: rotated },
    });
    expect(nodes.get(rotated), show(result)).toMatchObject({
      usageCount: 0,
      rotatedFrom: { id: created, usageCount: 42 },
      replacedBy: null,
    });
  });
});

describe('a list page', () => {
  it("reads its keys' creators in its own statement, as a single key's read does, on every page", async () => {
    const project = await seedProject(server);
    const creator = await seedKey(server, project, { scopes: ['keys:write'], name: 'gone-creator' });
    const madeByKey = dataOf(
      await server.gql(
        graphql(
          `mutation ReadRecordsCreateByKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }`,
        ),
        { input: { projectId: project.id, name: 'made-by-gone-key', scopes: [] } },
        { token: creator.secret },
      ),
    ).createApiKey.apiKey.id;
    // A deleted creator is still named (its row stays), though the list no longer shows it.
    dataOf(
      await server.gql(
        graphql(`mutation ReadRecordsDeleteCreator($id: ID!) { deleteApiKey(id: $id) { id } }`),
        { id: creator.id },
        { token: project.owner.token },
      ),
    );
    await seedKey(server, project, { name: 'made-by-owner' });

    // Two keys a page: the first page and the later ones are read by different statements.
    const page = graphql(`query ReadRecordsCreatorsPage($id: ID!, $after: String) { project(id: $id) {
      apiKeys(first: 2, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id createdBy { type id label } } } }
    } }`);
    const listed = new Map<string, unknown>();
    let after: string | null = null;
    do {
      const variables: { id: string; after: string | null } = { id: project.id, after };
      const result = await server.gql(page, variables, { token: project.owner.token });
      const keys = dataOf(result).project?.apiKeys;
      if (!keys) throw new Error(show(result));
      for (const { node } of keys.edges) listed.set(node.id, node.createdBy);
      after = keys.pageInfo.hasNextPage ? (keys.pageInfo.endCursor ?? null) : null;
    } while (after);
    expect(listed.size).toBe(3);
    expect(listed.get(madeByKey)).toMatchObject({
      type: 'API_KEY',
      id: creator.id,
      label: expect.stringMatching(/^gone-creator \(/),
    });

    const single = graphql(`query ReadRecordsCreator($id: ID!) { apiKey(id: $id) { createdBy { type id label } } }`);
    for (const [id, createdBy] of listed) {
      const result = await server.gql(single, { id }, { token: project.owner.token });
      expect(createdBy, show(result)).toEqual(dataOf(result).apiKey?.createdBy);
    }
  });
});

describe('answers on the wire', () => {
  it('are compact JSON, data and errors alike', async () => {
    const project = await seedProject(server);
    const send = async (query: string | TypedDocumentString<unknown, { id: string }>) => {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${project.owner.token}` },
        body: JSON.stringify({ query: query.toString(), variables: { id: project.id } }),
      });
      return response.text();
    };
    for (const text of [
      await send(
        graphql(
          `query ReadRecordsProject2($id: ID!) { project(id: $id) { id name apiKeys(first: 5) { totalCount } } }`,
        ),
      ),
      await send('query { nope }'), // invalid on purpose: an error answer
    ]) {
      expect(text.trimEnd()).toBe(JSON.stringify(JSON.parse(text)));
      expect(text).not.toMatch(/\n./);
    }
  });
});
