import { type Context, withEntityManager } from '../../graphql/context.js';
import { badUserInput, forbidden, notFound } from '../../shared/errors.js';
import { isUuid } from '../../shared/ids.js';
import { PLANS, type Plan } from '../../shared/plans.js';
import { cleanText } from '../../shared/validation.js';
import type { ApiKey } from '../api-keys/api-keys.entity.js';
import { defaultKeyName, issueKey, publicKeyFields } from '../api-keys/api-keys.service.js';
import { recordAudit } from '../audit/audit.service.js';
import { SCOPE_NAMES } from '../scopes/scopes.catalog.js';
import { Membership, Project, type ProjectRecord } from './projects.entity.js';

export interface CreateProjectInput {
  name: string;
  plan?: Plan | null;
}

export interface UpdateProjectInput {
  id: string;
  name?: string | null;
  plan?: Plan | null;
}

export interface SetProjectPlanInput {
  projectId: string;
  plan: Plan;
}

export interface CreatedProject {
  project: Project;
  defaultKey: ApiKey;
  /** The default key's secret: returned once. */
  secret: string;
}

function cleanPlan(plan: Plan): Plan {
  if (!PLANS.includes(plan)) throw badUserInput('plan', `plan must be one of ${PLANS.join(', ')}.`);
  return plan;
}

/** Whether the caller is a user session of an instance administrator (`LATCHKEY_ADMIN_EMAILS`). */
export function isAdministrator(ctx: Pick<Context, 'caller' | 'config'>): boolean {
  return ctx.caller.kind === 'user' && ctx.config.adminEmails.has(ctx.caller.user.email.toLowerCase());
}

/** Plans are set by instance administrators only (DESIGN.md section 7). */
function assertMaySetPlan(ctx: Pick<Context, 'caller' | 'config'>): void {
  if (!isAdministrator(ctx)) {
    throw forbidden('Plans are set by the instance administrators (LATCHKEY_ADMIN_EMAILS).');
  }
}

/** The plan of a new project: the default (`LATCHKEY_DEFAULT_PLAN`) unless an administrator picks another. */
function planOfNewProject(ctx: Pick<Context, 'caller' | 'config'>, requested: Plan | null | undefined): Plan {
  const plan = cleanPlan(requested ?? ctx.config.defaultPlan);
  if (plan !== ctx.config.defaultPlan) assertMaySetPlan(ctx);
  return plan;
}

/** Cached keys carry their project (its plan sets their limits): every process reads them again. */
async function projectKeyHashes(ctx: Context, projectId: string): Promise<string[]> {
  const keys = await ctx.em
    .getConnection()
    .execute<{ key_hash: string }[]>('select key_hash from api_keys where project_id = ? and deleted_at is null', [
      projectId,
    ]);
  return keys.map((key) => key.key_hash);
}

/** Creates a project; the caller becomes its OWNER, and its default key is issued with every scope. */
export async function createProject(ctx: Context, input: CreateProjectInput): Promise<CreatedProject> {
  // 1. authorize: projects are organization-wide, so only a user session creates them
  if (ctx.caller.kind !== 'user') throw forbidden('Creating a project needs a user session, not an API key.');
  const user = ctx.caller.user;
  // 2. validate
  const name = cleanText('name', input.name, { min: 1, max: 64, printable: true });
  const plan = planOfNewProject(ctx, input.plan);
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
  if (!project || project.deletedAt) throw notFound('Project');
  return project;
}

/** A project the caller may see, as a read record (the `project` query); NOT_FOUND otherwise. */
export async function findVisibleProjectRecord(ctx: Context, id: string): Promise<ProjectRecord> {
  if (!(await ctx.access.scopesIn(id))) throw notFound('Project');
  const project = await ctx.loaders.projectRecord.load(id);
  if (!project || project.deletedAt) throw notFound('Project');
  return project;
}

/** Projects the calling user belongs to (a personal token: those of them it may act in), oldest first. */
export async function listProjects(ctx: Context): Promise<Project[]> {
  const { caller } = ctx;
  if (caller.kind !== 'user' && caller.kind !== 'token') {
    throw forbidden('Listing projects needs a user session or a personal access token, not an API key.');
  }
  const restrictedTo = caller.kind === 'token' && caller.token.projectIds.length > 0 ? caller.token.projectIds : null;
  const memberships = await ctx.em.find(Membership, {
    user: caller.user.id,
    status: 'ACTIVE',
    ...(restrictedTo ? { project: { $in: [...restrictedTo] } } : {}),
  });
  for (const membership of memberships)
    ctx.loaders.role.prime(`${membership.project}:${membership.user}`, membership.role);
  const projects = await ctx.loaders.project.loadMany(memberships.map((membership) => membership.project));
  return projects
    .filter((project): project is Project => project !== null && !(project instanceof Error) && !project.deletedAt)
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

export async function updateProject(ctx: Context, input: UpdateProjectInput): Promise<Project> {
  // 1. authorize (a plan change also needs an administrator)
  await ctx.access.require(input.id, 'projects:write');
  const project = await findVisibleProject(ctx, input.id);
  // 2. validate
  const name = input.name == null ? project.name : cleanText('name', input.name, { min: 1, max: 64, printable: true });
  const plan = input.plan == null ? (project.plan as Plan) : cleanPlan(input.plan);
  if (plan !== project.plan) assertMaySetPlan(ctx);
  // 3. write and 4. audit
  return changeProject(ctx, project, { name, plan });
}

/** `setProjectPlan`: an instance administrator sets any project's plan, member or not. */
export async function setProjectPlan(ctx: Context, input: SetProjectPlanInput): Promise<Project> {
  // 1. authorize
  assertMaySetPlan(ctx);
  // 2. validate
  const plan = cleanPlan(input.plan);
  const project = isUuid(input.projectId) ? await ctx.loaders.project.load(input.projectId) : null;
  if (!project || project.deletedAt) throw notFound('Project');
  // 3. write and 4. audit
  return changeProject(ctx, project, { name: project.name, plan });
}

async function changeProject(ctx: Context, project: Project, next: { name: string; plan: Plan }): Promise<Project> {
  const before = { name: project.name, plan: project.plan };
  if (before.name === next.name && before.plan === next.plan) return project;
  project.name = next.name;
  project.plan = next.plan;
  recordAudit(ctx, {
    projectId: project.id,
    action: 'project.updated',
    targetType: 'project',
    targetId: project.id,
    targetLabel: project.name,
    summary: { before, after: { name: project.name, plan: project.plan } },
  });
  await ctx.revocation.changing(await projectKeyHashes(ctx, project.id), () => ctx.em.flush());
  return project;
}
