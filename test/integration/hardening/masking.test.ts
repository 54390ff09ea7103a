import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../../../src/database.js';
import { ApiKey } from '../../../src/modules/api-keys/api-keys.entity.js';
import { graphql } from '../../helpers/gql/index.js';
import { codeOf, type GraphQLResult, show, startTestServer, type TestServer } from '../../helpers/harness.js';
import { seedProject } from '../../helpers/seed.js';
import { ThrowawayPostgres } from '../../helpers/throwaway-services.js';

/**
 * Real internal failures (a schema that no longer matches the code, a closed ORM) in a private
 * PostgreSQL cluster: the client sees INTERNAL_SERVER_ERROR, a generic message and the request id,
 * whatever NODE_ENV is; the details go to the log only; a failed mutation writes nothing.
 */
let cluster: ThrowawayPostgres | undefined;
let databaseUrl = '';
const servers: TestServer[] = [];
const savedNodeEnv = process.env.NODE_ENV;

beforeAll(async () => {
  cluster = await ThrowawayPostgres.create();
  databaseUrl = cluster.url('latchkey_masking');
  await prepareDatabase(databaseUrl);
}, 90_000);

afterAll(async () => {
  process.env.NODE_ENV = savedNodeEnv;
  for (const server of servers) await server.close().catch(() => undefined);
  await cluster?.destroy();
}, 60_000);

async function sql(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** Nothing a client could use to learn about the internals. */
const LEAKS =
  /select |insert |update |from "|column "|relation "|does not exist|postgres:\/\/|127\.0\.0\.1|\/work\/|node_modules|\.ts:\d|\bat \w|stack|ECONN|MikroORM|knex|kysely/i;

function expectMasked(result: GraphQLResult<unknown>) {
  expect(result.status, show(result)).toBe(500);
  expect(codeOf(result), show(result)).toBe('INTERNAL_SERVER_ERROR');
  expect(result.headers.get('x-content-type-options'), show(result)).toBe('nosniff');
  const error = result.body.errors?.[0];
  const requestId = result.headers.get('x-request-id');
  expect(error?.message).toBe(`Internal server error. Quote request id ${requestId} when reporting it.`);
  expect(error?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId });
  expect(JSON.stringify(result.body), JSON.stringify(result.body)).not.toMatch(LEAKS);
}

describe.each(['development', 'production'])('with NODE_ENV=%s', (nodeEnv) => {
  let server: TestServer;
  beforeAll(async () => {
    process.env.NODE_ENV = nodeEnv;
    server = await startTestServer({ databaseUrl, production: nodeEnv === 'production' });
    servers.push(server);
  });

  it('masks an SQL error from a resolver and logs it with the request id', async () => {
    await sql('alter table scopes rename column description to description_gone');
    try {
      const result = await server.gql(graphql(`query MaskingScopes { scopes { name description } }`));
      expectMasked(result);
      const requestId = result.headers.get('x-request-id');
      const logged = server.logs.filter((line) => line.includes(requestId ?? '-') && line.includes('"level":50'));
      expect(logged.length, server.logs.join('')).toBeGreaterThan(0);
      expect(logged.join('')).toMatch(/description/);
    } finally {
      await sql('alter table scopes rename column description_gone to description');
    }
  });

  it('masks a failure in the middle of a mutation and writes nothing', async () => {
    const project = await seedProject(server);
    await sql('alter table audit_events rename column action to action_gone');
    try {
      const result = await server.gql(
        graphql(`mutation MaskingCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`),
        { input: { projectId: project.id, name: 'half-written', scopes: [] } },
        { token: project.owner.token },
      );
      expectMasked(result);
    } finally {
      await sql('alter table audit_events rename column action_gone to action');
    }
    const rows = await server.orm.em.fork().find(ApiKey, { project: project.id });
    expect(rows.map((key) => key.name)).not.toContain('half-written');
    expect(rows).toHaveLength(1);
  });
});

describe('connections killed under the server', () => {
  it('never answers with internals, keeps serving, and recovers on fresh connections', async () => {
    process.env.NODE_ENV = 'development';
    const server = await startTestServer({ databaseUrl });
    servers.push(server);
    const project = await seedProject(server);
    await sql(
      'select pg_terminate_backend(pid) from pg_stat_activity where pid <> pg_backend_pid() and datname = current_database()',
    );
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const result = await server.gql(
        graphql(`query MaskingViewer { viewer { scopes } }`),
        {},
        { token: project.defaultKey.secret },
      );
      statuses.push(result.status);
      if (result.status !== 200) {
        expect(codeOf(result), show(result)).toBe('SERVICE_UNAVAILABLE');
        expect(result.body.errors?.[0]?.extensions?.requestId).toBe(result.headers.get('x-request-id'));
      }
      expect(JSON.stringify(result.body), show(result)).not.toMatch(LEAKS);
    }
    expect(
      statuses.every((status) => status === 200 || status === 503),
      String(statuses),
    ).toBe(true);
    expect(statuses.at(-1)).toBe(200);
  });
});
