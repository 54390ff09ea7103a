import { randomUUID } from 'node:crypto';
import { graphql } from './gql/index.js';
import { dataOf, type TestServer } from './harness.js';

/**
 * Seed builders: each call makes fresh rows (unique emails and names), so tests never share data
 * and can run concurrently without truncating anything.
 */
export interface SeededUser {
  id: string;
  email: string;
  token: string;
}

export interface SeededProject {
  id: string;
  owner: SeededUser;
  defaultKey: { id: string; secret: string };
}

export interface SeededKey {
  id: string;
  secret: string;
}

export const PASSWORD = 'correct horse battery staple';

export async function seedUser(server: TestServer, label = 'user'): Promise<SeededUser> {
  const email = `${label}-${randomUUID()}@example.test`;
  const result = await server.gql(
    graphql(`mutation SeedUser($input: SignUpInput!) { signUp(input: $input) { token user { id } } }`),
    { input: { email, password: PASSWORD, name: label } },
  );
  const { signUp } = dataOf(result);
  return { id: signUp.user.id, email, token: signUp.token };
}

/**
 * A project of a fresh owner (or `options.owner`), on `options.plan` (default TEAM): created on the
 * instance's default plan, then set by the instance administrator, as plans are set in real life.
 */
export async function seedProject(
  server: TestServer,
  options: { owner?: SeededUser; plan?: 'FREE' | 'PRO' | 'TEAM' | 'ENTERPRISE'; name?: string } = {},
): Promise<SeededProject> {
  const owner = options.owner ?? (await seedUser(server, 'owner'));
  const result = await server.gql(
    graphql(
      `mutation SeedProject($input: CreateProjectInput!) { createProject(input: $input) { project { id } defaultKey { id } secret } }`,
    ),
    { input: { name: options.name ?? 'Test project' } },
    { token: owner.token },
  );
  const { createProject } = dataOf(result);
  const plan = options.plan ?? 'TEAM';
  if (plan !== server.config.defaultPlan) {
    dataOf(
      await server.gql(
        graphql(`mutation SeedProjectPlan($input: SetProjectPlanInput!) { setProjectPlan(input: $input) { plan } }`),
        { input: { projectId: createProject.project.id, plan } },
        { token: await server.adminToken() },
      ),
    );
  }
  return {
    id: createProject.project.id,
    owner,
    defaultKey: { id: createProject.defaultKey.id, secret: createProject.secret },
  };
}

export async function seedKey(
  server: TestServer,
  project: SeededProject,
  options: { scopes?: string[]; name?: string; environment?: 'LIVE' | 'TEST'; expiresAt?: string } = {},
): Promise<SeededKey> {
  const result = await server.gql(
    graphql(`mutation SeedKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } secret } }`),
    {
      input: {
        projectId: project.id,
        name: options.name ?? `key-${randomUUID().slice(0, 8)}`,
        scopes: options.scopes ?? [],
        environment: options.environment,
        expiresAt: options.expiresAt,
      },
    },
    { token: project.owner.token },
  );
  const { createApiKey } = dataOf(result);
  return { id: createApiKey.apiKey.id, secret: createApiKey.secret };
}

/** Adds a signed-up user to the project with `role`: the owner invites them and they accept. */
export async function seedMember(
  server: TestServer,
  project: SeededProject,
  role: 'OWNER' | 'ADMIN' | 'DEVELOPER' | 'VIEWER',
): Promise<SeededUser> {
  const user = await seedUser(server, role.toLowerCase());
  dataOf(
    await server.gql(
      graphql(`mutation SeedMember($input: AddMemberInput!) { addMember(input: $input) { id } }`),
      { input: { projectId: project.id, email: user.email, role } },
      { token: project.owner.token },
    ),
  );
  dataOf(
    await server.gql(
      graphql(`mutation SeedMemberAccepts($projectId: ID!) { acceptInvitation(projectId: $projectId) { id } }`),
      { projectId: project.id },
      { token: user.token },
    ),
  );
  return user;
}
