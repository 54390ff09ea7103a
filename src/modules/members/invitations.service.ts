/**
 * The invitee's side of an invitation (DESIGN.md section 6, "Members are invited"): list, accept,
 * decline. Invitations are made by `addMember` (members.service.ts); one sent to an email without
 * an account becomes that account's when it signs up (`claimInvitations`).
 */
import { LockMode } from '@mikro-orm/core';
import { type Context, withEntityManager } from '../../graphql/context.js';
import { forbidden, notFound } from '../../shared/errors.js';
import { isUuid } from '../../shared/ids.js';
import { recordAudit } from '../audit/audit.service.js';
import { Membership } from '../projects/projects.entity.js';
import type { UserRecord as User } from '../users/session-records.js';
import type { Role } from './roles.js';

/** A pending invitation as its invitee sees it. */
export interface InvitationView {
  projectId: string;
  projectName: string;
  role: Role;
  invitedAt: Date;
}

function sessionUser(ctx: Context, what: string): User {
  if (ctx.caller.kind !== 'user') throw forbidden(`${what} needs a user session, not an API key.`);
  return ctx.caller.user;
}

/**
 * Memberships of `user`: linked to the account, or (should a sign-up and an invitation have
 * crossed, so `claimInvitations` missed it) still waiting under the account's email.
 */
function ofUser(user: User) {
  return { $or: [{ user: user.id }, { user: null, invitedEmail: user.email }] };
}

/** The caller's membership or invitation of `projectId`, locked for the change; null when there is none. */
async function findInvitation(ctx: Context, user: User, projectId: string): Promise<Membership | null> {
  if (!isUuid(projectId)) return null;
  return ctx.em.findOne(Membership, { project: projectId, ...ofUser(user) }, { lockMode: LockMode.PESSIMISTIC_WRITE });
}

/** Pending invitations of the calling user, oldest first; empty for a key. */
export async function listInvitations(ctx: Context): Promise<InvitationView[]> {
  if (ctx.caller.kind !== 'user') return [];
  const invitations = await ctx.em.find(
    Membership,
    { ...ofUser(ctx.caller.user), status: 'INVITED' },
    { orderBy: { createdAt: 'asc' } },
  );
  const projects = await ctx.loaders.project.loadMany(invitations.map((invitation) => invitation.project));
  return invitations.flatMap((invitation, index) => {
    const project = projects[index];
    if (!project || project instanceof Error) return [];
    return [
      { projectId: project.id, projectName: project.name, role: invitation.role, invitedAt: invitation.createdAt },
    ];
  });
}

/**
 * Accepts the caller's invitation to `projectId`: the membership becomes ACTIVE and grants its
 * role from the next resolver on. Accepting again returns the membership unchanged.
 */
export async function acceptInvitation(ctx: Context, projectId: string): Promise<Membership> {
  const user = sessionUser(ctx, 'Accepting an invitation');
  return ctx.em.transactional(async (em) => {
    const tx = withEntityManager(ctx, em);
    const invitation = await findInvitation(tx, user, projectId);
    if (!invitation) throw notFound('Invitation');
    if (invitation.status === 'ACTIVE') return invitation;
    invitation.user = user.id;
    invitation.status = 'ACTIVE';
    invitation.joinedAt = new Date();
    recordAudit(tx, {
      projectId,
      action: 'member.joined',
      targetType: 'member',
      targetId: user.id,
      targetLabel: user.email,
      summary: { before: { status: 'INVITED' }, after: { role: invitation.role, status: 'ACTIVE' } },
    });
    await em.flush();
    // This request's loaders may already hold "no role" for the project.
    ctx.loaders.role.clear(`${projectId}:${user.id}`);
    return invitation;
  });
}

/** Declines (removes) the caller's pending invitation to `projectId`. */
export async function declineInvitation(ctx: Context, projectId: string): Promise<boolean> {
  const user = sessionUser(ctx, 'Declining an invitation');
  return ctx.em.transactional(async (em) => {
    const tx = withEntityManager(ctx, em);
    const invitation = await findInvitation(tx, user, projectId);
    if (invitation?.status !== 'INVITED') throw notFound('Invitation');
    em.remove(invitation);
    recordAudit(tx, {
      projectId,
      action: 'member.declined',
      targetType: 'invitation',
      targetId: invitation.id,
      targetLabel: invitation.invitedEmail,
      summary: { before: { role: invitation.role, status: 'INVITED' } },
    });
    await em.flush();
    return true;
  });
}

/**
 * Gives a newly signed-up user the invitations sent to their email before the account existed.
 * Runs in the sign-up's transaction, after the user row is written.
 */
export async function claimInvitations(ctx: Pick<Context, 'em'>, user: User): Promise<number> {
  return ctx.em.nativeUpdate(
    Membership,
    { invitedEmail: user.email, user: null, status: 'INVITED' },
    { user: user.id },
  );
}
