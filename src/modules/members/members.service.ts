import { LockMode } from '@mikro-orm/core';
import { type Context, withEntityManager } from '../../shared/context.js';
import { conflict, forbidden, notFound } from '../../shared/errors.js';
import { isUuid } from '../../shared/ids.js';
import { cleanEmail } from '../../shared/validation.js';
import { recordAudit } from '../audit/audit.service.js';
import { Membership, Project } from '../projects/projects.entity.js';
import { coversScopes } from '../scopes/scopes.catalog.js';
import { User } from '../users/users.entity.js';
import { ROLE_SCOPES, type Role } from './roles.js';

export interface AddMemberInput {
  projectId: string;
  email: string;
  role: Role;
}
export interface UpdateMemberRoleInput {
  projectId: string;
  userId: string;
  role: Role;
}
export interface RemoveMemberInput {
  projectId: string;
  userId: string;
}

/**
 * No escalation for roles: a caller grants only a role whose scopes they hold, and only an
 * OWNER makes, unmakes or removes an OWNER.
 */
async function assertMayAssign(ctx: Context, projectId: string, role: Role): Promise<void> {
  const held = await ctx.access.require(projectId, 'members:write');
  if (!coversScopes(held, ROLE_SCOPES[role]))
    throw forbidden(`You cannot grant the ${role} role: it holds scopes you do not.`);
  if (role === 'OWNER' && (await ctx.access.roleIn(projectId)) !== 'OWNER') {
    throw forbidden('Only an owner can make someone an owner.');
  }
}

async function findMembership(ctx: Context, projectId: string, userId: string): Promise<Membership> {
  if (!isUuid(userId)) throw notFound('Member');
  const membership = await ctx.em.findOne(Membership, { project: projectId, user: userId });
  if (!membership) throw notFound('Member');
  return membership;
}

/** Locks the project and counts its owners, so two parallel demotions cannot leave none. */
async function assertNotLastOwner(ctx: Context, projectId: string): Promise<void> {
  await ctx.em.findOneOrFail(Project, { id: projectId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  const owners = await ctx.em.count(Membership, { project: projectId, role: 'OWNER' });
  if (owners <= 1) throw conflict('A project must keep at least one owner.');
}

export async function addMember(ctx: Context, input: AddMemberInput): Promise<Membership> {
  await assertMayAssign(ctx, input.projectId, input.role);
  const email = cleanEmail('email', input.email);
  const user = await ctx.em.findOne(User, { email });
  if (!user) throw notFound('User with this email (they need to sign up first)');
  if (await ctx.em.count(Membership, { project: input.projectId, user: user.id })) {
    throw conflict(`${email} is already a member of this project.`);
  }
  const membership = ctx.em.create(Membership, { project: input.projectId, user: user.id, role: input.role });
  recordAudit(ctx, {
    projectId: input.projectId,
    action: 'member.added',
    targetType: 'member',
    targetId: user.id,
    targetLabel: email,
    summary: { after: { role: input.role } },
  });
  try {
    await ctx.em.flush();
  } catch {
    throw conflict(`${email} is already a member of this project.`);
  }
  return membership;
}

export async function updateMemberRole(ctx: Context, input: UpdateMemberRoleInput): Promise<Membership> {
  await assertMayAssign(ctx, input.projectId, input.role);
  return ctx.em.transactional(async (em) => {
    const tx = withEntityManager(ctx, em);
    const membership = await findMembership(tx, input.projectId, input.userId);
    if (membership.role === input.role) return membership;
    if (membership.role === 'OWNER') {
      if ((await ctx.access.roleIn(input.projectId)) !== 'OWNER')
        throw forbidden('Only an owner can change an owner’s role.');
      await assertNotLastOwner(tx, input.projectId);
    }
    const before = membership.role;
    membership.role = input.role;
    recordAudit(tx, {
      projectId: input.projectId,
      action: 'member.role_changed',
      targetType: 'member',
      targetId: input.userId,
      summary: { before: { role: before }, after: { role: input.role } },
    });
    await em.flush();
    return membership;
  });
}

export async function removeMember(ctx: Context, input: RemoveMemberInput): Promise<boolean> {
  await ctx.access.require(input.projectId, 'members:write');
  return ctx.em.transactional(async (em) => {
    const tx = withEntityManager(ctx, em);
    const membership = await findMembership(tx, input.projectId, input.userId);
    if (membership.role === 'OWNER') {
      if ((await ctx.access.roleIn(input.projectId)) !== 'OWNER') throw forbidden('Only an owner can remove an owner.');
      await assertNotLastOwner(tx, input.projectId);
    }
    em.remove(membership);
    recordAudit(tx, {
      projectId: input.projectId,
      action: 'member.removed',
      targetType: 'member',
      targetId: input.userId,
      summary: { before: { role: membership.role } },
    });
    await em.flush();
    return true;
  });
}
