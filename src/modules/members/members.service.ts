import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { type Context, withEntityManager } from '../../graphql/context.js';
import { badUserInput, conflict, forbidden, notFound } from '../../shared/errors.js';
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
/** One of `userId` (a member or an invitee with an account) or `email` (any member or invitation). */
export interface RemoveMemberInput {
  projectId: string;
  userId?: string | null;
  email?: string | null;
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

/** The membership (ACTIVE or INVITED) of `userId` in the project; NOT_FOUND otherwise. */
async function findMembership(ctx: Context, projectId: string, userId: string): Promise<Membership> {
  if (!isUuid(userId)) throw notFound('Member');
  const membership = await ctx.em.findOne(Membership, { project: projectId, user: userId });
  if (!membership) throw notFound('Member');
  return membership;
}

/**
 * The membership or invitation of `email` in the project: an invitation sent to it, or the
 * membership of the account that has it. NOT_FOUND otherwise, whether or not the account exists.
 */
async function findMembershipByEmail(ctx: Context, projectId: string, email: string): Promise<Membership> {
  const user = await ctx.em.findOne(User, { email });
  const membership = await ctx.em.findOne(Membership, {
    project: projectId,
    $or: user ? [{ invitedEmail: email }, { user: user.id }] : [{ invitedEmail: email }],
  });
  if (!membership) throw notFound('Member');
  return membership;
}

/** Locks the project and counts its active owners, so two parallel demotions cannot leave none. */
async function assertNotLastOwner(ctx: Context, projectId: string): Promise<void> {
  await ctx.em.findOneOrFail(Project, { id: projectId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  const owners = await ctx.em.count(Membership, { project: projectId, role: 'OWNER', status: 'ACTIVE' });
  if (owners <= 1) throw conflict('A project must keep at least one owner.');
}

/** What an audit event names: an invitation by its id and email, a member by their user id. */
function auditTargetOf(membership: Membership): { targetType: 'invitation' | 'member'; targetId: string } {
  return membership.status === 'ACTIVE' && membership.user
    ? { targetType: 'member', targetId: membership.user }
    : { targetType: 'invitation', targetId: membership.id };
}

/**
 * Invites `email` to the project with `role` (DESIGN.md section 6): the invitation grants nothing
 * until its invitee accepts it. An email without an account gets the same answer (the invitation
 * waits for that sign-up, see `claimInvitations`), so the answer never tells whether an account
 * exists. Already a member or already invited: CONFLICT.
 */
export async function addMember(ctx: Context, input: AddMemberInput): Promise<Membership> {
  // 1. authorize: members:write, and no role above the caller's own
  await assertMayAssign(ctx, input.projectId, input.role);
  // 2. validate: not a member or invitee yet
  const email = cleanEmail('email', input.email);
  const user = await ctx.em.findOne(User, { email });
  const existing = await ctx.em.count(Membership, {
    project: input.projectId,
    $or: user ? [{ invitedEmail: email }, { user: user.id }] : [{ invitedEmail: email }],
  });
  if (existing) throw conflict(`${email} is already a member of this project or invited to it.`);
  // 3. write the invitation and its audit event
  const membership = ctx.em.create(Membership, {
    project: input.projectId,
    user: user?.id ?? null,
    role: input.role,
    status: 'INVITED',
    invitedEmail: email,
  });
  recordAudit(ctx, {
    projectId: input.projectId,
    action: 'member.invited',
    targetType: 'invitation',
    targetId: membership.id,
    targetLabel: email,
    summary: { after: { role: input.role, status: 'INVITED' } },
  });
  try {
    await ctx.em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException)
      throw conflict(`${email} is already a member of this project or invited to it.`);
    throw error;
  }
  return membership;
}

/** Changes the role of a member or of a pending invitation (by the invitee's user id). */
export async function updateMemberRole(ctx: Context, input: UpdateMemberRoleInput): Promise<Membership> {
  await assertMayAssign(ctx, input.projectId, input.role);
  return ctx.em.transactional(async (em) => {
    const tx = withEntityManager(ctx, em);
    const membership = await findMembership(tx, input.projectId, input.userId);
    if (membership.role === input.role) return membership;
    if (membership.role === 'OWNER') {
      if ((await ctx.access.roleIn(input.projectId)) !== 'OWNER')
        throw forbidden('Only an owner can change an owner’s role.');
      if (membership.status === 'ACTIVE') await assertNotLastOwner(tx, input.projectId);
    }
    const before = membership.role;
    membership.role = input.role;
    recordAudit(tx, {
      projectId: input.projectId,
      action: 'member.role_changed',
      ...auditTargetOf(membership),
      summary: { before: { role: before }, after: { role: input.role } },
    });
    await em.flush();
    return membership;
  });
}

/**
 * Removes a member, or withdraws a pending invitation, found by `userId` or by `email` (the only
 * handle of an invitation whose email has no account yet). The last active owner stays.
 */
export async function removeMember(ctx: Context, input: RemoveMemberInput): Promise<boolean> {
  // 1. authorize
  await ctx.access.require(input.projectId, 'members:write');
  // 2. validate: exactly one handle
  const hasUserId = input.userId != null;
  if (hasUserId === (input.email != null)) throw badUserInput('userId', 'Give exactly one of userId and email.');
  const email = input.email != null ? cleanEmail('email', input.email) : null;
  return ctx.em.transactional(async (em) => {
    const tx = withEntityManager(ctx, em);
    // 3. find it, keep the last owner, remove and audit
    const membership = email
      ? await findMembershipByEmail(tx, input.projectId, email)
      : await findMembership(tx, input.projectId, input.userId as string);
    if (membership.role === 'OWNER') {
      if ((await ctx.access.roleIn(input.projectId)) !== 'OWNER') throw forbidden('Only an owner can remove an owner.');
      if (membership.status === 'ACTIVE') await assertNotLastOwner(tx, input.projectId);
    }
    em.remove(membership);
    recordAudit(tx, {
      projectId: input.projectId,
      action: 'member.removed',
      ...auditTargetOf(membership),
      targetLabel: membership.invitedEmail,
      summary: { before: { role: membership.role, status: membership.status } },
    });
    await em.flush();
    return true;
  });
}
