import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKey } from '../../../src/modules/api-keys/api-keys.entity.js';
import { AuditEvent } from '../../../src/modules/audit/audit.entity.js';
import { runExpiry } from '../../../src/modules/key-expiry/expiry.worker.js';
import { graphql } from '../../helpers/gql/index.js';
import { codeOf, dataOf, show } from '../../helpers/harness.js';
import { seedKey, seedProject } from '../../helpers/seed.js';
import { eventually, startUsageServer, type UsageTestServer } from './usage-harness.js';

const HOUR = 3_600_000;

let server: UsageTestServer;
beforeAll(async () => {
  server = await startUsageServer({ workers: false });
});
afterAll(async () => {
  await server?.close();
});

async function auditOf(keyId: string) {
  return server.orm.em.fork().find(AuditEvent, { targetId: keyId }, { orderBy: { id: 'asc' } });
}

describe('the expiry worker', () => {
  it('refuses an expired key at once, then marks it EXPIRED and audits it, and notices coming expiries once', async () => {
    const project = await seedProject(server, { plan: 'TEAM' });
    const expiring = await seedKey(server, project, { expiresAt: new Date(Date.now() + 1500).toISOString() });
    const inThreeDays = await seedKey(server, project, { expiresAt: new Date(Date.now() + 72 * HOUR).toISOString() });
    const inTwelveHours = await seedKey(server, project, { expiresAt: new Date(Date.now() + 12 * HOUR).toISOString() });
    const never = await seedKey(server, project);
    dataOf(await server.gql(graphql(`query ExpiryViewer { viewer { scopes } }`), {}, { token: expiring.secret }));
    await new Promise((done) => setTimeout(done, 1600));

    // Refused at once, before any worker ran.
    const refused = await server.gql(
      graphql(`query ExpiryViewer { viewer { scopes } }`),
      {},
      { token: expiring.secret },
    );
    expect(refused.status, show(refused)).toBe(401);
    expect(refused.body.errors?.[0]?.extensions?.reason).toBe('EXPIRED');
    expect((await server.orm.em.fork().findOneOrFail(ApiKey, { id: expiring.id })).status).toBe('ACTIVE');

    server.options.expiryProjectIds = [project.id];
    await server.startWorkers();
    await eventually(
      async () => (await server.orm.em.fork().findOneOrFail(ApiKey, { id: expiring.id })).status,
      (status) => status === 'EXPIRED',
    );
    // Let a few more scheduled runs pass: nothing is recorded twice.
    await new Promise((done) => setTimeout(done, 1500));

    const expiredEvents = (await auditOf(expiring.id)).filter((event) => event.action.startsWith('key.expir'));
    expect(expiredEvents.map((event) => [event.action, event.actorType])).toEqual([['key.expired', 'SYSTEM']]);
    expect(expiredEvents[0]?.summary).toMatchObject({ before: { status: 'ACTIVE' }, after: { status: 'EXPIRED' } });
    const threeDays = (await auditOf(inThreeDays.id)).filter((event) => event.action === 'key.expiring');
    expect(threeDays.map((event) => event.summary.notice)).toEqual(['7 days']);
    const twelveHours = (await auditOf(inTwelveHours.id)).filter((event) => event.action === 'key.expiring');
    expect(twelveHours.map((event) => event.summary.notice)).toEqual(['1 day']);
    expect((await auditOf(never.id)).filter((event) => event.action.startsWith('key.expir'))).toEqual([]);

    // Through the API: status and the audit trail with the system as actor.
    const read = await server.gql(
      graphql(
        `query ExpiryApiKey($id: ID!) { apiKey(id: $id) { status auditEvents { edges { node { action actor { type } } } } } }`,
      ),
      { id: expiring.id },
      { token: project.owner.token },
    );
    const key = dataOf(read).apiKey!;
    expect(key.status).toBe('EXPIRED');
    expect(key.auditEvents!.edges.map((edge) => edge.node)).toContainEqual({
      action: 'key.expired',
      actor: { type: 'SYSTEM' },
    });
    await server.stopWorkers();
  });

  it('expires a key exactly once when several workers run at the same time', async () => {
    const project = await seedProject(server, { plan: 'TEAM' });
    const key = await seedKey(server, project);
    await server.orm.em
      .fork()
      .execute("update api_keys set expires_at = now() - interval '1 minute' where id = ?", [key.id]);
    const runs = await Promise.all(
      Array.from({ length: 4 }, (_, index) =>
        runExpiry(server.orm.em.fork(), `test-${index}`, new Date(), [project.id]),
      ),
    );
    expect(runs.flatMap((run) => run.expired)).toEqual([key.id]);
    const events = (await auditOf(key.id)).filter((event) => event.action === 'key.expired');
    expect(events).toHaveLength(1);
    const refused = await server.gql(graphql(`query ExpiryViewer { viewer { scopes } }`), {}, { token: key.secret });
    expect(codeOf(refused)).toBe('UNAUTHENTICATED');
  });
});
