import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, dataOf, show, startTestServer, type TestServer } from '../../helpers/harness.js';
import { seedKey, seedMember, seedProject, seedUser } from '../../helpers/seed.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const ADD = 'mutation($input: AddMemberInput!) { addMember(input: $input) { role user { id email } scopes } }';
const UPDATE = 'mutation($input: UpdateMemberRoleInput!) { updateMemberRole(input: $input) { role } }';
const REMOVE = 'mutation($input: RemoveMemberInput!) { removeMember(input: $input) }';
const MEMBERS = 'query($id: ID!) { project(id: $id) { members { role user { email } } } }';

describe('members and roles', () => {
  it('adds a member whose role maps to scopes, lists them, and audits it', async () => {
    const project = await seedProject(server);
    const user = await seedUser(server, 'dev');
    const added = await server.gql<{ addMember: { role: string; scopes: string[] } }>(
      ADD,
      { input: { projectId: project.id, email: user.email, role: 'DEVELOPER' } },
      { token: project.owner.token },
    );
    expect(dataOf(added).addMember.role).toBe('DEVELOPER');
    expect(dataOf(added).addMember.scopes).toContain('keys:write');
    expect(dataOf(added).addMember.scopes).not.toContain('members:write');
    const list = await server.gql<{ project: { members: { role: string; user: { email: string } }[] } }>(
      MEMBERS,
      { id: project.id },
      { token: user.token },
    );
    expect(
      dataOf(list)
        .project.members.map((member) => member.role)
        .sort(),
    ).toEqual(['DEVELOPER', 'OWNER']);
    const audit = await server.gql<{
      project: { auditEvents: { edges: { node: { action: string; targetId: string } }[] } };
    }>(
      'query($id: ID!) { project(id: $id) { auditEvents(filter: { actions: ["member.added"] }) { edges { node { action targetId } } } } }',
      { id: project.id },
      { token: project.owner.token },
    );
    expect(dataOf(audit).project.auditEvents.edges.map((edge) => edge.node)).toEqual([
      { action: 'member.added', targetId: user.id },
    ]);
    const again = await server.gql(
      ADD,
      { input: { projectId: project.id, email: user.email, role: 'VIEWER' } },
      { token: project.owner.token },
    );
    expect(codeOf(again), show(again)).toBe('CONFLICT');
  });

  it('keeps the last owner: no removal, no demotion (CONFLICT)', async () => {
    const project = await seedProject(server);
    const remove = await server.gql(
      REMOVE,
      { input: { projectId: project.id, userId: project.owner.id } },
      { token: project.owner.token },
    );
    expect(codeOf(remove), show(remove)).toBe('CONFLICT');
    const demote = await server.gql(
      UPDATE,
      { input: { projectId: project.id, userId: project.owner.id, role: 'ADMIN' } },
      { token: project.owner.token },
    );
    expect(codeOf(demote), show(demote)).toBe('CONFLICT');
  });

  it('lets an ADMIN manage members but not make, demote or remove owners', async () => {
    const project = await seedProject(server);
    const admin = await seedMember(server, project, 'ADMIN');
    const newcomer = await seedUser(server, 'newcomer');
    dataOf(
      await server.gql(
        ADD,
        { input: { projectId: project.id, email: newcomer.email, role: 'VIEWER' } },
        { token: admin.token },
      ),
    );
    const makeOwner = await server.gql(
      UPDATE,
      { input: { projectId: project.id, userId: newcomer.id, role: 'OWNER' } },
      { token: admin.token },
    );
    expect(codeOf(makeOwner), show(makeOwner)).toBe('FORBIDDEN');
    const removeOwner = await server.gql(
      REMOVE,
      { input: { projectId: project.id, userId: project.owner.id } },
      { token: admin.token },
    );
    expect(codeOf(removeOwner), show(removeOwner)).toBe('FORBIDDEN');
    dataOf(await server.gql(REMOVE, { input: { projectId: project.id, userId: newcomer.id } }, { token: admin.token }));
  });

  it('refuses members:write to developers and viewers (FORBIDDEN) and hides other projects (NOT_FOUND)', async () => {
    const project = await seedProject(server);
    const developer = await seedMember(server, project, 'DEVELOPER');
    const viewer = await seedMember(server, project, 'VIEWER');
    const target = await seedUser(server);
    for (const caller of [developer, viewer]) {
      const result = await server.gql(
        ADD,
        { input: { projectId: project.id, email: target.email, role: 'VIEWER' } },
        { token: caller.token },
      );
      expect(codeOf(result), show(result)).toBe('FORBIDDEN');
    }
    const stranger = await seedUser(server);
    const result = await server.gql(
      ADD,
      { input: { projectId: project.id, email: target.email, role: 'VIEWER' } },
      { token: stranger.token },
    );
    expect(codeOf(result), show(result)).toBe('NOT_FOUND');
  });

  it('lets a key with members:write add members, but never grant a role above its own scopes', async () => {
    const project = await seedProject(server);
    const key = await seedKey(server, project, { scopes: ['members:write', 'keys:read'] });
    const target = await seedUser(server);
    const escalate = await server.gql(
      ADD,
      { input: { projectId: project.id, email: target.email, role: 'ADMIN' } },
      { token: key.secret },
    );
    expect(codeOf(escalate), show(escalate)).toBe('FORBIDDEN');
    const viewerRole = await server.gql(
      ADD,
      { input: { projectId: project.id, email: target.email, role: 'VIEWER' } },
      { token: key.secret },
    );
    expect(codeOf(viewerRole), show(viewerRole)).toBe('FORBIDDEN');
  });

  it('an owner can promote another owner, who can then remove the first', async () => {
    const project = await seedProject(server);
    const second = await seedMember(server, project, 'VIEWER');
    dataOf(
      await server.gql(
        UPDATE,
        { input: { projectId: project.id, userId: second.id, role: 'OWNER' } },
        { token: project.owner.token },
      ),
    );
    dataOf(
      await server.gql(REMOVE, { input: { projectId: project.id, userId: project.owner.id } }, { token: second.token }),
    );
    const gone = await server.gql(MEMBERS, { id: project.id }, { token: project.owner.token });
    expect(codeOf(gone), show(gone)).toBe('NOT_FOUND');
  });
});
