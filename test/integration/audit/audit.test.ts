import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TypedDocumentString } from '../../helpers/gql/graphql.js';
import { graphql } from '../../helpers/gql/index.js';
import { dataOf, show, startTestServer, type TestServer } from '../../helpers/harness.js';
import { seedKey, seedProject, seedUser } from '../../helpers/seed.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe('audit log', () => {
  it('records one event per state change, with actor, target, address, user agent and request id', async () => {
    const project = await seedProject(server, { plan: 'TEAM' });
    const token = project.owner.token;
    const run = async <TResult, TVariables>(
      document: TypedDocumentString<TResult, TVariables>,
      variables: TVariables,
    ) => dataOf(await server.gql(document, variables, { token, headers: { 'user-agent': 'audit-test/1.0' } }));
    const key = await seedKey(server, project, { scopes: ['keys:read'] });
    await run(
      graphql(`mutation AuditUpdateApiKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { id } }`),
      { input: { id: key.id, name: 'audited' } },
    );
    await run(graphql(`mutation AuditDeactivateApiKey($id: ID!) { deactivateApiKey(id: $id) { id } }`), { id: key.id });
    await run(graphql(`mutation AuditReactivateApiKey($id: ID!) { reactivateApiKey(id: $id) { id } }`), { id: key.id });
    await run(
      graphql(
        `mutation AuditRotateApiKey($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { apiKey { id } } }`,
      ),
      { input: { id: key.id, gracePeriodSeconds: 60 } },
    );
    await run(graphql(`mutation AuditDeleteApiKey($id: ID!) { deleteApiKey(id: $id) { id } }`), { id: key.id });
    await run(
      graphql(`mutation AuditUpdateProject($input: UpdateProjectInput!) { updateProject(input: $input) { id } }`),
      { input: { id: project.id, name: 'Renamed' } },
    );
    const member = await seedUser(server);
    await run(graphql(`mutation AuditAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }`), {
      input: { projectId: project.id, email: member.email, role: 'VIEWER' },
    });
    dataOf(
      await server.gql(
        graphql(`mutation AuditAcceptInvitation($projectId: ID!) { acceptInvitation(projectId: $projectId) { id } }`),
        { projectId: project.id },
        { token: member.token },
      ),
    );
    await run(
      graphql(
        `mutation AuditUpdateMemberRole($input: UpdateMemberRoleInput!) { updateMemberRole(input: $input) { id } }`,
      ),
      { input: { projectId: project.id, userId: member.id, role: 'DEVELOPER' } },
    );
    await run(graphql(`mutation AuditRemoveMember($input: RemoveMemberInput!) { removeMember(input: $input) }`), {
      input: { projectId: project.id, userId: member.id },
    });
    // Reads and no-op changes are not state changes.
    await run(
      graphql(`mutation AuditUpdateProject($input: UpdateProjectInput!) { updateProject(input: $input) { id } }`),
      { input: { id: project.id, name: 'Renamed' } },
    );
    await run(graphql(`query AuditProjectName($id: ID!) { project(id: $id) { name } }`), { id: project.id });

    const result = await server.gql(
      graphql(
        `query AuditProject($id: ID!) { project(id: $id) { auditEvents(first: 100) { totalCount edges { node { action actor { type label } targetId clientAddress userAgent requestId } } } } }`,
      ),
      { id: project.id },
      { token },
    );
    const events = dataOf(result).project!.auditEvents!.edges.map((edge) => edge.node);
    expect(events.map((event) => event.action).reverse(), show(result)).toEqual([
      'project.created',
      'key.created',
      'project.updated', // the instance administrator sets the seeded project's plan
      'key.created',
      'key.updated',
      'key.deactivated',
      'key.reactivated',
      'key.rotated',
      'key.deleted',
      'project.updated',
      'member.invited',
      'member.joined',
      'member.role_changed',
      'member.removed',
    ]);
    const rotation = events.find((event) => event.action === 'key.rotated');
    expect(rotation).toMatchObject({
      actor: { type: 'USER', label: project.owner.email },
      targetId: key.id,
      userAgent: 'audit-test/1.0',
    });
    expect(rotation?.clientAddress).toBeTruthy();
    expect(rotation?.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('records the key as the actor when a key makes the change, and filters by action and time', async () => {
    const project = await seedProject(server);
    const writer = await seedKey(server, project, { scopes: ['keys:write'], name: 'automation' });
    const since = new Date().toISOString();
    dataOf(
      await server.gql(
        graphql(
          `mutation AuditCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }`,
        ),
        { input: { projectId: project.id, name: 'made-by-key', scopes: [] } },
        { token: writer.secret },
      ),
    );
    const result = await server.gql(
      graphql(
        `query AuditProject2($id: ID!, $since: DateTime) { project(id: $id) { auditEvents(filter: { actions: ["key.created"], since: $since }) { totalCount edges { node { action actor { type label } targetId clientAddress userAgent requestId } } } } }`,
      ),
      { id: project.id, since },
      { token: project.owner.token },
    );
    const auditEvents = dataOf(result).project!.auditEvents!;
    expect(auditEvents.totalCount, show(result)).toBe(1);
    expect(auditEvents.edges[0]?.node.actor.type).toBe('API_KEY');
    expect(auditEvents.edges[0]?.node.actor.label).toContain('automation');
  });

  it('cannot be edited or deleted, even with direct SQL', async () => {
    const project = await seedProject(server);
    const connection = server.orm.em.fork().getConnection();
    await expect(
      connection.execute('update audit_events set action = ? where project_id = ?', ['tampered', project.id]),
    ).rejects.toThrow(/append-only/);
    await expect(connection.execute('delete from audit_events where project_id = ?', [project.id])).rejects.toThrow(
      /append-only/,
    );
  });
});
