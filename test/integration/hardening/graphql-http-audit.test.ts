import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../helpers/harness.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe('GraphQL over HTTP compliance (graphql-http server audits)', () => {
  it('passes every MUST audit', async () => {
    const audits = serverAudits({ url: `${server.url}/graphql` });
    const results = await Promise.all(audits.map(async (audit) => ({ audit, result: await audit.fn() })));
    for (const { audit, result } of results) {
      if (result.status !== 'ok') console.log(audit.name, result.status, 'reason' in result ? result.reason : '');
    }
    const failures = results
      .filter(({ result }) => result.status === 'error')
      .map(({ audit, result }) => `${audit.name}: ${'reason' in result ? result.reason : ''}`);
    expect(failures).toEqual([]);
  });
});
