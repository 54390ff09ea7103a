import { type Context, withEntityManager } from '../../shared/context.js';
import { badUserInput, forbidden, notFound } from '../../shared/errors.js';
import { cleanText } from '../../shared/validation.js';
import type { ApiKey } from '../api-keys/api-keys.entity.js';
import { defaultKeyName, issueKey, publicKeyFields } from '../api-keys/api-keys.service.js';
import { recordAudit } from '../audit/audit.service.js';
import { SCOPE_NAMES } from '../scopes/scopes.catalog.js';
import { PLANS, type Plan } from './plans.js';
import { Membership, Project } from './projects.entity.js';

export interface CreateProjectInput {
  name: string;
  plan?: Plan | null;
}

export interface UpdateProjectInput {
  id: string;
  name?: string | null;
  plan?: Plan | null;
}

export interface CreatedProject {
  project: Project;
  defaultKey: ApiKey;
  /** The default key's secret: returned once. */
  secret: string;
}

function cleanPlan(plan: Plan | null | undefined): Plan {
  if (plan == null) return 'FREE';
  if (!PLANS.includes(plan)) throw badUserInput('plan', `plan must be one of ${PLANS.join(', ')}.`);
  return plan;
}

/** Creates a project; the caller becomes its OWNER, and its default key is issued with every scope. */
export async function createProject(ctx: Context, input: CreateProjectInput): Promise<CreatedProject> {
  // 1. authorize: projects are organization-wide, so only a user session creates them
  if (ctx.caller.kind !== 'user') throw forbidden('Creating a project needs a user session, not an API key.');
  const user = ctx.caller.user;
  // 2. validate
  const name = cleanText('name', input.name, { min: 1, max: 64, printable: true });
  const plan = cleanPlan(input.plan);
  // 3. write project, membership and default key in one transaction, 4. with their audit events
  return ctx.em.transactional(async (em) => {
    const project = em.create(Project, { name, plan, createdBy: user.id });
    em.create(Membership, { project: project.id, user: user.id, role: 'OWNER' });
    const { apiKey, secret } = issueKey(em, ctx, {
      projectId: project.id,
      name: defaultKeyName(project.id),
      description: 'Default key, created with the project.',
      environment: 'LIVE',
      scopes: [...SCOPE_NAMES],
      expiresAt: null,
      isDefault: true,
      secretForHash: ctx.config.secret,
    });
    const auditCtx = withEntityManager(ctx, em);
    recordAudit(auditCtx, {
      projectId: project.id,
      action: 'project.created',
      targetType: 'project',
      targetId: project.id,
      targetLabel: name,
      summary: { after: { name, plan } },
    });
    recordAudit(auditCtx, {
      projectId: project.id,
      action: 'key.created',
      targetType: 'api_key',
      targetId: apiKey.id,
      targetLabel: apiKey.name,
      summary: { after: publicKeyFields(apiKey) },
    });
    await em.flush();
    return { project, defaultKey: apiKey, secret };
  });
}

export async function findVisibleProject(ctx: Context, id: string): Promise<Project> {
  if (!(await ctx.access.scopesIn(id))) throw notFound('Project');
  const project = await ctx.loaders.project.load(id);
  if (!project) throw notFound('Project');
  return project;
}

/** Projects the calling user belongs to, oldest first. */
export async function listProjects(ctx: Context): Promise<Project[]> {
  if (ctx.caller.kind !== 'user') throw forbidden('Listing projects needs a user session, not an API key.');
  const memberships = await ctx.em.find(Membership, { user: ctx.caller.user.id, status: 'ACTIVE' });
  for (const membership of memberships)
    ctx.loaders.role.prime(`${membership.project}:${membership.user}`, membership.role);
  const projects = await ctx.loaders.project.loadMany(memberships.map((membership) => membership.project));
  return projects
    .filter((project): project is Project => project !== null && !(project instanceof Error))
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

export async function updateProject(ctx: Context, input: UpdateProjectInput): Promise<Project> {
  await ctx.access.require(input.id, 'projects:write');
  const project = await findVisibleProject(ctx, input.id);
  const before = { name: project.name, plan: project.plan };
  if (input.name != null) project.name = cleanText('name', input.name, { min: 1, max: 64, printable: true });
  if (input.plan != null) project.plan = cleanPlan(input.plan);
  const after = { name: project.name, plan: project.plan };
  if (before.name === after.name && before.plan === after.plan) return project;
  recordAudit(ctx, {
    projectId: project.id,
    action: 'project.updated',
    targetType: 'project',
    targetId: project.id,
    targetLabel: project.name,
    summary: { before, after },
  });
  // Cached keys carry their project (its plan sets their limits): every process reads them again.
  const keys = await ctx.em
    .getConnection()
    .execute<{ key_hash: string }[]>('select key_hash from api_keys where project_id = ? and deleted_at is null', [
      project.id,
    ]);
  await ctx.keyCache.changing(
    keys.map((key) => key.key_hash),
    () => ctx.em.flush(),
  );
  return project;
}
