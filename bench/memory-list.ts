/**
 * The baseline of part (b): the 100-key list query answered by a plain graphql-js schema over the
 * same rows held in memory (read once from PostgreSQL at start), behind the same kind of Node http
 * handler as the other servers. Per request it parses, validates and executes the document and
 * serializes the answer, as any GraphQL server must; it has no ORM, no SQL, no authentication, no
 * rules and no plugins. The schema is the slice of Latchkey's the query reads, with its types.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSchema, graphql } from 'graphql';
import pg from 'pg';

const SDL = `
  type Query { project(id: ID!): Project }
  type Project { id: ID! name: String! apiKeys(first: Int): ApiKeyConnection }
  type ApiKeyConnection { totalCount: Int! edges: [ApiKeyEdge!]! pageInfo: PageInfo! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type ApiKeyEdge { cursor: String! node: ApiKey! }
  enum ApiKeyStatus { ACTIVE DEACTIVATED EXPIRED }
  type ApiKey {
    id: ID! name: String! status: ApiKeyStatus! preview: String! usageCount: Int! lastUsedAt: String
    scopes: [Scope!]! createdBy: Actor
  }
  type Scope { name: String! description: String! implies: [String!]! }
  type Actor { type: String! id: ID label: String! }
`;

interface KeyRow {
  id: string;
  name: string;
  status: string;
  preview: string;
  usageCount: number;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  graceEndsAt: Date | null;
  scopes: string[];
  createdBy: { type: string; id: string; label: string } | null;
}

/** The project's keys, newest first, with their creators, and the scope catalog: all the query reads. */
async function loadRows(databaseUrl: string, projectId: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const project = (await client.query('select id, name from projects where id = $1', [projectId])).rows[0];
    const keys = await client.query(
      `select k.id, k.name, k.status, k.preview, k.usage_count::float8 as "usageCount", k.last_used_at as "lastUsedAt",
              k.expires_at as "expiresAt", k.grace_ends_at as "graceEndsAt", k.scopes,
              u.email as "userEmail", k.created_by_user_id as "userId",
              c.id as "creatorKeyId", c.name as "creatorKeyName", c.preview as "creatorKeyPreview"
         from api_keys k
         left join users u on u.id = k.created_by_user_id
         left join api_keys c on c.id = k.created_by_key_id
        where k.project_id = $1 and k.deleted_at is null order by k.id desc`,
      [projectId],
    );
    const scopes = await client.query('select name, description, implies from scopes');
    const rows: KeyRow[] = keys.rows.map((row) => ({
      ...row,
      createdBy: row.userId
        ? { type: 'USER', id: row.userId, label: row.userEmail }
        : row.creatorKeyId
          ? { type: 'API_KEY', id: row.creatorKeyId, label: `${row.creatorKeyName} (${row.creatorKeyPreview})` }
          : null,
    }));
    return { project, rows, scopes: new Map(scopes.rows.map((scope) => [scope.name as string, scope])) };
  } finally {
    await client.end();
  }
}

export async function startMemoryList(databaseUrl: string, projectId: string) {
  const { project, rows, scopes } = await loadRows(databaseUrl, projectId);
  const schema = buildSchema(SDL);
  const cursorOf = (id: string) => Buffer.from(`c:${id}`, 'utf8').toString('base64url');
  const rootValue = {
    project: ({ id }: { id: string }) =>
      id === project.id
        ? {
            id: project.id,
            name: project.name,
            apiKeys: ({ first }: { first?: number }) => {
              const nodes = rows.slice(0, first ?? 20);
              return {
                totalCount: rows.length,
                edges: nodes.map((node) => ({ cursor: cursorOf(node.id), node: keyObject(node) })),
                pageInfo: { hasNextPage: rows.length > nodes.length, endCursor: nodes.at(-1)?.id ?? null },
              };
            },
          }
        : null,
  };
  const keyObject = (row: KeyRow) => ({
    ...row,
    status: () => {
      const now = Date.now();
      if (row.status !== 'ACTIVE') return row.status;
      if (row.expiresAt && row.expiresAt.getTime() <= now) return 'EXPIRED';
      if (row.graceEndsAt && row.graceEndsAt.getTime() <= now) return 'EXPIRED';
      return 'ACTIVE';
    },
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    scopes: row.scopes.map((name) => scopes.get(name)).filter((scope) => scope !== undefined),
  });
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    const result = await graphql({ schema, source: body.query, variableValues: body.variables, rootValue });
    const text = JSON.stringify(result);
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    response.end(text);
  };
  const server = createServer((request, response) => void handle(request, response));
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
