import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Membership } from '../../../src/modules/projects/projects.entity.js';
import type { TypedDocumentString } from '../../helpers/gql/graphql.js';
import { graphql } from '../../helpers/gql/index.js';
import { codeOf, dataOf, show, startTestServer, type TestServer } from '../../helpers/harness.js';
import { PASSWORD, seedKey, seedMember, seedProject, seedUser } from '../../helpers/seed.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const ADD = graphql(
  `mutation MembersAddMember($input: AddMemberInput!) { addMember(input: $input) { role status email user { id email } scopes joinedAt } }`,
);
const UPDATE = graphql(
  `mutation MembersUpdateMemberRole($input: UpdateMemberRoleInput!) { updateMemberRole(input: $input) { role } }`,
);
const REMOVE = graphql(`mutation MembersRemoveMember($input: RemoveMemberInput!) { removeMember(input: $input) }`);
const MEMBERS = graphql(
  `query MembersProject($id: ID!) { project(id: $id) { members { role status email user { email } } } }`,
);
const ACCEPT = graphql(
  `mutation MembersAcceptInvitation($projectId: ID!) { acceptInvitation(projectId: $projectId) { role status email joinedAt user { id } } }`,
);
const DECLINE = graphql(
  `mutation MembersDeclineInvitation($projectId: ID!) { declineInvitation(projectId: $projectId) }`,
);
/** Accepting and declining, for the cases where both must answer the same. */
const INVITATION_ANSWERS: TypedDocumentString<unknown, { projectId: string }>[] = [ACCEPT, DECLINE];
const INVITATIONS = graphql(
  `query MembersViewer { viewer { invitations { projectId projectName role scopes invitedAt } } }`,
);

async function auditActions(projectId: string, token: string) {
  const result = await server.gql(
    graphql(
      `query MembersProject2($id: ID!) { project(id: $id) { auditEvents(first: 100) { edges { node { action targetType targetId } } } } }`,
    ),
    { id: projectId },
    { token },
  );
  return dataOf(result)
    .project!.auditEvents!.edges.map((edge) => edge.node)
    .filter((event) => event.action.startsWith('member.'))
    .reverse();
}

describe('members and invitations', () => {
  it('invites: the invitation grants nothing until accepted, then the role’s scopes apply; all audited', async () => {
    const project = await seedProject(server, { name: 'Invite me' });
    const user = await seedUser(server, 'dev');
    const added = await server.gql(
      ADD,
      { input: { projectId: project.id, email: user.email.toUpperCase(), role: 'DEVELOPER' } },
      { token: project.owner.token },
    );
    expect(dataOf(added).addMember).toMatchObject({
      role: 'DEVELOPER',
      status: 'INVITED',
      email: user.email,
      user: null,
      joinedAt: null,
    });
    expect(dataOf(added).addMember.scopes).toContain('keys:write');
    expect(dataOf(added).addMember.scopes).not.toContain('members:write');

    // 1. invited: nothing granted
    const hidden = await server.gql(MEMBERS, { id: project.id }, { token: user.token });
    expect(codeOf(hidden), show(hidden)).toBe('NOT_FOUND');
    const projects = await server.gql(graphql(`query MembersProjects { projects { id } }`), {}, { token: user.token });
    expect(dataOf(projects).projects).toEqual([]);
    const createKey = await server.gql(
      graphql(
        `mutation MembersCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }`,
      ),
      { input: { projectId: project.id, name: 'too-early', scopes: [] } },
      { token: user.token },
    );
    expect(codeOf(createKey), show(createKey)).toBe('NOT_FOUND');
    const invitations = await server.gql(INVITATIONS, {}, { token: user.token });
    expect(dataOf(invitations).viewer.invitations).toMatchObject([
      { projectId: project.id, projectName: 'Invite me', role: 'DEVELOPER' },
    ]);

    // 2. accepted: a member
    const accepted = await server.gql(ACCEPT, { projectId: project.id }, { token: user.token });
    expect(dataOf(accepted).acceptInvitation).toMatchObject({
      status: 'ACTIVE',
      role: 'DEVELOPER',
      user: { id: user.id },
    });
    expect(dataOf(accepted).acceptInvitation.joinedAt).toBeTruthy();
    const again = await server.gql(ACCEPT, { projectId: project.id }, { token: user.token });
    expect(dataOf(again)).toMatchObject({ acceptInvitation: { status: 'ACTIVE' } });
    expect(dataOf(await server.gql(INVITATIONS, {}, { token: user.token })).viewer.invitations).toEqual([]);
    const list = dataOf(await server.gql(MEMBERS, { id: project.id }, { token: user.token }));
    expect(list.project!.members!.map(({ role, status }) => `${role}:${status}`).sort()).toEqual([
      'DEVELOPER:ACTIVE',
      'OWNER:ACTIVE',
    ]);
    dataOf(
      await server.gql(
        graphql(
          `mutation MembersCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }`,
        ),
        { input: { projectId: project.id, name: 'now-allowed', scopes: [] } },
        { token: user.token },
      ),
    );
    expect(await auditActions(project.id, project.owner.token)).toMatchObject([
      { action: 'member.invited', targetType: 'invitation' },
      { action: 'member.joined', targetType: 'member', targetId: user.id },
    ]);

    // 3. a member or a pending invitee cannot be invited twice
    for (const email of [user.email, (await seedUser(server)).email]) {
      if (email !== user.email) {
        dataOf(
          await server.gql(
            ADD,
            { input: { projectId: project.id, email, role: 'VIEWER' } },
            { token: project.owner.token },
          ),
        );
      }
      const twice = await server.gql(
        ADD,
        { input: { projectId: project.id, email, role: 'VIEWER' } },
        { token: project.owner.token },
      );
      expect(codeOf(twice), show(twice)).toBe('CONFLICT');
    }
  });

  it('gives an unknown email the same answer; the invitation waits for that sign-up', async () => {
    const project = await seedProject(server, { name: 'Waiting' });
    const known = await seedUser(server);
    const unknownEmail = `later-${randomUUID()}@example.test`;
    const answers = [];
    for (const email of [known.email, unknownEmail]) {
      const result = await server.gql(
        ADD,
        { input: { projectId: project.id, email, role: 'VIEWER' } },
        { token: project.owner.token },
      );
      expect(result.status, show(result)).toBe(200);
      answers.push({ ...dataOf(result).addMember, email: '(the invited email)' });
    }
    expect(answers[1]).toEqual(answers[0]);
    const members = dataOf(await server.gql(MEMBERS, { id: project.id }, { token: project.owner.token }));
    const invited = members.project!.members!.filter((member) => member.status === 'INVITED');
    expect(invited.map(({ email, user }) => ({ email, user })).sort((a, b) => a.email.localeCompare(b.email))).toEqual(
      [
        { email: known.email, user: null },
        { email: unknownEmail, user: null },
      ].sort((a, b) => a.email.localeCompare(b.email)),
    );

    // The sign-up finds its invitation (whatever the case of the email), and can accept it.
    const signUp = await server.gql(
      graphql(`mutation MembersSignUp($input: SignUpInput!) { signUp(input: $input) { token user { id } } }`),
      { input: { email: unknownEmail.toUpperCase(), password: PASSWORD } },
    );
    const { token } = dataOf(signUp).signUp;
    expect(dataOf(await server.gql(INVITATIONS, {}, { token })).viewer.invitations).toMatchObject([
      { projectId: project.id, projectName: 'Waiting', role: 'VIEWER' },
    ]);
    dataOf(await server.gql(ACCEPT, { projectId: project.id }, { token }));
    dataOf(await server.gql(MEMBERS, { id: project.id }, { token }));
  });

  it('finds an invitation that crossed its sign-up (still waiting under the email) and accepts it', async () => {
    const project = await seedProject(server);
    const user = await seedUser(server);
    // As if addMember had looked the email up just before the sign-up committed.
    const em = server.orm.em.fork();
    em.create(Membership, {
      project: project.id,
      user: null,
      role: 'VIEWER',
      status: 'INVITED',
      invitedEmail: user.email,
    });
    await em.flush();
    expect(dataOf(await server.gql(INVITATIONS, {}, { token: user.token })).viewer.invitations).toMatchObject([
      { projectId: project.id, role: 'VIEWER' },
    ]);
    const accepted = await server.gql(ACCEPT, { projectId: project.id }, { token: user.token });
    expect(dataOf(accepted).acceptInvitation.user!.id).toBe(user.id);
    dataOf(await server.gql(MEMBERS, { id: project.id }, { token: user.token }));
  });

  it('declines: the invitation is removed and audited, and grants nothing', async () => {
    const project = await seedProject(server);
    const user = await seedUser(server);
    dataOf(
      await server.gql(
        ADD,
        { input: { projectId: project.id, email: user.email, role: 'ADMIN' } },
        { token: project.owner.token },
      ),
    );
    const declined = await server.gql(DECLINE, { projectId: project.id }, { token: user.token });
    expect(dataOf(declined).declineInvitation).toBe(true);
    expect(dataOf(await server.gql(INVITATIONS, {}, { token: user.token })).viewer.invitations).toEqual([]);
    for (const document of INVITATION_ANSWERS) {
      const late = await server.gql(document, { projectId: project.id }, { token: user.token });
      expect(codeOf(late), show(late)).toBe('NOT_FOUND');
    }
    const members = dataOf(await server.gql(MEMBERS, { id: project.id }, { token: project.owner.token }));
    expect(members.project!.members!.map((member) => member.email)).toEqual([project.owner.email]);
    expect(await auditActions(project.id, project.owner.token)).toMatchObject([
      { action: 'member.invited' },
      { action: 'member.declined', targetType: 'invitation' },
    ]);
    // Declined is not banned: the project can invite again.
    dataOf(
      await server.gql(
        ADD,
        { input: { projectId: project.id, email: user.email, role: 'VIEWER' } },
        { token: project.owner.token },
      ),
    );
  });

  it('answers NOT_FOUND to accept or decline without an invitation, and never lets an invitation act', async () => {
    const project = await seedProject(server);
    const stranger = await seedUser(server);
    for (const document of INVITATION_ANSWERS) {
      for (const projectId of [project.id, randomUUID(), 'not-a-uuid']) {
        const result = await server.gql(document, { projectId }, { token: stranger.token });
        expect(codeOf(result), show(result)).toBe('NOT_FOUND');
      }
    }
    // An invited ADMIN holds no members:write until accepting.
    const invitedAdmin = await seedUser(server);
    dataOf(
      await server.gql(
        ADD,
        { input: { projectId: project.id, email: invitedAdmin.email, role: 'ADMIN' } },
        { token: project.owner.token },
      ),
    );
    const early = await server.gql(
      ADD,
      { input: { projectId: project.id, email: stranger.email, role: 'VIEWER' } },
      { token: invitedAdmin.token },
    );
    expect(codeOf(early), show(early)).toBe('NOT_FOUND');
  });

  it('withdraws a pending invitation through removeMember, by email or by the invitee’s user id', async () => {
    const project = await seedProject(server);
    const unknownEmail = `never-${randomUUID()}@example.test`;
    const known = await seedUser(server);
    for (const email of [unknownEmail, known.email]) {
      dataOf(
        await server.gql(
          ADD,
          { input: { projectId: project.id, email, role: 'VIEWER' } },
          { token: project.owner.token },
        ),
      );
    }
    const byEmail = await server.gql(
      REMOVE,
      { input: { projectId: project.id, email: unknownEmail } },
      { token: project.owner.token },
    );
    expect(dataOf(byEmail)).toEqual({ removeMember: true });
    dataOf(
      await server.gql(REMOVE, { input: { projectId: project.id, userId: known.id } }, { token: project.owner.token }),
    );
    expect(dataOf(await server.gql(INVITATIONS, {}, { token: known.token })).viewer.invitations).toEqual([]);
    const members = dataOf(await server.gql(MEMBERS, { id: project.id }, { token: project.owner.token }));
    expect(members.project!.members!.map((member) => member.email)).toEqual([project.owner.email]);
    for (const input of [{ projectId: project.id }, { projectId: project.id, userId: known.id, email: known.email }]) {
      const result = await server.gql(REMOVE, { input }, { token: project.owner.token });
      expect(codeOf(result), show(result)).toBe('BAD_USER_INPUT');
    }
    const gone = await server.gql(
      REMOVE,
      { input: { projectId: project.id, email: unknownEmail } },
      { token: project.owner.token },
    );
    expect(codeOf(gone), show(gone)).toBe('NOT_FOUND');
    // An active member can be removed by email too.
    const member = await seedMember(server, project, 'VIEWER');
    dataOf(
      await server.gql(
        REMOVE,
        { input: { projectId: project.id, email: member.email } },
        { token: project.owner.token },
      ),
    );
    const after = await server.gql(MEMBERS, { id: project.id }, { token: member.token });
    expect(codeOf(after), show(after)).toBe('NOT_FOUND');
  });

  it('counts only active owners: an invited owner does not let the last one leave', async () => {
    const project = await seedProject(server);
    const invitee = await seedUser(server);
    dataOf(
      await server.gql(
        ADD,
        { input: { projectId: project.id, email: invitee.email, role: 'OWNER' } },
        { token: project.owner.token },
      ),
    );
    const leave = await server.gql(
      REMOVE,
      { input: { projectId: project.id, userId: project.owner.id } },
      { token: project.owner.token },
    );
    expect(codeOf(leave), show(leave)).toBe('CONFLICT');
    dataOf(await server.gql(ACCEPT, { projectId: project.id }, { token: invitee.token }));
    dataOf(
      await server.gql(
        REMOVE,
        { input: { projectId: project.id, userId: project.owner.id } },
        { token: project.owner.token },
      ),
    );
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
