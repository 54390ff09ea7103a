import { Agent, request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../helpers/gql/index.js';
import { startTestServer, type TestServer } from '../../helpers/harness.js';
import { seedProject } from '../../helpers/seed.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe('HTTP surface', () => {
  it('answers /healthz while the process runs and /readyz when PostgreSQL and Redis answer', async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ postgres: 'ok', redis: 'ok' });
  });

  it('serves no Apollo landing page (it would load from a CDN)', async () => {
    const response = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    const text = await response.text();
    expect(text).not.toMatch(/apollographql|embeddable-sandbox|cdn\./i);
  });

  it('answers GraphQL over GET for queries and refuses mutations over GET', async () => {
    const scopes = String(graphql(`query HttpScopes { scopes { name } }`));
    const query = await fetch(`${server.url}/graphql?query=${encodeURIComponent(scopes)}`, {
      // Apollo's CSRF prevention asks simple GET requests for a header that forces a preflight.
      headers: { accept: 'application/graphql-response+json, application/json', 'apollo-require-preflight': 'true' },
    });
    expect(query.status).toBe(200);
    expect(((await query.json()) as { data: { scopes: unknown[] } }).data.scopes.length).toBeGreaterThan(5);
    const logOut = String(graphql(`mutation HttpLogOut { logOut }`));
    const mutation = await fetch(`${server.url}/graphql?query=${encodeURIComponent(logOut)}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(mutation.status).toBe(405);
  });

  it('answers each credential as itself when one keep-alive connection presents several in turn', async () => {
    const first = await seedProject(server);
    const second = await seedProject(server);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const body = JSON.stringify({ query: String(graphql(`query HttpTurns { viewer { apiKey { id } user { id } } }`)) });
    const ask = (token: string) =>
      new Promise<{ status: number; reused: boolean; body: string }>((resolve, reject) => {
        const call = request(
          `${server.url}/graphql`,
          {
            method: 'POST',
            agent,
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          },
          (response) => {
            let text = '';
            response.on('data', (chunk) => {
              text += chunk;
            });
            response.on('end', () =>
              resolve({ status: response.statusCode ?? 0, reused: call.reusedSocket, body: text }),
            );
          },
        );
        call.on('error', reject);
        call.end(body);
      });
    try {
      const unknown = `${first.defaultKey.secret.slice(0, -7)}x${first.defaultKey.secret.slice(-6)}`;
      const turns = [
        first.defaultKey.secret,
        second.defaultKey.secret,
        unknown,
        first.owner.token,
        first.defaultKey.secret,
      ];
      const answers = [];
      for (const token of turns) answers.push(await ask(token));
      expect(answers.slice(1).every((answer) => answer.reused)).toBe(true);
      const ids = answers.map((answer) =>
        answer.status === 200 ? JSON.parse(answer.body).data.viewer : answer.status,
      );
      expect(ids).toEqual([
        { apiKey: { id: first.defaultKey.id }, user: null },
        { apiKey: { id: second.defaultKey.id }, user: null },
        401,
        { apiKey: null, user: { id: first.owner.id } },
        { apiKey: { id: first.defaultKey.id }, user: null },
      ]);
    } finally {
      agent.destroy();
    }
  });

  it('marks every GraphQL answer, for a key or a session, as never to be stored by a cache', async () => {
    const project = await seedProject(server);
    const byKey = await server.gql(
      graphql(`query HttpViewer { viewer { apiKey { id } } }`),
      {},
      { token: project.defaultKey.secret },
    );
    const bySession = await server.gql(
      graphql(`query HttpProjects { projects { id } }`),
      {},
      { token: project.owner.token },
    );
    for (const answer of [byKey, bySession]) {
      expect(answer.status).toBe(200);
      expect(answer.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('echoes a sane X-Request-Id and makes one up otherwise', async () => {
    const given = await fetch(`${server.url}/healthz`, { headers: { 'x-request-id': 'trace-123' } });
    expect(given.headers.get('x-request-id')).toBe('trace-123');
    const hostile = await fetch(`${server.url}/healthz`, { headers: { 'x-request-id': 'a b\tc'.repeat(30) } });
    expect(hostile.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
