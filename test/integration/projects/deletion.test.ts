/**
 * Deleting a project (DESIGN.md section 15, docs/leaked-keys.md#deleting-a-project): owners only,
 * confirmed by the project's name; every key is refused at once on every API process; webhook
 * endpoints stop; the project leaves every list; its owners read its audit log and usage for 30
 * days (`deletedProjects`); then the purge worker removes it, audited at the instance level.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPurge } from '../../../src/modules/projects/project-purge.worker.js';
import { graphql } from '../../helpers/gql/index.js';
import { codeOf, dataOf, type GraphQLResult, show, startTestServer, type TestServer } from '../../helpers/harness.js';
import { PASSWORD, type SeededProject, seedKey, seedMember, seedProject, seedUser } from '../../helpers/seed.js';
import { seedPersonalToken } from '../personal-tokens/token-seed.js';
import { eventually } from '../usage/usage-harness.js';

const VIEWER = graphql(`query DeletionViewer { viewer { apiKey { id } } }`);
const DELETE = graphql(
  `mutation DeletionDeleteProject($input: DeleteProjectInput!) { deleteProject(input: $input) { id purgeAt } }`,
);
const PROJECTS = graphql(`query DeletionProjects { projects { id } }`);
const PROJECT = graphql(`query DeletionProject($id: ID!) { project(id: $id) { id usage { totals { requests } } } }`);
const DELETED = graphql(
  `query DeletionDeletedProjects { deletedProjects { id name deletedAt purgeAt usage { totals { requests } } auditEvents(first: 100) { totalCount edges { node { action } } } } }`,
);
const CREATE_WEBHOOK = graphql(
  `mutation DeletionCreateWebhook($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id enabled } } }`,
);

let a: TestServer;
let b: TestServer;
beforeAll(async () => {
  const usage = { flushIntervalMs: 50, expiryProjectIds: [] };
  a = await startTestServer({ webhooksAllowPrivate: true }, { usage, workers: true });
  b = await startTestServer({ webhooksAllowPrivate: true }, { usage: { ...usage, redisPrefix: a.prefix } });
});
afterAll(async () => {
  await a?.stopWorkers();
  await b?.close();
  await a?.close();
});

function deleteAs(server: TestServer, token: string, id: string, confirmName: string) {
  return server.gql(DELETE, { input: { id, confirmName } }, { token });
}

function expectRefused(result: GraphQLResult<unknown>, reason: string) {
  expect(result.status, show(result)).toBe(401);
  expect(result.body.errors?.[0]?.extensions?.reason, show(result)).toBe(reason);
}

async function projectCount(project: SeededProject): Promise<number> {
  const rows = await a.orm.em
    .fork()
    .execute<{ count: string }[]>('select count(*) from projects where id = ? and deleted_at is null', [project.id]);
  return Number(rows[0]?.count);
}

describe('deleteProject', () => {
  it('refuses a confirmation that is not the name (BAD_USER_INPUT), and deletes nothing', async () => {
    const project = await seedProject(a, { name: 'Billing API' });
    for (const wrong of ['billing api', 'Billing', ' Billing API', '']) {
      const result = await deleteAs(a, project.owner.token, project.id, wrong);
      expect(codeOf(result), show(result)).toBe('BAD_USER_INPUT');
      expect(result.body.errors?.[0]?.extensions?.field).toBe('confirmName');
    }
    expect(await projectCount(project)).toBe(1);
    dataOf(await a.gql(VIEWER, {}, { token: project.defaultKey.secret }));
  });

  it('is for owners only: an ADMIN is FORBIDDEN, a stranger NOT_FOUND, a key FORBIDDEN', async () => {
    const project = await seedProject(a, { name: 'Owned' });
    const admin = await seedMember(a, project, 'ADMIN');
    const stranger = await seedUser(a);
    expect(codeOf(await deleteAs(a, admin.token, project.id, 'Owned'))).toBe('FORBIDDEN');
    expect(codeOf(await deleteAs(a, stranger.token, project.id, 'Owned'))).toBe('NOT_FOUND');
    expect(codeOf(await deleteAs(a, project.defaultKey.secret, project.id, 'Owned'))).toBe('FORBIDDEN');
    expect(await projectCount(project)).toBe(1);
    // A second owner may.
    const coOwner = await seedMember(a, project, 'OWNER');
    dataOf(await deleteAs(a, coOwner.token, project.id, 'Owned'));
  });

  it('refuses every key at once on every process, stops webhooks, and hides the project', async () => {
    const project = await seedProject(a, { name: 'Short-lived' });
    const key = await seedKey(a, project);
    const member = await seedMember(a, project, 'DEVELOPER');
    const webhook = dataOf(
      await a.gql(
        CREATE_WEBHOOK,
        { input: { projectId: project.id, url: 'http://127.0.0.1:9/hooks', events: [] } },
        { token: project.owner.token },
      ),
    ).createWebhookEndpoint.endpoint;
    expect(webhook.enabled).toBe(true);
    // Both processes have both keys cached.
    for (const server of [a, b]) {
      for (const secret of [key.secret, project.defaultKey.secret]) {
        dataOf(await server.gql(VIEWER, {}, { token: secret }));
        dataOf(await server.gql(VIEWER, {}, { token: secret }));
      }
    }

    const { deleteProject } = dataOf(await deleteAs(a, project.owner.token, project.id, 'Short-lived'));
    expect(new Date(deleteProject.purgeAt).getTime()).toBeGreaterThan(Date.now() + 29 * 86_400_000);

    for (const server of [b, a]) {
      expectRefused(await server.gql(VIEWER, {}, { token: key.secret }), 'DELETED');
      expectRefused(await server.gql(VIEWER, {}, { token: project.defaultKey.secret }), 'DELETED');
    }
    const [endpoint] = await a.orm.em
      .fork()
      .execute<{ enabled: boolean }[]>('select enabled from webhook_endpoints where id = ?', [webhook.id]);
    expect(endpoint?.enabled).toBe(false);
    for (const user of [project.owner, member]) {
      const { projects } = dataOf(await b.gql(PROJECTS, {}, { token: user.token }));
      expect(projects.map((listed) => listed.id)).not.toContain(project.id);
      expect(codeOf(await b.gql(PROJECT, { id: project.id }, { token: user.token }))).toBe('NOT_FOUND');
    }
    // Deleting again: it is gone.
    expect(codeOf(await deleteAs(a, project.owner.token, project.id, 'Short-lived'))).toBe('NOT_FOUND');
  });
});

describe('a deleted project', () => {
  it('keeps its audit log and usage for its owners, then the purge removes it (audited for the instance)', async () => {
    const project = await seedProject(a, { name: 'Archive me' });
    const member = await seedMember(a, project, 'ADMIN');
    for (let index = 0; index < 3; index += 1) dataOf(await a.gql(VIEWER, {}, { token: project.defaultKey.secret }));
    await eventually(
      async () =>
        dataOf(await a.gql(PROJECT, { id: project.id }, { token: project.owner.token })).project?.usage?.totals
          .requests,
      (requests) => requests === 3,
    );
    dataOf(await deleteAs(a, project.owner.token, project.id, 'Archive me'));

    const kept = dataOf(await b.gql(DELETED, {}, { token: project.owner.token })).deletedProjects;
    expect(kept.map((deleted) => deleted.id)).toEqual([project.id]);
    expect(kept[0]).toMatchObject({ name: 'Archive me', usage: { totals: { requests: 3 } } });
    const actions = kept[0]?.auditEvents.edges.map((edge) => edge.node.action);
    expect(actions?.[0]).toBe('project.deleted');
    expect(actions).toContain('project.created');
    // Only owners: an ADMIN of the project does not see it.
    expect(dataOf(await b.gql(DELETED, {}, { token: member.token })).deletedProjects).toEqual([]);

    // Audit events stay append-only while the project is within its 30 days.
    const em = a.orm.em.fork();
    await expect(em.execute('delete from audit_events where project_id = ?', [project.id])).rejects.toThrow(
      /append-only/,
    );
    // Nothing due yet.
    expect((await runPurge(a.orm.em.fork(), 'test-early', new Date(), [project.id])).purged).toEqual([]);

    // 31 days later: purged once, even by two runs at the same time.
    const later = new Date(Date.now() + 31 * 86_400_000);
    await em.execute("update projects set deleted_at = deleted_at - interval '31 days' where id = ?", [project.id]);
    const runs = await Promise.all([
      runPurge(a.orm.em.fork(), 'test-purge-1', later, [project.id]),
      runPurge(a.orm.em.fork(), 'test-purge-2', later, [project.id]),
    ]);
    expect(runs.flatMap((run) => run.purged)).toEqual([{ id: project.id, name: 'Archive me' }]);

    for (const [table, column] of [
      ['projects', 'id'],
      ['audit_events', 'project_id'],
      ['api_keys', 'project_id'],
      ['usage_stats', 'project_id'],
      ['memberships', 'project_id'],
    ] as const) {
      const rows = await em.execute<{ count: string }[]>(`select count(*) from ${table} where ${column} = ?`, [
        project.id,
      ]);
      expect(Number(rows[0]?.count), table).toBe(0);
    }
    const [purged] = await em.execute<{ action: string; project_id: string | null; actor_type: string }[]>(
      `select action, project_id, actor_type from audit_events where target_id = ? and action = 'project.purged'`,
      [project.id],
    );
    expect(purged).toEqual({ action: 'project.purged', project_id: null, actor_type: 'SYSTEM' });
    expect(dataOf(await b.gql(DELETED, {}, { token: project.owner.token })).deletedProjects).toEqual([]);
  });
});

const CREATE_PROJECT = graphql(
  `mutation DeletionCreateProject($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }`,
);
const DELETE_ACCOUNT = graphql(
  `mutation DeletionDeleteAccount($input: DeleteAccountInput!) { deleteAccount(input: $input) }`,
);

describe('deleteProject and the owner’s other things', () => {
  it('revokes at the purge a personal token that named only the project; others forget it', async () => {
    const project = await seedProject(a, { name: 'Token target' });
    const kept = dataOf(await a.gql(CREATE_PROJECT, { input: { name: 'Kept' } }, { token: project.owner.token }))
      .createProject.project.id;
    const only = await seedPersonalToken(a, project.owner, { scopes: ['projects:read'], projectIds: [project.id] });
    const both = await seedPersonalToken(a, project.owner, {
      scopes: ['projects:read'],
      projectIds: [project.id, kept],
    });
    dataOf(await deleteAs(a, project.owner.token, project.id, 'Token target'));
    const em = a.orm.em.fork();
    await em.execute("update projects set deleted_at = deleted_at - interval '31 days' where id = ?", [project.id]);
    const later = new Date(Date.now() + 31 * 86_400_000);
    expect((await runPurge(a.orm.em.fork(), 'test-purge-tokens', later, [project.id])).purged).toHaveLength(1);

    const tokens = await em.execute<{ id: string; project_ids: string[]; revoked_at: Date | null }[]>(
      'select id, project_ids, revoked_at from personal_tokens where id in (?, ?)',
      [only.id, both.id],
    );
    const byId = new Map(tokens.map((token) => [token.id, token]));
    expect(byId.get(only.id)?.revoked_at).not.toBeNull();
    expect(byId.get(both.id)).toMatchObject({ project_ids: [kept], revoked_at: null });
    // Never widened to "all projects": the revoked token is refused, the other sees only what it kept.
    expect((await b.gql(PROJECTS, {}, { token: only.secret })).status).toBe(401);
    expect(dataOf(await b.gql(PROJECTS, {}, { token: both.secret })).projects.map((listed) => listed.id)).toEqual([
      kept,
    ]);
  });

  it('lets the owner of nothing but deleted projects delete their account', async () => {
    const project = await seedProject(a, { name: 'Last one' });
    dataOf(await deleteAs(a, project.owner.token, project.id, 'Last one'));
    const result = await a.gql(DELETE_ACCOUNT, { input: { password: PASSWORD } }, { token: project.owner.token });
    expect(dataOf(result).deleteAccount).toBe(true);
  });
});

describe('the purge worker', () => {
  it('runs on its job scheduler and removes a project deleted more than 30 days ago', async () => {
    const project = await seedProject(a, { name: 'Scheduled purge' });
    dataOf(await deleteAs(a, project.owner.token, project.id, 'Scheduled purge'));
    const em = a.orm.em.fork();
    await em.execute("update projects set deleted_at = deleted_at - interval '31 days' where id = ?", [project.id]);
    await a.stopWorkers();
    a.options.expiryProjectIds = [project.id];
    a.options.purgeEveryMs = 200;
    await a.startWorkers();
    await eventually(
      async () =>
        Number(
          (await em.execute<{ count: string }[]>('select count(*) from projects where id = ?', [project.id]))[0]?.count,
        ),
      (count) => count === 0,
    );
    const events = await em.execute<{ count: string }[]>(
      `select count(*) from audit_events where target_id = ? and action = 'project.purged' and project_id is null`,
      [project.id],
    );
    expect(Number(events[0]?.count)).toBe(1);
  });
});
