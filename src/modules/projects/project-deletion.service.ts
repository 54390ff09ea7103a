/**
 * `deleteProject` and what stays of a deleted project (DESIGN.md section 15, docs/leaked-keys.md
 * "Deleting a project"). Deleting is immediate for everyone: every key is refused on its next
 * request on every process (the revocation point), webhook endpoints are disabled, pending
 * invitations go, and the project leaves every list. Its owners keep reading its audit log and
 * usage (`deletedProjects`) for `RETENTION_DAYS`; then the purge worker removes it
 * (project-purge.worker.ts).
 */
import { LockMode } from '@mikro-orm/core';
import { type Context, withEntityManager } from '../../graphql/context.js';
import { badUserInput, forbidden, notFound } from '../../shared/errors.js';
import { isUuid } from '../../shared/ids.js';
import { recordAudit } from '../audit/audit.service.js';
import { Membership, Project } from './projects.entity.js';

/** Days a deleted project's audit log and usage stay readable to its owners. */
export const RETENTION_DAYS = 30;
export const RETENTION_MS = RETENTION_DAYS * 86_400_000;

export interface DeleteProjectInput {
  id: string;
  confirmName: string;
}

/** When a project deleted at `deletedAt` is purged. */
export function purgeAtOf(deletedAt: Date): Date {
  return new Date(deletedAt.getTime() + RETENTION_MS);
}

export async function deleteProject(ctx: Context, input: DeleteProjectInput): Promise<{ id: string; purgeAt: Date }> {
  // 1. authorize: a user session (the rule), and an OWNER of a live project; others see NOT_FOUND or FORBIDDEN
  if (ctx.caller.kind !== 'user') throw forbidden('Deleting a project needs a user session.');
  const role = await ctx.access.roleIn(input.id);
  if (!role) throw notFound('Project');
  if (role !== 'OWNER') throw forbidden('Only an owner of the project may delete it.');
  const project = await ctx.loaders.project.load(input.id);
  if (!project || project.deletedAt) throw notFound('Project');
  // 2. validate: the name typed again, exactly
  if (typeof input.confirmName !== 'string' || input.confirmName !== project.name) {
    throw badUserInput('confirmName', 'confirmName must be the project’s name, exactly as it is spelled.');
  }
  // 3. write between two generation bumps of every key: refused on every process at once
  const hashes = await ctx.em
    .getConnection()
    .execute<{ key_hash: string }[]>('select key_hash from api_keys where project_id = ? and deleted_at is null', [
      project.id,
    ]);
  const now = new Date();
  await ctx.revocation.changing(
    hashes.map((row) => row.key_hash),
    () =>
      ctx.em.transactional(async (em) => {
        const locked = await em.findOneOrFail(Project, { id: project.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (locked.deletedAt) throw notFound('Project');
        locked.deletedAt = now;
        const keys = await em.execute<{ id: string }[]>(
          'update api_keys set deleted_at = ?, updated_at = ? where project_id = ? and deleted_at is null returning id',
          [now, now, project.id],
        );
        await em.execute(
          `update webhook_endpoints set enabled = false, disabled_reason = 'project deleted', updated_at = ? where project_id = ? and enabled`,
          [now, project.id],
        );
        await em.nativeDelete(Membership, { project: project.id, status: 'INVITED' });
        // 4. audit, kept with the project for its owners until the purge
        recordAudit(withEntityManager(ctx, em), {
          projectId: project.id,
          action: 'project.deleted',
          targetType: 'project',
          targetId: project.id,
          targetLabel: project.name,
          summary: {
            before: { name: project.name, plan: project.plan },
            keysRefused: keys.length,
            purgeAt: purgeAtOf(now).toISOString(),
          },
        });
        await em.flush();
      }),
  );
  return { id: project.id, purgeAt: purgeAtOf(now) };
}

/** Deleted projects the signed-in user owned, still readable (not purged), newest deletion first. */
export async function listDeletedProjects(ctx: Context): Promise<Project[]> {
  if (ctx.caller.kind !== 'user') throw forbidden('Deleted projects are listed to user sessions only.');
  const owned = await ctx.em.find(Membership, { user: ctx.caller.user.id, status: 'ACTIVE', role: 'OWNER' });
  if (owned.length === 0) return [];
  return ctx.em.find(
    Project,
    {
      id: { $in: owned.map((membership) => membership.project) },
      deletedAt: { $ne: null, $gt: new Date(Date.now() - RETENTION_MS) },
    },
    { orderBy: { deletedAt: 'desc' } },
  );
}

/** A deleted project the caller owned (NOT_FOUND otherwise): what its audit log and usage need. */
export async function assertOwnedDeletedProject(ctx: Context, projectId: string): Promise<void> {
  if (ctx.caller.kind !== 'user' || !isUuid(projectId)) throw notFound('Project');
  const membership = await ctx.em.findOne(Membership, {
    project: projectId,
    user: ctx.caller.user.id,
    status: 'ACTIVE',
    role: 'OWNER',
  });
  const project = membership ? await ctx.em.findOne(Project, { id: projectId }) : null;
  if (!project?.deletedAt) throw notFound('Project');
}
