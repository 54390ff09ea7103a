import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../../helpers/gql/index.js';
import { startTestServer, type TestServer } from '../../helpers/harness.js';

/**
 * The graphql-http server audits (GraphQL over HTTP spec) against the real server: no MUST audit
 * may fail, and the SHOULD/MAY warnings are exactly the ones the README lists with their reason.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

/** Documented in the README ("GraphQL over HTTP compliance"): Apollo's 400s and its CSRF rule for GET. */
const DOCUMENTED_WARNINGS = [
  'MAY accept application/x-www-form-urlencoded formatted GET requests',
  'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/graphql-response+json',
  'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/json',
  'SHOULD use 200 status code on document parsing failure when accepting application/json',
  'SHOULD use 200 status code on document validation failure when accepting application/json',
  'SHOULD use a status code of 200 on variable coercion failure when accepting application/json',
].sort();

describe('GraphQL over HTTP compliance (graphql-http server audits)', () => {
  it('passes every MUST audit; the remaining warnings are the documented ones', async () => {
    const audits = serverAudits({ url: `${server.url}/graphql` });
    const results = await Promise.all(audits.map(async (audit) => ({ audit, result: await audit.fn() })));
    expect(results.length).toBeGreaterThan(40);
    const failures = results
      .filter(({ result }) => result.status === 'error')
      .map(({ audit, result }) => `${audit.name}: ${'reason' in result ? result.reason : ''}`);
    expect(failures).toEqual([]);
    expect(results.filter(({ audit }) => audit.name.startsWith('MUST')).length).toBeGreaterThan(10);
    const warnings = results
      .filter(({ result }) => result.status !== 'ok')
      .map(({ audit }) => audit.name)
      .sort();
    expect(warnings).toEqual(DOCUMENTED_WARNINGS);
  });

  it('answers GET queries that carry a CSRF-safe header, and refuses mutations over GET', async () => {
    const query = new URLSearchParams({ query: String(graphql(`query GraphqlHttpAuditScopes { scopes { name } }`)) });
    const ok = await fetch(`${server.url}/graphql?${query}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(ok.status).toBe(200);
    const blocked = await fetch(`${server.url}/graphql?${query}`);
    expect(blocked.status).toBe(400);
    const mutation = new URLSearchParams({ query: String(graphql(`mutation GraphqlHttpAuditLogOut { logOut }`)) });
    const refused = await fetch(`${server.url}/graphql?${mutation}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(refused.status).toBe(405);
  });
});
