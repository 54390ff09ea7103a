import type { EntityManager } from '../../shared/orm.js';
import { recordAudit } from '../audit/audit.service.js';
import { Membership, Project } from '../projects/projects.entity.js';
import type { AccountCleanup } from '../users/account-cleanup.js';

/** The projects whose only active owner is this user: an account holding one cannot be deleted. */
export async function projectsOwnedAlone(em: EntityManager, userId: string): Promise<{ id: string; name: string }[]> {
  const owned = await em.find(Membership, { user: userId, role: 'OWNER', status: 'ACTIVE' });
  const alone: { id: string; name: string }[] = [];
  for (const membership of owned) {
    const owners = await em.count(Membership, { project: membership.project, role: 'OWNER', status: 'ACTIVE' });
    if (owners > 1) continue;
    // A deleted project waits for its purge: it has no future owner to protect.
    const project = await em.findOne(Project, { id: membership.project, deletedAt: null }, { fields: ['id', 'name'] });
    if (project) alone.push({ id: project.id, name: project.name });
  }
  return alone;
}

/**
 * Deleting an account removes its memberships and invitations; each project's audit log records
 * the member's departure.
 */
export const membershipsCleanup: AccountCleanup = {
  name: 'memberships',
  async remove(ctx, user) {
    const memberships = await ctx.em.find(Membership, {
      $or: [{ user: user.id }, { invitedEmail: user.email }],
    });
    for (const membership of memberships) {
      recordAudit(ctx, {
        projectId: membership.project,
        action: 'member.removed',
        targetType: 'member',
        targetId: user.id,
        targetLabel: user.email,
        summary: { before: { role: membership.role, status: membership.status }, reason: 'account deleted' },
      });
    }
    await ctx.em.flush();
    return ctx.em.nativeDelete(Membership, { id: { $in: memberships.map((membership) => membership.id) } });
  },
};
