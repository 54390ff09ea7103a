/**
 * The SDK's typed client (sdk/src/client.ts) against the real server: what a backend or a script
 * does with it, and errors as LatchkeyError with the server's code and HTTP status.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiKey, Latchkey, LatchkeyError } from '../../../sdk/src/index.js';
import { startTestServer, type TestServer } from '../../helpers/harness.js';
import { seedKey, seedProject } from '../../helpers/seed.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const client = (token?: string) => new Latchkey({ url: server.url, token, retries: 0 });

/** The LatchkeyError `promise` rejects with. */
async function failure(promise: Promise<unknown>): Promise<LatchkeyError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(LatchkeyError);
  return error as LatchkeyError;
}

describe('the typed client', () => {
  it('manages keys through their whole lifecycle, as the project owner', async () => {
    const project = await seedProject(server);
    const owner = client(project.owner.token);

    expect((await owner.viewer()).user?.email).toBe(project.owner.email);
    expect((await owner.projects.list()).map((each) => each.id)).toEqual([project.id]);
    expect(await owner.projects.get(project.id)).toMatchObject({ id: project.id, plan: 'TEAM', viewerRole: 'OWNER' });

    const created = await owner.keys.create({ projectId: project.id, name: 'billing', scopes: ['usage:read'] });
    expect(created.secret).toMatch(/^lk_live_[0-9A-Za-z]{38}$/);
    expect(created.apiKey).toMatchObject({ name: 'billing', status: 'ACTIVE', scopes: [{ name: 'usage:read' }] });
    expect(created.apiKey.preview).toBe(`${created.secret.slice(0, 12)}…${created.secret.slice(-4)}`);

    const page = await owner.keys.list(project.id, { first: 1 });
    expect(page.totalCount).toBe(2);
    expect(page.edges.map((edge) => edge.node.id)).toEqual([created.apiKey.id]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const all: ApiKey[] = [];
    for await (const key of owner.keys.all(project.id, { pageSize: 1 })) all.push(key);
    expect(all.map((key) => key.id)).toEqual([created.apiKey.id, project.defaultKey.id]);
    expect((await owner.keys.list(project.id, { filter: { search: 'bill' } })).totalCount).toBe(1);

    const updated = await owner.keys.update({
      id: created.apiKey.id,
      description: 'invoices',
      rateLimit: { perMinute: 5 },
    });
    expect(updated).toMatchObject({ description: 'invoices', rateLimit: { perMinute: 5, source: 'KEY' } });
    expect((await owner.keys.deactivate(created.apiKey.id)).status).toBe('DEACTIVATED');
    expect((await owner.keys.reactivate(created.apiKey.id)).status).toBe('ACTIVE');

    const rotated = await owner.keys.rotate({ id: created.apiKey.id, gracePeriodSeconds: 60 });
    expect(rotated.previous).toMatchObject({ id: created.apiKey.id, replacedBy: { id: rotated.apiKey.id } });
    expect(rotated.apiKey).toMatchObject({ name: 'billing', rotatedFrom: { id: created.apiKey.id } });
    expect(rotated.secret).not.toBe(created.secret);

    expect(await owner.keys.delete(rotated.apiKey.id)).toEqual({ id: rotated.apiKey.id });
    expect((await failure(owner.keys.get(rotated.apiKey.id))).code).toBe('NOT_FOUND');

    const audit = await owner.audit.list(project.id, { first: 100, filter: { since: new Date(Date.now() - 60_000) } });
    expect(audit.edges.map((edge) => edge.node.action)).toEqual(
      expect.arrayContaining(['key.created', 'key.updated', 'key.rotated', 'key.deleted']),
    );
    const usage = await owner.usage.project(project.id, { from: new Date(Date.now() - 3_600_000) });
    expect(usage.totals.requests).toBeGreaterThanOrEqual(0);
    expect(usage.granularity).toBe('HOUR');
  });

  it('reads a key’s own view and usage with the key itself', async () => {
    const project = await seedProject(server);
    const key = await seedKey(server, project, { scopes: ['keys:read'] });
    const self = client(key.secret);
    const viewer = await self.viewer();
    expect(viewer.apiKey?.id).toBe(key.id);
    expect(viewer.scopes).toEqual(['keys:read']);
    expect(viewer.rateLimit?.limit).toBeGreaterThan(0);
    expect((await self.usage.key(key.id)).totals.requests).toBeGreaterThanOrEqual(0);
    expect((await self.scopes()).map((scope) => scope.name)).toContain('keys:verify');
  });

  it('reads the own view of a key that holds no keys:read (a partner’s usage-only key)', async () => {
    const project = await seedProject(server);
    const key = await seedKey(server, project, { scopes: ['usage:read'] });
    const viewer = await client(key.secret).viewer();
    expect(viewer.apiKey).toMatchObject({ id: key.id, scopes: [{ name: 'usage:read' }] });
  });
});

describe('errors', () => {
  it('are LatchkeyErrors with the code, the HTTP status and the reason', async () => {
    const project = await seedProject(server);
    const key = await seedKey(server, project);

    const unauthenticated = await failure(client('lk_live_not-a-key').viewer());
    expect(unauthenticated).toMatchObject({ code: 'UNAUTHENTICATED', status: 401, reason: 'MALFORMED', attempts: 1 });
    expect(unauthenticated.operation).toBe('Viewer');

    const forbidden = await failure(client(key.secret).keys.list(project.id));
    expect(forbidden).toMatchObject({ code: 'FORBIDDEN', status: 403 });

    const other = await seedProject(server);
    const notFound = await failure(client(project.owner.token).keys.deactivate(other.defaultKey.id));
    expect(notFound).toMatchObject({ code: 'NOT_FOUND', status: 200 });
    expect((await failure(client(project.owner.token).projects.get(other.id))).code).toBe('NOT_FOUND');

    const badInput = await failure(
      client(project.owner.token).keys.create({ projectId: project.id, name: ' ', scopes: [] }),
    );
    expect(badInput).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });

    const conflict = await failure(client(project.owner.token).keys.deactivate(project.defaultKey.id));
    expect(conflict.code).toBe('CONFLICT');
  });
});
