/**
 * The shared security suite: every query, mutation and subscription against every kind of bad
 * caller (subscriptions over WebSocket, with a real graphql-ws client: refusals close with 4401
 * and the reason, or 4403). A new operation without a case here fails the "covers every operation" test.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBareSchema } from '../../../src/graphql/schema.js';
import { ApiKey } from '../../../src/modules/api-keys/api-keys.entity.js';
import { generateKey } from '../../../src/modules/api-keys/key-format.js';
import { AuditEvent } from '../../../src/modules/audit/audit.entity.js';
import type { TypedDocumentString } from '../../helpers/gql/graphql.js';
import { graphql } from '../../helpers/gql/index.js';
import { dataOf, type GraphQLResult, show, startTestServer, type TestServer } from '../../helpers/harness.js';
import { closedWithin, connectLive, type LiveClient } from '../../helpers/live-client.js';
import {
  PASSWORD,
  type SeededKey,
  type SeededProject,
  type SeededUser,
  seedKey,
  seedMember,
  seedProject,
  seedUser,
} from '../../helpers/seed.js';
import { seedPersonalToken } from '../personal-tokens/token-seed.js';

interface World {
  a: SeededProject;
  b: SeededProject;
  /** Keys of project A in each bad state, and one with no scopes. */
  scopeless: SeededKey;
  deactivated: SeededKey;
  expired: SeededKey;
  deleted: SeededKey;
  /** Reported leaked (reportLeakedKey). */
  leaked: SeededKey;
  stranger: SeededUser;
  /** A personal access token of A's owner, revoked. */
  revokedToken: string;
}

/** How a caller that is valid but not entitled is answered. */
type Denial = 'NOT_FOUND' | 'FORBIDDEN' | 'ALLOWED';

/** One call of an operation with its variables: sends it as `token` (no credential when undefined). */
type Call = (token?: string) => Promise<GraphQLResult<unknown>>;

interface OperationCase {
  field: string;
  /** Fresh variables (and fresh targets in project A) for each call, bound to the operation's document. */
  prepare: (world: World) => Promise<Call>;
  /** Works without any credential. */
  anonymous?: boolean;
  /** A valid token that succeeds: the positive control. */
  allowedToken: (world: World) => Promise<string> | string;
  /** The operation ends the caller's session, so each call needs a fresh one. */
  consumesSession?: boolean;
  /** Project B's full key against A's objects; a scope-less key of A; a user who is not a member. */
  otherProjectKey: Denial;
  scopelessKey: Denial;
  strangerSession: Denial;
}

/** A case of the operation `document`, whose variables are checked against it. */
function operationCase<TResult, TVariables>({
  document,
  variables,
  ...testCase
}: Omit<OperationCase, 'prepare'> & {
  document: TypedDocumentString<TResult, TVariables>;
  variables: (world: World) => Promise<NoInfer<TVariables>>;
}): OperationCase {
  return {
    ...testCase,
    prepare: async (world) => {
      const values = await variables(world);
      return (token) => server.gql(document, values, { token });
    },
  };
}

const ADD_MEMBER = graphql(`mutation SecurityAddMember($input: AddMemberInput!) { addMember(input: $input) { id } }`);
const CREATE_KEY = graphql(
  `mutation SecurityCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }`,
);
const UPDATE_KEY = graphql(
  `mutation SecurityUpdateApiKey($input: UpdateApiKeyInput!) { updateApiKey(input: $input) { id } }`,
);
const ROTATE_KEY_SECRET = graphql(
  `mutation SecurityRotateApiKeySecret($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { secret } }`,
);
const DEACTIVATE_KEY = graphql(`mutation SecurityDeactivateApiKey($id: ID!) { deactivateApiKey(id: $id) { id } }`);
const REACTIVATE_KEY = graphql(`mutation SecurityReactivateApiKey($id: ID!) { reactivateApiKey(id: $id) { id } }`);
const DELETE_KEY = graphql(`mutation SecurityDeleteApiKey($id: ID!) { deleteApiKey(id: $id) { id } }`);
const REPORT_LEAK = graphql(
  `mutation SecurityReportLeakedKey($input: ReportLeakedKeyInput!) { reportLeakedKey(input: $input) { received } }`,
);
/** The operations that change a key's state: each takes the key's id. */
const KEY_STATE_OPERATIONS: { field: string; document: TypedDocumentString<unknown, { id: string }> }[] = [
  { field: 'deactivateApiKey', document: DEACTIVATE_KEY },
  { field: 'reactivateApiKey', document: REACTIVATE_KEY },
  { field: 'deleteApiKey', document: DELETE_KEY },
];

const freshKey = async (world: World) => (await seedKey(server, world.a, { scopes: ['keys:read'] })).id;

/** The user `invitedTo` invited last: the entitled caller of acceptInvitation and declineInvitation. */
let invitee: SeededUser | undefined;
/** A fresh user invited to project A; `variables` runs before `allowedToken`, which returns their session. */
const invitedTo = async (world: World) => {
  invitee = await seedUser(server, 'invitee');
  dataOf(
    await server.gql(
      ADD_MEMBER,
      { input: { projectId: world.a.id, email: invitee.email, role: 'VIEWER' } },
      { token: world.a.owner.token },
    ),
  );
  return { projectId: world.a.id };
};

/** A public address written as a literal: no DNS needed, and no worker runs here to send to it. */
const WEBHOOK_URL = 'https://93.184.216.34/hooks';
const newEndpoint = async (world: World) =>
  dataOf(
    await server.gql<{ createWebhookEndpoint: { endpoint: { id: string } } }>(
      'mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id } } }',
      { input: { projectId: world.a.id, url: WEBHOOK_URL, events: [] } },
      { token: world.a.owner.token },
    ),
  ).createWebhookEndpoint.endpoint.id;
/** One endpoint of project A for the operations that keep it (a project holds at most 20). */
let sharedEndpoint: Promise<string> | undefined;
const keptEndpoint = (world: World) => {
  sharedEndpoint ??= newEndpoint(world);
  return sharedEndpoint;
};
/** A delivery of the kept endpoint (a test send; nothing runs it here). */
const newDelivery = async (world: World) =>
  dataOf(
    await server.gql<{ sendTestWebhook: { id: string } }>(
      'mutation($id: ID!) { sendTestWebhook(id: $id) { id } }',
      { id: await keptEndpoint(world) },
      { token: world.a.owner.token },
    ),
  ).sendTestWebhook.id;
/** A fresh permission of project A, made by its owner. */
const freshPermission = async (world: World) =>
  dataOf(
    await server.gql(
      graphql(
        `mutation SecurityFreshPermission($input: CreatePermissionInput!) { createPermission(input: $input) { id } }`,
      ),
      { input: { projectId: world.a.id, name: `suite:p${randomUUID().slice(0, 8)}` } },
      { token: world.a.owner.token },
    ),
  ).createPermission.id;

const CASES: OperationCase[] = [
  operationCase({
    field: 'createPermission',
    document: graphql(
      `mutation SecurityCreatePermission($input: CreatePermissionInput!) { createPermission(input: $input) { id } }`,
    ),
    variables: async (w) => ({ input: { projectId: w.a.id, name: `suite:c${randomUUID().slice(0, 8)}` } }),
    allowedToken: (w) => w.a.defaultKey.secret,
    otherProjectKey: 'NOT_FOUND',
    scopelessKey: 'FORBIDDEN',
    strangerSession: 'NOT_FOUND',
  }),
  operationCase({
    field: 'updatePermission',
    document: graphql(
      `mutation SecurityUpdatePermission($input: UpdatePermissionInput!) { updatePermission(input: $input) { id } }`,
    ),
    variables: async (w) => ({ input: { id: await freshPermission(w), description: 'changed' } }),
    allowedToken: (w) => w.a.defaultKey.secret,
    otherProjectKey: 'NOT_FOUND',
    scopelessKey: 'FORBIDDEN',
    strangerSession: 'NOT_FOUND',
  }),
  operationCase({
    field: 'deletePermission',
    document: graphql(
      `mutation SecurityDeletePermission($input: DeletePermissionInput!) { deletePermission(input: $input) { id } }`,
    ),
    variables: async (w) => ({ input: { id: await freshPermission(w) } }),
    allowedToken: (w) => w.a.defaultKey.secret,
    otherProjectKey: 'NOT_FOUND',
    scopelessKey: 'FORBIDDEN',
    strangerSession: 'NOT_FOUND',
  }),
  operationCase({
    field: 'viewer',
    document: graphql(`query SecurityViewer { viewer { scopes } }`),
    variables: async () => ({}),
    allowedToken: (w) => w.scopeless.secret,
    otherProjectKey: 'ALLOWED',
    scopelessKey: 'ALLOWED',
    strangerSession: 'ALLOWED',
  }),
  operationCase({
    field: 'scopes',
    document: graphql(`query SecurityScopes { scopes { name } }`),
    variables: async () => ({}),
    anonymous: true,
    allowedToken: (w) => w.scopeless.secret,
    otherProjectKey: 'ALLOWED',
    scopelessKey: 'ALLOWED',
    strangerSession: 'ALLOWED',
  }),
  operationCase({
    field: 'projects',
    document: graphql(`query SecurityProjects { projects { id } }`),
    variables: async () => ({}),
    allowedToken: (w) => w.a.owner.token,
    otherProjectKey: 'FORBIDDEN',
    scopelessKey: 'FORBIDDEN',
    strangerSession: 'ALLOWED',
  }),
  operationCase({
    field: 'project',
    document: graphql(`query SecurityProject($id: ID!) { project(id: $id) { id name } }`),
    variables: async (w) => ({ id: w.a.id }),
    allowedToken: (w) => w.a.defaultKey.secret,
    otherProjectKey: 'NOT_FOUND',
    scopelessKey: 'FORBIDDEN',
    strangerSession: 'NOT_FOUND',
  }),
  operationCase({
    field: 'apiKey',
    document: graphql(`query SecurityApiKey($id: ID!) { apiKey(id: $id) { id } }`),
    variables: async (w) => ({ id: await freshKey(w) }),
    allowedToken: (w) => w.a.defaultKey.secret,
    otherProjectKey: 'NOT_FOUND',
    scopelessKey: 'FORBIDDEN',
    strangerSession: 'NOT_FOUND',
  }),
  operationCase({
    field: 'signUp',
    document: graphql(`mutation SecuritySignUp($input: SignUpInput!) { signUp(input: $input) { user { id } } }`),
    variables: async () => ({ input: { email: `s-${randomUUID()}@example.test`, password: PASSWORD } }),
    anonymous: true,
    allowedToken: (w) => w.a.owner.token,
    otherProjectKey: 'ALLOWED',
    scopelessKey: 'ALLOWED',
    strangerSession: 'ALLOWED',
  }),
  operationCase({
    field: 'logIn',
    document: graphql(`mutation SecurityLogIn($input: LogInInput!) { logIn(input: $input) { user { id } } }`),
    variables: async (w) => ({ input: { email: w.a.owner.email, password: PASSWORD } }),
    anonymous: true,
    allowedToken: (w) => w.a.owner.token,
    otherProjectKey: 'ALLOWED',
    scopelessKey: 'ALLOWED',
    strangerSession: 'ALLOWED',
  }),
  operationCase({
    field: 'logOut',
    consumesSession: true,
    document: graphql(`mutation SecurityLogOut { logOut }`),
    variables: async () => ({}),
    allowedToken: async () => (await seedUser(server)).token,
    otherProjectKey: 'FORBIDDEN',
    scopelessKey: 'FORBIDDEN',
    strangerSession: 'ALLOWED',
  }),
  operationCase({
    field: 'createProject',
    document: graphql(
      `mutation SecurityCreateProject($input: CreateProjectInput!) { createProject(input: $input) { project { id } } }`,
    ),
    variables: async () => ({ input: { name: 'suite' } }),
    allowedToken: (w) => w.a.owner.token,
    otherProjectKey: 'FORBIDDEN',
    scopelessKey: 'FORBIDDEN',
    strangerSession: 'ALLOWED',
  }),
  operationCase({
    field: 'updateProject',
    document: graphql(
      `mutation SecurityUpdateProject($input: UpdateProjectInput!) { updateProject(input: $input) { id } }`,
    ),
    variables: async (w) => ({ input: { id: w.a.id, name: 'Suite A' } }),
    allowedToken: (w) => w.a.defaultKey.secret,
    otherProjectKey: 'NOT_FOUND',
    scopelessKey: 'FORBIDDEN',
    strangerSession: 'NOT_FOUND',
  }),
  operationCase({
    field: 'setProjectPlan',
    document: graphql(
      `mutation SecuritySetProjectPlan($input: SetProjectPlanInput!) { setProjectPlan(input: $input) { id } }`,
    ),
    variables: async (w) => ({ input: { projectId: w.a.id, plan: 'ENTERPRISE' as const } }),
    allowedToken: () => server.adminToken(),
    // Administrators only: a key, an owner or a stranger is FORBIDDEN, whatever the project.
    otherProjectKey: 'FORBIDDEN',
    scopelessKey: 'FORBIDDEN',
    strangerSession: 'FORBIDDEN',
  }),
  operationCase({
    field: 'createApiKey',
    document: CREATE_KEY,
    variables: async (w) => ({ input: { projectId: w.a.id, name: `k-${randomUUID().slice(0, 8)}`, scopes: [] } }),
    allowedToken: (w) => w.a.defaultKey.secret,
    otherProjectKey: 'NOT_FOUND',
    scopelessKey: 'FORBIDDEN',
    strangerSession: 'NOT_FOUND',
  }),
  operationCase({
    field: 'rotateApiKey',
    document: graphql(
      `mutation SecurityRotateApiKey($input: RotateApiKeyInput!) { rotateApiKey(input: $input) { apiKey { id } } }`,
    ),
    variables: async (w) => ({ input: { id: await freshKey(w) } }),
    allowedToken: (w) => w.a.defaultKey.secret,
    otherProjectKey: 'NOT_FOUND',
    scopelessKey: 'FORBIDDEN',
    strangerSession: 'NOT_FOUND',
  }),
  operationCase({
    field: 'updateApiKey',
    document: UPDATE_KEY,
    variables: async (w) => ({ input: { id: await freshKey(w), description: 'changed' } }),
    allowedToken: (w) => w.a.defaultKey.secret,
    otherProjectKey: 'NOT_FOUND',
    scopelessKey: 'FORBIDDEN',
    strangerSession: 'NOT_FOUND',
  }),
  ...KEY_STATE_OPERATIONS.map(({ field, document }) =>
    operationCase({
      field,
      document,
      variables: async (w) => ({ id: await freshKey(w) }),
      allowedToken: (w) => w.a.defaultKey.secret,
      otherProjectKey: 'NOT_FOUND',
      scopelessKey: 'FORBIDDEN',
      strangerSession: 'NOT_FOUND',
    }),
  ),
  operationCase({
    field: 'verifyApiKey',
    document: graphql(
      `mutation SecurityVerifyApiKey($input: VerifyApiKeyInput!) { verifyApiKey(input: $input) { code } }`,
    ),
    variables: async (w) => ({ input: { key: w.scopeless.secret } }),
    allowedToken: (w) => w.a.defaultKey.secret,
    // A caller may verify only keys of its own project: B's key learns nothing (code NOT_FOUND as data).
    otherProjectKey: 'ALLOWED',
    scopelessKey: 'FORBIDDEN',
    strangerSession: 'ALLOWED',
  }),
  operationCase({
    field: 'addMember',
    document: ADD_MEMBER,
    variables: async (w) => ({
      input: { projectId: w.a.id, email: (await seedUser(server)).email, role: 'VIEWER' as const },
    }),
    allowedToken: (w) => w.a.owner.token,
    otherProjectKey: 'NOT_FOUND',
    scopelessKey: 'FORBIDDEN',
    strangerSession: 'NOT_FOUND',
  }),
  operationCase({
    field: 'updateMemberRole',
    document: graphql(
      `mutation SecurityUpdateMemberRole($input: UpdateMemberRoleInput!) { updateMemberRole(input: $input) { id } }`,
    ),
    variables: async (w) => {
      const user = await seedUser(server);
      dataOf(
        await server.gql(
          ADD_MEMBER,
          { input: { projectId: w.a.id, email: user.email, role: 'VIEWER' } },
          { token: w.a.owner.token },
        ),
      );
      return { input: { projectId: w.a.id, userId: user.id, role: 'DEVELOPER' as const } };
    },
    allowedToken: (w) => w.a.owner.token,
    otherProjectKey: 'NOT_FOUND',
    scopelessKey: 'FORBIDDEN',
    strangerSession: 'NOT_FOUND',
  }),
  operationCase({
    field: 'removeMember',
    document: graphql(`mutation SecurityRemoveMember($input: RemoveMemberInput!) { removeMember(input: $input) }`),
    variables: async (w) => {
      const user = await seedUser(server);
      dataOf(
        await server.gql(
          ADD_MEMBER,
          { input: { projectId: w.a.id, email: user.email, role: 'VIEWER' } },
          { token: w.a.owner.token },
        ),
      );
      return { input: { projectId: w.a.id, userId: user.id } };
    },
    allowedToken: (w) => w.a.owner.token,
    otherProjectKey: 'NOT_FOUND',
    scopelessKey: 'FORBIDDEN',
    strangerSession: 'NOT_FOUND',
  }),
  operationCase({
    field: 'acceptInvitation',
    document: graphql(
      `mutation SecurityAcceptInvitation($projectId: ID!) { acceptInvitation(projectId: $projectId) { id } }`,
    ),
    variables: invitedTo,
    allowedToken: () => (invitee as SeededUser).token,
    otherProjectKey: 'FORBIDDEN',
    scopelessKey: 'FORBIDDEN',
    strangerSession: 'NOT_FOUND',
  }),
  operationCase({
    field: 'declineInvitation',
    document: graphql(
      `mutation SecurityDeclineInvitation($projectId: ID!) { declineInvitation(projectId: $projectId) }`,
    ),
    variables: invitedTo,
    allowedToken: () => (invitee as SeededUser).token,
    otherProjectKey: 'FORBIDDEN',
    scopelessKey: 'FORBIDDEN',
    strangerSession: 'NOT_FOUND',
  }),
  operationCase({
    field: 'webhookEventTypes',
    document: graphql(`query SecurityWebhookEventTypes { webhookEventTypes { name description } }`),
    variables: async () => ({}),
    anonymous: true,
    allowedToken: (w) => w.scopeless.secret,
    otherProjectKey: 'ALLOWED',
    scopelessKey: 'ALLOWED',
    strangerSession: 'ALLOWED',
  }),
  operationCase({
    field: 'webhookEndpoint',
    document: graphql(
      `query SecurityWebhookEndpoint($id: ID!) { webhookEndpoint(id: $id) { id url deliveries { totalCount } } }`,
    ),
    variables: async (w) => ({ id: await keptEndpoint(w) }),
    allowedToken: (w) => w.a.defaultKey.secret,
    otherProjectKey: 'NOT_FOUND',
    scopelessKey: 'FORBIDDEN',
    strangerSession: 'NOT_FOUND',
  }),
  operationCase({
    field: 'createWebhookEndpoint',
    document: graphql(
      `mutation SecurityCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id } secret } }`,
    ),
    variables: async (w) => ({ input: { projectId: w.a.id, url: WEBHOOK_URL, events: ['key.created'] } }),
    allowedToken: (w) => w.a.defaultKey.secret,
    otherProjectKey: 'NOT_FOUND',
    scopelessKey: 'FORBIDDEN',
    strangerSession: 'NOT_FOUND',
  }),
  operationCase({
    field: 'updateWebhookEndpoint',
    document: graphql(
      `mutation SecurityUpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { id } }`,
    ),
    variables: async (w) => ({ input: { id: await keptEndpoint(w), description: `changed ${Date.now()}` } }),
    allowedToken: (w) => w.a.defaultKey.secret,
    otherProjectKey: 'NOT_FOUND',
    scopelessKey: 'FORBIDDEN',
    strangerSession: 'NOT_FOUND',
  }),
  operationCase({
    field: 'deleteWebhookEndpoint',
    document: graphql(`mutation SecurityDeleteWebhookEndpoint($id: ID!) { deleteWebhookEndpoint(id: $id) { id } }`),
    variables: async (w) => ({ id: await newEndpoint(w) }),
    allowedToken: (w) => w.a.defaultKey.secret,
    otherProjectKey: 'NOT_FOUND',
    scopelessKey: 'FORBIDDEN',
    strangerSession: 'NOT_FOUND',
  }),
  operationCase({
    field: 'rotateWebhookSecret',
    document: graphql(
      `mutation SecurityRotateWebhookSecret($input: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $input) { secret } }`,
    ),
    variables: async (w) => ({ input: { id: await keptEndpoint(w), overlapSeconds: 60 } }),
    allowedToken: (w) => w.a.defaultKey.secret,
    otherProjectKey: 'NOT_FOUND',
    scopelessKey: 'FORBIDDEN',
    strangerSession: 'NOT_FOUND',
  }),
  operationCase({
    field: 'sendTestWebhook',
    document: graphql(`mutation SecuritySendTestWebhook($id: ID!) { sendTestWebhook(id: $id) { id } }`),
    variables: async (w) => ({ id: await keptEndpoint(w) }),
    allowedToken: (w) => w.a.defaultKey.secret,
    otherProjectKey: 'NOT_FOUND',
    scopelessKey: 'FORBIDDEN',
    strangerSession: 'NOT_FOUND',
  }),
  operationCase({
    field: 'redeliverWebhook',
    document: graphql(
      `mutation SecurityRedeliverWebhook($deliveryId: ID!) { redeliverWebhook(deliveryId: $deliveryId) { id } }`,
    ),
    variables: async (w) => ({ deliveryId: await newDelivery(w) }),
    allowedToken: (w) => w.a.defaultKey.secret,
    otherProjectKey: 'NOT_FOUND',
    scopelessKey: 'FORBIDDEN',
    strangerSession: 'NOT_FOUND',
  }),
  operationCase({
    field: 'createPersonalToken',
    document: graphql(
      `mutation SecurityCreatePersonalToken($input: CreatePersonalTokenInput!) { createPersonalToken(input: $input) { token { id } secret } }`,
    ),
    variables: async () => ({
      input: {
        name: `t-${randomUUID().slice(0, 8)}`,
        scopes: ['projects:read'],
        projectIds: [],
        expiresAt: new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString(),
      },
    }),
    allowedToken: async () => (await seedUser(server)).token,
    // User sessions only: a key (or a personal token) never creates a token.
    otherProjectKey: 'FORBIDDEN',
    scopelessKey: 'FORBIDDEN',
    strangerSession: 'ALLOWED',
  }),
  operationCase({
    field: 'revokePersonalToken',
    document: graphql(`mutation SecurityRevokePersonalToken($id: ID!) { revokePersonalToken(id: $id) { id } }`),
    variables: async (w) => ({ id: (await seedPersonalToken(server, w.a.owner, { scopes: ['projects:read'] })).id }),
    allowedToken: (w) => w.a.owner.token,
    otherProjectKey: 'FORBIDDEN',
    scopelessKey: 'FORBIDDEN',
    // Another user's token does not exist for them.
    strangerSession: 'NOT_FOUND',
  }),
  operationCase({
    field: 'revokeSession',
    document: graphql(`mutation SecurityRevokeSession($id: ID!) { revokeSession(id: $id) }`),
    variables: async (w) => {
      const session = dataOf(
        await server.gql(
          graphql(`mutation SecuritySecondSession($input: LogInInput!) { logIn(input: $input) { token } }`),
          { input: { email: w.a.owner.email, password: PASSWORD } },
        ),
      ).logIn.token;
      const sessions = dataOf(
        await server.gql(
          graphql(`query SecuritySessions { viewer { sessions { id current } } }`),
          {},
          { token: session },
        ),
      ).viewer.sessions;
      return { id: sessions.find((candidate) => candidate.current)?.id ?? '' };
    },
    allowedToken: (w) => w.a.owner.token,
    otherProjectKey: 'FORBIDDEN',
    scopelessKey: 'FORBIDDEN',
    strangerSession: 'NOT_FOUND',
  }),
  operationCase({
    field: 'reportLeakedKey',
    document: REPORT_LEAK,
    // A well-formed key nobody holds: the answer is the same as for a live one, and nothing changes.
    variables: async () => ({ input: { key: generateKey('live'), url: 'https://example.test/paste' } }),
    anonymous: true,
    allowedToken: (w) => w.a.owner.token,
    otherProjectKey: 'ALLOWED',
    scopelessKey: 'ALLOWED',
    strangerSession: 'ALLOWED',
  }),
  operationCase({
    field: 'deleteProject',
    document: graphql(
      `mutation SecurityDeleteProject($input: DeleteProjectInput!) { deleteProject(input: $input) { id purgeAt } }`,
    ),
    // A fresh project of A's owner for each call: the positive control deletes it.
    variables: async (w) => {
      const project = await seedProject(server, {
        owner: w.a.owner,
        plan: 'FREE',
        name: `Doomed ${randomUUID().slice(0, 6)}`,
      });
      const name = dataOf(await server.gql(PROJECT_NAME, { id: project.id }, { token: w.a.owner.token })).project?.name;
      return { input: { id: project.id, confirmName: name ?? '' } };
    },
    allowedToken: (w) => w.a.owner.token,
    // A user-session operation: keys are FORBIDDEN whatever their project; strangers see nothing.
    otherProjectKey: 'FORBIDDEN',
    scopelessKey: 'FORBIDDEN',
    strangerSession: 'NOT_FOUND',
  }),
  operationCase({
    field: 'changePassword',
    consumesSession: true,
    document: graphql(
      `mutation SecurityChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) }`,
    ),
    variables: async () => ({
      input: { currentPassword: PASSWORD, newPassword: `violet ${randomUUID().slice(0, 8)} harbour lanterns` },
    }),
    allowedToken: async () => (await seedUser(server)).token,
    otherProjectKey: 'FORBIDDEN',
    scopelessKey: 'FORBIDDEN',
    strangerSession: 'ALLOWED',
  }),
  operationCase({
    field: 'deleteAccount',
    consumesSession: true,
    document: graphql(`mutation SecurityDeleteAccount($input: DeleteAccountInput!) { deleteAccount(input: $input) }`),
    variables: async () => ({ input: { password: PASSWORD } }),
    allowedToken: async () => (await seedUser(server)).token,
    otherProjectKey: 'FORBIDDEN',
    scopelessKey: 'FORBIDDEN',
    strangerSession: 'ALLOWED',
  }),
  operationCase({
    field: 'deletedProjects',
    document: graphql(`query SecurityDeletedProjects { deletedProjects { id purgeAt } }`),
    variables: async () => ({}),
    allowedToken: (w) => w.a.owner.token,
    otherProjectKey: 'FORBIDDEN',
    scopelessKey: 'FORBIDDEN',
    strangerSession: 'ALLOWED',
  }),
];

const PROJECT_NAME = graphql(`query SecurityProjectName($id: ID!) { project(id: $id) { name } }`);

let server: TestServer;
let world: World;

beforeAll(async () => {
  server = await startTestServer();
  const a = await seedProject(server, { plan: 'ENTERPRISE', name: 'Suite A' });
  const b = await seedProject(server, { plan: 'ENTERPRISE', name: 'Suite B' });
  const scopeless = await seedKey(server, a, { scopes: [] });
  const deactivated = await seedKey(server, a, { scopes: ['admin'] });
  const expired = await seedKey(server, a, { scopes: ['admin'], expiresAt: new Date(Date.now() + 1000).toISOString() });
  const deleted = await seedKey(server, a, { scopes: ['admin'] });
  dataOf(await server.gql(DEACTIVATE_KEY, { id: deactivated.id }, { token: a.owner.token }));
  dataOf(await server.gql(DELETE_KEY, { id: deleted.id }, { token: a.owner.token }));
  const leaked = await seedKey(server, a, { scopes: ['admin'] });
  dataOf(await server.gql(REPORT_LEAK, { input: { key: leaked.secret } }));
  const revokedToken = await seedPersonalToken(server, a.owner, { scopes: ['admin'] });
  dataOf(
    await server.gql(
      graphql(`mutation SecurityRevokeSeededToken($id: ID!) { revokePersonalToken(id: $id) { id } }`),
      { id: revokedToken.id },
      { token: a.owner.token },
    ),
  );
  world = {
    a,
    b,
    scopeless,
    deactivated,
    expired,
    deleted,
    leaked,
    stranger: await seedUser(server, 'stranger'),
    revokedToken: revokedToken.secret,
  };
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, 1100)));
});
afterAll(async () => {
  await server.close();
});

function expectUnauthenticated(result: GraphQLResult<unknown>, reason: string) {
  expect(result.status, show(result)).toBe(401);
  expect(result.body.errors?.[0]?.extensions, show(result)).toMatchObject({ code: 'UNAUTHENTICATED', reason });
  const data = Object.values(result.body.data ?? {});
  expect(
    data.every((value) => value === null),
    show(result),
  ).toBe(true);
  // A presented but bad credential is refused before execution: no data at all.
  if (reason !== 'MISSING') expect(result.body.data, show(result)).toBeUndefined();
}

function expectDenial(result: GraphQLResult<unknown>, denial: Denial) {
  if (denial === 'ALLOWED') {
    expect(result.body.errors, show(result)).toBeUndefined();
    return;
  }
  expect(result.body.errors?.[0]?.extensions?.code, show(result)).toBe(denial);
  expect(result.status, show(result)).toBe(denial === 'FORBIDDEN' ? 403 : 200);
}

/** Sends the case's operation with fresh variables as `token` (no credential when undefined). */
async function callAs(testCase: OperationCase, token?: string) {
  const call = await testCase.prepare(world);
  return call(token);
}

const badChecksum = () => {
  const secret = world.scopeless.secret;
  return `${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`;
};

describe('shared security suite', () => {
  it('covers every query, mutation and subscription of the schema', async () => {
    const schema = await buildBareSchema();
    const fields = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}),
    ];
    expect(fields.filter((field) => !CASES.some((testCase) => testCase.field === field)).sort()).toEqual([]);
    const subscriptions = Object.keys(schema.getSubscriptionType()?.getFields() ?? {});
    expect(subscriptions.filter((field) => !SUBSCRIPTION_CASES.some((testCase) => testCase.field === field))).toEqual(
      [],
    );
  });

  for (const testCase of CASES) {
    describe(testCase.field, () => {
      it('works for an entitled caller (positive control)', async () => {
        // The variables first: they may make the entitled caller (an invitee).
        const call = await testCase.prepare(world);
        const result = await call(await testCase.allowedToken(world));
        dataOf(result);
      });

      it(testCase.anonymous ? 'works without a credential' : 'refuses no credential: 401 UNAUTHENTICATED', async () => {
        const result = await callAs(testCase);
        if (testCase.anonymous) dataOf(result);
        else expectUnauthenticated(result, 'MISSING');
      });

      it('refuses malformed keys and bad checksums before anything runs: 401', async () => {
        for (const token of ['lk_live_short', badChecksum(), `lk_live_${'a'.repeat(10_000)}`, 'lk_pat_short']) {
          expectUnauthenticated(await callAs(testCase, token), 'MALFORMED');
        }
      });

      it('refuses deactivated, expired, deleted and leaked keys: 401 with the reason', async () => {
        expectUnauthenticated(await callAs(testCase, world.leaked.secret), 'LEAKED');
        expectUnauthenticated(await callAs(testCase, world.deactivated.secret), 'DEACTIVATED');
        expectUnauthenticated(await callAs(testCase, world.expired.secret), 'EXPIRED');
        expectUnauthenticated(await callAs(testCase, world.deleted.secret), 'DELETED');
      });

      it('refuses a revoked personal access token: 401 TOKEN_REVOKED', async () => {
        expectUnauthenticated(await callAs(testCase, world.revokedToken), 'TOKEN_REVOKED');
      });

      it(`answers a key of another project with ${testCase.otherProjectKey}`, async () => {
        expectDenial(await callAs(testCase, world.b.defaultKey.secret), testCase.otherProjectKey);
      });

      it(`answers a user who is not a member with ${testCase.strangerSession}`, async () => {
        const token = testCase.consumesSession ? (await seedUser(server, 'stranger')).token : world.stranger.token;
        expectDenial(await callAs(testCase, token), testCase.strangerSession);
      });

      it(`answers a key without the scope with ${testCase.scopelessKey}`, async () => {
        expectDenial(await callAs(testCase, world.scopeless.secret), testCase.scopelessKey);
      });
    });
  }

  it('changes nothing when it refuses: no key, audit event or rename from denied calls', async () => {
    const em = server.orm.em.fork();
    const before = {
      events: await em.count(AuditEvent, { project: world.a.id }),
      keys: await em.count(ApiKey, { project: world.a.id }),
    };
    for (const testCase of CASES.filter(
      (candidate) => !candidate.anonymous && !candidate.consumesSession && candidate.scopelessKey !== 'ALLOWED',
    )) {
      const call = await testCase.prepare(world);
      const after = {
        events: await em.count(AuditEvent, { project: world.a.id }),
        keys: await em.count(ApiKey, { project: world.a.id }),
      };
      for (const token of [
        undefined,
        world.deactivated.secret,
        world.b.defaultKey.secret,
        world.scopeless.secret,
        world.stranger.token,
      ]) {
        await call(token);
      }
      const now = {
        events: await em.count(AuditEvent, { project: world.a.id }),
        keys: await em.count(ApiKey, { project: world.a.id }),
      };
      expect(now, testCase.field).toEqual(after);
    }
    expect(before.events).toBeGreaterThan(0);
  });

  it('refuses escalation: keys and members cannot grant what they do not hold', async () => {
    const keyWriter = await seedKey(server, world.a, { scopes: ['keys:write'] });
    const memberWriter = await seedKey(server, world.a, { scopes: ['members:write'] });
    const target = await seedKey(server, world.a, { scopes: ['keys:read'] });
    const user = await seedUser(server);
    const attempts: (() => Promise<GraphQLResult<unknown>>)[] = [
      () =>
        server.gql(
          CREATE_KEY,
          { input: { projectId: world.a.id, name: 'esc', scopes: ['admin'] } },
          { token: keyWriter.secret },
        ),
      () =>
        server.gql(
          CREATE_KEY,
          { input: { projectId: world.a.id, name: 'esc2', scopes: ['members:read'] } },
          { token: keyWriter.secret },
        ),
      () => server.gql(UPDATE_KEY, { input: { id: target.id, scopes: ['audit:read'] } }, { token: keyWriter.secret }),
      () =>
        server.gql(
          ADD_MEMBER,
          { input: { projectId: world.a.id, email: user.email, role: 'OWNER' } },
          { token: memberWriter.secret },
        ),
      () =>
        server.gql(
          ADD_MEMBER,
          { input: { projectId: world.a.id, email: user.email, role: 'DEVELOPER' } },
          { token: memberWriter.secret },
        ),
    ];
    for (const attempt of attempts) {
      const result = await attempt();
      expect(result.body.errors?.[0]?.extensions?.code, show(result)).toBe('FORBIDDEN');
    }
  });

  it('guards fields: a key with projects:read sees the project but not its keys, members or audit log', async () => {
    const reader = await seedKey(server, world.a, { scopes: ['projects:read'] });
    const projectFields: TypedDocumentString<unknown, { id: string }>[] = [
      graphql(`query SecurityProjectKeys($id: ID!) { project(id: $id) { name apiKeys { totalCount } } }`),
      graphql(`query SecurityProjectMembers($id: ID!) { project(id: $id) { name members { role } } }`),
      graphql(`query SecurityProjectAudit($id: ID!) { project(id: $id) { name auditEvents { totalCount } } }`),
      graphql(`query SecurityProjectUsage($id: ID!) { project(id: $id) { name usage { totals { requests } } } }`),
    ];
    for (const document of projectFields) {
      const result = await server.gql(document, { id: world.a.id }, { token: reader.secret });
      expect(result.status, show(result)).toBe(200);
      expect(result.body.errors?.[0]?.extensions?.code, show(result)).toBe('FORBIDDEN');
      expect((result.body.data as { project: { name: string } }).project.name).toBe('Suite A');
    }
    const creator = await server.gql(
      graphql(`query SecurityApiKeyCreator($id: ID!) { apiKey(id: $id) { name createdBy { label } } }`),
      { id: world.scopeless.id },
      { token: (await seedKey(server, world.a, { scopes: ['keys:read'] })).secret },
    );
    expect(creator.body.errors?.[0]?.extensions?.code, show(creator)).toBe('FORBIDDEN');
    // Another key's usage and activity need usage:read; the key itself is still returned.
    const keysReader = (await seedKey(server, world.a, { scopes: ['keys:read'] })).secret;
    const keyFields: TypedDocumentString<unknown, { id: string }>[] = [
      graphql(`query SecurityApiKeyUsage($id: ID!) { apiKey(id: $id) { name usage { totals { requests } } } }`),
      graphql(`query SecurityApiKeyActivity($id: ID!) { apiKey(id: $id) { name recentActivity { totalCount } } }`),
    ];
    for (const document of keyFields) {
      const result = await server.gql(document, { id: world.scopeless.id }, { token: keysReader });
      expect(result.status, show(result)).toBe(200);
      expect(result.body.errors?.[0]?.extensions?.code, show(result)).toBe('FORBIDDEN');
      expect((result.body.data as { apiKey: { name: string } | null }).apiKey?.name, show(result)).toBeTruthy();
    }
  });

  it('guards every key of a page: without members:read each key comes without its creator, FORBIDDEN', async () => {
    const project = await seedProject(server);
    const keysReader = await seedKey(server, project, { scopes: ['projects:read', 'keys:read'] });
    const token = await seedPersonalToken(server, project.owner, { scopes: ['projects:read', 'keys:read'] });
    const creators = graphql(
      `query SecurityProjectKeyCreators($id: ID!) { project(id: $id) { apiKeys { edges { node { name createdBy { label } } } } } }`,
    );
    for (const secret of [keysReader.secret, token.secret]) {
      const result = await server.gql(creators, { id: project.id }, { token: secret });
      const edges = result.body.data?.project?.apiKeys?.edges ?? [];
      expect(edges.length, show(result)).toBe(2);
      for (const { node } of edges)
        expect(node, show(result)).toMatchObject({ name: expect.any(String), createdBy: null });
      expect(
        result.body.errors?.map((error) => [
          error.extensions?.code,
          error.extensions?.requiredScope,
          error.path?.join('.'),
        ]),
        show(result),
      ).toEqual(
        edges.map((_, index) => ['FORBIDDEN', 'members:read', `project.apiKeys.edges.${index}.node.createdBy`]),
      );
    }
    // The owner's session holds members:read: every key comes with its creator.
    const owned = await server.gql(creators, { id: project.id }, { token: project.owner.token });
    expect(owned.body.errors, show(owned)).toBeUndefined();
    expect(
      owned.body.data?.project?.apiKeys?.edges.map(({ node }) => node.createdBy?.label),
      show(owned),
    ).toEqual([project.owner.email, project.owner.email]);
  });
});

/** An operation on an existing key: `send` calls it on the key `id` as `token`. */
interface KeyOperation {
  field: string;
  send: (id: string, token: string) => Promise<GraphQLResult<unknown>>;
}

function keyOperation<TResult, TVariables>(
  field: string,
  document: TypedDocumentString<TResult, TVariables>,
  variables: (id: string) => NoInfer<TVariables>,
): KeyOperation {
  return { field, send: (id, token) => server.gql(document, variables(id), { token }) };
}

/** The operations on an existing key: each needs every scope the target key holds (DESIGN.md section 6). */
const KEY_OPERATIONS: KeyOperation[] = [
  keyOperation('rotateApiKey', ROTATE_KEY_SECRET, (id) => ({ input: { id, gracePeriodSeconds: 3600 } })),
  keyOperation('updateApiKey', UPDATE_KEY, (id) => ({
    input: { id, description: 'taken over', rateLimit: { perMinute: 5 } },
  })),
  ...KEY_STATE_OPERATIONS.map(({ field, document }) => keyOperation(field, document, (id) => ({ id }))),
];

describe('escalation: nobody acts on a key more powerful than themselves', () => {
  let developer: SeededUser;
  let viewer: SeededUser;
  let admin: SeededUser;
  let narrowKey: SeededKey;

  beforeAll(async () => {
    developer = await seedMember(server, world.a, 'DEVELOPER');
    viewer = await seedMember(server, world.a, 'VIEWER');
    admin = await seedMember(server, world.a, 'ADMIN');
    narrowKey = await seedKey(server, world.a, { scopes: ['keys:write'] });
  });

  /** A key of project A holding `scopes`, deactivated first when the operation reactivates. */
  async function target(field: string, scopes: string[]): Promise<SeededKey> {
    const key = await seedKey(server, world.a, { scopes });
    if (field === 'reactivateApiKey') {
      dataOf(await server.gql(DEACTIVATE_KEY, { id: key.id }, { token: world.a.owner.token }));
    }
    return key;
  }

  /** The target's row and audit trail, to prove a refusal changed nothing. */
  async function stateOf(id: string) {
    const em = server.orm.em.fork();
    const row = await em.findOneOrFail(ApiKey, { id });
    return {
      row: [row.status, row.description, row.rateLimitPerMinute, row.rotatedAt, row.deletedAt, row.isDefault],
      events: await em.count(AuditEvent, { targetId: id }),
    };
  }

  for (const operation of KEY_OPERATIONS) {
    it(`${operation.field}: a keys:write key, a DEVELOPER and a VIEWER are FORBIDDEN on an admin key, and nothing changes`, async () => {
      const powerful = await target(operation.field, ['admin']);
      const before = await stateOf(powerful.id);
      for (const token of [narrowKey.secret, developer.token, viewer.token]) {
        const result = await operation.send(powerful.id, token);
        expect(result.body.errors?.[0]?.extensions?.code, show(result)).toBe('FORBIDDEN');
        expect(result.status, show(result)).toBe(403);
      }
      expect(await stateOf(powerful.id)).toEqual(before);
    });

    it(`${operation.field}: an ADMIN and an OWNER may act on it; a keys:write key on a key no more powerful than itself`, async () => {
      for (const token of [admin.token, world.a.owner.token]) {
        const powerful = await target(operation.field, ['admin']);
        dataOf(await operation.send(powerful.id, token));
      }
      const peer = await target(operation.field, ['keys:read']);
      dataOf(await operation.send(peer.id, narrowKey.secret));
    });
  }

  it('the default key: a keys:write key and a DEVELOPER cannot rotate it to obtain its full-scope secret', async () => {
    const project = await seedProject(server, { plan: 'ENTERPRISE' });
    const developerOfProject = await seedMember(server, project, 'DEVELOPER');
    const keyWriter = await seedKey(server, project, { scopes: ['keys:write'] });
    for (const token of [keyWriter.secret, developerOfProject.token]) {
      const result = await server.gql(
        ROTATE_KEY_SECRET,
        { input: { id: project.defaultKey.id, gracePeriodSeconds: 60 } },
        { token },
      );
      expect(result.body.errors?.[0]?.extensions?.code, show(result)).toBe('FORBIDDEN');
      expect(result.body.data?.rotateApiKey ?? null, show(result)).toBeNull();
    }
    // The default key still works: it was neither rotated nor replaced.
    const viewerOfDefault = await server.gql(
      graphql(`query SecurityViewerKey { viewer { apiKey { id isDefault } } }`),
      {},
      { token: project.defaultKey.secret },
    );
    expect(dataOf(viewerOfDefault)).toEqual({ viewer: { apiKey: { id: project.defaultKey.id, isDefault: true } } });
  });
});

/** A subscription of the schema: its document and variables in project A. */
interface SubscriptionCase {
  field: string;
  query: string;
  variables: (world: World) => Record<string, unknown>;
}

const SUBSCRIPTION_CASES: SubscriptionCase[] = [
  {
    field: 'auditEvents',
    query: 'subscription SuiteAudit($projectId: ID!) { auditEvents(projectId: $projectId) { id action } }',
    variables: (w) => ({ projectId: w.a.id }),
  },
  {
    field: 'usageEvents',
    query: 'subscription SuiteUsage($projectId: ID!) { usageEvents(projectId: $projectId) { id operation } }',
    variables: (w) => ({ projectId: w.a.id }),
  },
  {
    field: 'apiKeyChanged',
    query: 'subscription SuiteKeyChanged($projectId: ID!) { apiKeyChanged(projectId: $projectId) { id name } }',
    variables: (w) => ({ projectId: w.a.id }),
  },
];

describe('shared security suite: subscriptions over WebSocket', () => {
  const clients: LiveClient[] = [];
  const connect = (token: string | null) => {
    const client = connectLive(server, token);
    clients.push(client);
    return client;
  };
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose().catch(() => undefined)));
  });

  /** Subscribes as `token` and waits a moment: what came back, and whether the connection closed. */
  async function subscribeAs(testCase: SubscriptionCase, token: string) {
    const client = connect(token);
    await client.connected;
    const sub = client.subscribe(testCase.query, testCase.variables(world));
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { client, sub };
  }

  it('refuses bad credentials at connection_init: 4401 with the reason', async () => {
    expect(await closedWithin(connect(null), 2000)).toEqual({ code: 4401, reason: 'MISSING' });
    for (const token of ['lk_live_short', badChecksum(), `lk_live_${'a'.repeat(10_000)}`]) {
      expect(await closedWithin(connect(token), 2000)).toEqual({ code: 4401, reason: 'MALFORMED' });
    }
    expect(await closedWithin(connect(world.deactivated.secret), 2000)).toEqual({ code: 4401, reason: 'DEACTIVATED' });
    expect(await closedWithin(connect(world.expired.secret), 2000)).toEqual({ code: 4401, reason: 'EXPIRED' });
    expect(await closedWithin(connect(world.deleted.secret), 2000)).toEqual({ code: 4401, reason: 'DELETED' });
  });

  for (const testCase of SUBSCRIPTION_CASES) {
    describe(testCase.field, () => {
      it('works for an entitled caller (positive control)', async () => {
        const { client, sub } = await subscribeAs(testCase, world.a.defaultKey.secret);
        expect(client.isClosed()).toBe(false);
        // Events may already flow (usageEvents shows this very connection); never an error.
        expect([...sub.results.filter((result) => result.errors), ...sub.errors]).toEqual([]);
      });

      it('answers a key of another project and a user who is not a member with NOT_FOUND', async () => {
        for (const token of [world.b.defaultKey.secret, world.stranger.token]) {
          const { client, sub } = await subscribeAs(testCase, token);
          expect(JSON.stringify([...sub.results, ...sub.errors])).toContain('NOT_FOUND');
          expect(client.isClosed()).toBe(false);
        }
      });

      it('closes the connection of a key without the scope with 4403', async () => {
        const { client } = await subscribeAs(testCase, world.scopeless.secret);
        expect(await closedWithin(client, 2000)).toEqual({ code: 4403, reason: 'FORBIDDEN' });
      });
    });
  }
});
