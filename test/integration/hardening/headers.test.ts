import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKey } from '../../../src/modules/api-keys/key-format.js';
import type { TypedDocumentString } from '../../helpers/gql/graphql.js';
import { graphql } from '../../helpers/gql/index.js';
import { startTestServer, type TestServer } from '../../helpers/harness.js';
import { seedProject } from '../../helpers/seed.js';

/**
 * `X-Content-Type-Options: nosniff` on every response (DESIGN.md section 3): each endpoint, and
 * each status /graphql answers with. The 500 and 503 of /graphql come from real failures, in
 * masking.test.ts and faults.test.ts, which assert the header too.
 */
let server: TestServer;
beforeAll(async () => {
  // One failed authentication per minute: the second unknown key is a 429.
  server = await startTestServer({}, { usage: { authFailuresPerMinute: 1 } });
});
afterAll(async () => {
  await server.close();
});

interface Probe {
  label: string;
  path: string;
  status: number;
  init?: RequestInit;
}

/** A POST of `query`: a typed document, or a plain string for the invalid and oversized probes. */
function graphqlPost(
  query: string | TypedDocumentString<unknown, never>,
  headers: Record<string, string> = {},
): RequestInit {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: query.toString() }),
  };
}

const VIEWER = graphql(`query HeadersViewer { viewer { scopes } }`);
const SCOPES = graphql(`query HeadersScopes { scopes { name } }`);

describe('X-Content-Type-Options: nosniff', () => {
  it('is on every endpoint and every status of /graphql', async () => {
    const project = await seedProject(server);
    const key = { authorization: `Bearer ${project.defaultKey.secret}` };
    const probes: Probe[] = [
      { label: 'graphql 200 (POST)', path: '/graphql', status: 200, init: graphqlPost(VIEWER, key) },
      {
        label: 'graphql 200 (GET)',
        path: `/graphql?query=${encodeURIComponent(String(SCOPES))}`,
        status: 200,
        init: { headers: { 'apollo-require-preflight': 'true' } },
      },
      {
        label: 'graphql 400 (bad JSON)',
        path: '/graphql',
        status: 400,
        init: { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' },
      },
      { label: 'graphql 400 (validation)', path: '/graphql', status: 400, init: graphqlPost('{ nope }') },
      { label: 'graphql 405', path: '/graphql', status: 405, init: { method: 'PUT' } },
      {
        label: 'graphql 413',
        path: '/graphql',
        status: 413,
        init: graphqlPost(`{ scopes { name } } # ${'x'.repeat(1024 * 1024)}`),
      },
      {
        label: 'graphql 401',
        path: '/graphql',
        status: 401,
        init: graphqlPost(VIEWER, { authorization: `Bearer ${generateKey('live')}` }),
      },
      {
        label: 'graphql 429',
        path: '/graphql',
        status: 429,
        init: graphqlPost(VIEWER, { authorization: `Bearer ${generateKey('live')}` }),
      },
      { label: 'healthz', path: '/healthz', status: 200 },
      { label: 'readyz', path: '/readyz', status: 200 },
      { label: 'metrics', path: '/metrics', status: 200 },
      { label: 'metrics 405', path: '/metrics', status: 405, init: { method: 'POST' } },
      { label: 'portal', path: '/', status: 200 },
      { label: 'portal page', path: '/playground', status: 200 },
      { label: 'portal HEAD', path: '/', status: 200, init: { method: 'HEAD' } },
      { label: 'portal 405', path: '/', status: 405, init: { method: 'DELETE' } },
      { label: 'portal 400', path: '/%E0%A4%A', status: 400 },
    ];
    for (const probe of probes) {
      const response = await fetch(`${server.url}${probe.path}`, probe.init);
      const text = await response.text();
      expect(response.status, `${probe.label}: ${text.slice(0, 300)}`).toBe(probe.status);
      expect(response.headers.get('x-content-type-options'), probe.label).toBe('nosniff');
    }
  });

  it('is on what Node’s own parser refuses before any handler runs: a malformed request line', async () => {
    const { port } = new URL(server.url);
    const answer = await new Promise<string>((resolve, reject) => {
      let text = '';
      const socket = connect(Number(port), '127.0.0.1', () => socket.write('GET /\u0001 nonsense\r\n\r\n'));
      socket.on('data', (chunk) => {
        text += chunk.toString();
      });
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer.toLowerCase()).toContain('x-content-type-options: nosniff');
  });
});
