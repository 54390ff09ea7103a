/** Plans are set by instance administrators only (DESIGN.md section 7). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../../src/modules/audit/audit.entity.js';
import { graphql } from '../../helpers/gql/index.js';
import { codeOf, dataOf, show, startTestServer, type TestServer } from '../../helpers/harness.js';
import { seedKey, seedProject, seedUser } from '../../helpers/seed.js';

const CREATE = graphql(
  `mutation PlansCreateProject($input: CreateProjectInput!) { createProject(input: $input) { project { id plan } } }`,
);
const UPDATE = graphql(
  `mutation PlansUpdateProject($input: UpdateProjectInput!) { updateProject(input: $input) { name plan } }`,
);
const SET_PLAN = graphql(
  `mutation PlansSetProjectPlan($input: SetProjectPlanInput!) { setProjectPlan(input: $input) { plan } }`,
);
const PLAN_OF = graphql(`query PlansProject($id: ID!) { project(id: $id) { plan limits { maxKeys } } }`);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe('plans', () => {
  it('new projects get the default plan; an owner asking for another is FORBIDDEN and nothing is created', async () => {
    const owner = await seedUser(server);
    const created = await server.gql(CREATE, { input: { name: 'Mine' } }, { token: owner.token });
    expect(dataOf(created)).toMatchObject({ createProject: { project: { plan: 'FREE' } } });
    const asked = await server.gql(CREATE, { input: { name: 'Rich', plan: 'ENTERPRISE' } }, { token: owner.token });
    expect(codeOf(asked), show(asked)).toBe('FORBIDDEN');
    const projects = await server.gql(graphql(`query PlansProjects { projects { id } }`), {}, { token: owner.token });
    expect(dataOf(projects).projects).toHaveLength(1);
  });

  it('an owner, or a key with projects:write, cannot change the plan; renaming still works', async () => {
    const project = await seedProject(server, { plan: 'FREE' });
    const writer = await seedKey(server, project, { scopes: ['projects:write'] });
    for (const token of [project.owner.token, writer.secret, project.defaultKey.secret]) {
      const result = await server.gql(
        UPDATE,
        { input: { id: project.id, name: 'Renamed', plan: 'ENTERPRISE' } },
        { token },
      );
      expect(codeOf(result), show(result)).toBe('FORBIDDEN');
      const setPlan = await server.gql(SET_PLAN, { input: { projectId: project.id, plan: 'ENTERPRISE' } }, { token });
      expect(codeOf(setPlan), show(setPlan)).toBe('FORBIDDEN');
    }
    const read = await server.gql(PLAN_OF, { id: project.id }, { token: project.owner.token });
    expect(dataOf(read)).toEqual({ project: { plan: 'FREE', limits: { maxKeys: 2 } } });
    const renamed = await server.gql(
      UPDATE,
      { input: { id: project.id, name: 'Renamed', plan: 'FREE' } },
      {
        token: writer.secret,
      },
    );
    expect(dataOf(renamed)).toEqual({ updateProject: { name: 'Renamed', plan: 'FREE' } });
  });

  it('an administrator sets the plan of any project, audited; viewer.isAdministrator tells the portal', async () => {
    const project = await seedProject(server, { plan: 'FREE' });
    const admin = await server.adminToken();
    const set = await server.gql(SET_PLAN, { input: { projectId: project.id, plan: 'PRO' } }, { token: admin });
    expect(dataOf(set)).toEqual({ setProjectPlan: { plan: 'PRO' } });
    const read = await server.gql(PLAN_OF, { id: project.id }, { token: project.owner.token });
    expect(dataOf(read)).toEqual({ project: { plan: 'PRO', limits: { maxKeys: 10 } } });
    const events = await server.orm.em.fork().find(AuditEvent, { project: project.id, action: 'project.updated' });
    expect(events.map((event) => event.summary)).toEqual([
      { before: { name: 'Test project', plan: 'FREE' }, after: { name: 'Test project', plan: 'PRO' } },
    ]);

    const flags = await Promise.all(
      [admin, project.owner.token].map(
        async (token) =>
          dataOf(await server.gql(graphql(`query PlansViewer { viewer { isAdministrator } }`), {}, { token })).viewer
            .isAdministrator,
      ),
    );
    expect(flags).toEqual([true, false]);
    const unknown = await server.gql(
      SET_PLAN,
      { input: { projectId: '01890000-0000-7000-8000-000000000000', plan: 'PRO' } },
      { token: admin },
    );
    expect(codeOf(unknown), show(unknown)).toBe('NOT_FOUND');
  });

  it('LATCHKEY_DEFAULT_PLAN sets the plan of new projects', async () => {
    const other = await startTestServer({ defaultPlan: 'TEAM' });
    try {
      const owner = await seedUser(other);
      const created = await other.gql(CREATE, { input: { name: 'Team by default' } }, { token: owner.token });
      expect(dataOf(created)).toMatchObject({ createProject: { project: { plan: 'TEAM' } } });
    } finally {
      await other.close();
    }
  });
});
