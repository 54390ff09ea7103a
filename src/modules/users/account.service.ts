/**
 * The signed-in user's own account (DESIGN.md section 15): sessions, password and deletion. Every
 * operation here needs a user session: personal tokens and API keys are refused by the rules.
 * Sessions change through the one revocation point, so a revoked session is refused on its next
 * request on every process.
 */
import { randomBytes } from 'node:crypto';
import { type Context, withEntityManager } from '../../graphql/context.js';
import { badUserInput, conflict, forbidden, notFound, rateLimited } from '../../shared/errors.js';
import { isUuid } from '../../shared/ids.js';
import type { EntityManager } from '../../shared/orm.js';
import { cleanPassword } from '../../shared/validation.js';
import { recordAudit } from '../audit/audit.service.js';
import { membershipsCleanup, projectsOwnedAlone } from '../members/membership-cleanup.js';
import { personalTokensCleanup } from '../personal-tokens/token-cleanup.js';
import type { AccountCleanup } from './account-cleanup.js';
import { hashPassword, verifyPassword } from './passwords.js';
import type { UserRecord } from './session-records.js';
import { Session, User } from './users.entity.js';

/** Deleting the account deletes its sessions (bumped like every credential). */
const sessionsCleanup: AccountCleanup = {
  name: 'sessions',
  async credentialHashes(em, userId) {
    const sessions = await em.find(Session, { user: userId }, { fields: ['tokenHash'] });
    return sessions.map((session) => session.tokenHash);
  },
  async remove(ctx, user) {
    return ctx.em.nativeDelete(Session, { user: user.id });
  },
};

/**
 * What `deleteAccount` removes, module by module. A module keeping its own rows about a user adds
 * its cleanup (an AccountCleanup, account-cleanup.ts) to this list.
 */
export const ACCOUNT_CLEANUPS: readonly AccountCleanup[] = [personalTokensCleanup, membershipsCleanup, sessionsCleanup];

export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
}

export interface DeleteAccountInput {
  password: string;
}

/** The session's caller; anything else is refused (the rules refuse it first). */
function sessionCaller(ctx: Context): Extract<Context['caller'], { kind: 'user' }> {
  if (ctx.caller.kind !== 'user') throw forbidden('This operation needs a user session.');
  return ctx.caller;
}

/**
 * Checks the user's password against `logIn`'s budgets (10 failures per account per 15 minutes,
 * 30 per address per minute): a stolen session cannot guess the password at speed.
 */
async function confirmPassword(ctx: Context, user: UserRecord, password: string, field: string): Promise<User> {
  if (!ctx.loginThrottle) throw new Error('Confirming a password needs the login throttle (set by metering).');
  const attempt = await ctx.loginThrottle.attempt(user.email, ctx.meta.clientAddress);
  if (!attempt.allowed) throw rateLimited(attempt.retryAfterSeconds);
  const row = await ctx.em.findOneOrFail(User, { id: user.id });
  if (!(await verifyPassword(password, row.passwordHash))) {
    throw badUserInput(field, 'The password is incorrect.');
  }
  await attempt.succeeded();
  return row;
}

/** The user's live sessions, newest first. */
export async function listSessions(ctx: Context): Promise<Session[]> {
  const caller = sessionCaller(ctx);
  return ctx.em.find(
    Session,
    { user: caller.user.id, revokedAt: null, expiresAt: { $gt: new Date() } },
    { orderBy: { createdAt: 'desc' } },
  );
}

/** Revokes one of the user's sessions (the current one too: that logs out). */
export async function revokeSession(ctx: Context, id: string): Promise<boolean> {
  // 1. authorize: only the user's own live sessions exist for them
  const caller = sessionCaller(ctx);
  const session = isUuid(id)
    ? await ctx.em.findOne(Session, { id, user: caller.user.id, revokedAt: null, expiresAt: { $gt: new Date() } })
    : null;
  if (!session) throw notFound('Session');
  // 2. write and audit between two generation bumps
  await ctx.revocation.changing([session.tokenHash], async () => {
    session.revokedAt = new Date();
    recordAudit(ctx, {
      projectId: null,
      action: 'session.revoked',
      targetType: 'session',
      targetId: session.id,
      targetLabel: caller.user.email,
    });
    await ctx.em.flush();
  });
  if (session.id === caller.sessionId) ctx.cookies.clearSession();
  return true;
}

/** Live sessions of `userId` other than `keepId`. */
function otherLiveSessions(em: EntityManager, userId: string, keepId: string) {
  return em.find(Session, { user: userId, id: { $ne: keepId }, revokedAt: null, expiresAt: { $gt: new Date() } });
}

/**
 * Changes the password after checking the current one, with `signUp`'s strength rules, and
 * revokes every other session of the user (the current one stays signed in).
 */
export async function changePassword(ctx: Context, input: ChangePasswordInput): Promise<boolean> {
  // 1. authorize: the current password
  const caller = sessionCaller(ctx);
  const user = await confirmPassword(ctx, caller.user, input.currentPassword, 'currentPassword');
  // 2. validate the new one
  const password = cleanPassword('newPassword', input.newPassword, [user.email, user.displayName]);
  if (password === input.currentPassword) {
    throw badUserInput('newPassword', 'newPassword must differ from the current password.');
  }
  const passwordHash = await hashPassword(password);
  // 3. write, revoke the other sessions and audit, in one transaction between generation bumps
  const others = await otherLiveSessions(ctx.em, user.id, caller.sessionId);
  await ctx.revocation.changing(
    others.map((session) => session.tokenHash),
    () =>
      ctx.em.transactional(async (em) => {
        const tx = withEntityManager(ctx, em);
        await em.nativeUpdate(User, { id: user.id }, { passwordHash });
        const revoked = await em.nativeUpdate(
          Session,
          { id: { $in: others.map((session) => session.id) }, revokedAt: null },
          { revokedAt: new Date() },
        );
        recordAudit(tx, {
          projectId: null,
          action: 'user.password_changed',
          targetType: 'user',
          targetId: user.id,
          targetLabel: user.email,
          summary: { sessionsRevoked: revoked },
        });
        await em.flush();
      }),
  );
  return true;
}

/**
 * Deletes the caller's account: refused with CONFLICT while they are the only owner of a
 * project (transfer or delete it first); otherwise every cleanup of ACCOUNT_CLEANUPS runs in one
 * transaction (tokens, memberships, sessions), and the user row is anonymised rather than deleted,
 * so audit trails and "created by" links keep pointing at a row, and the email is free again.
 */
export async function deleteAccount(ctx: Context, input: DeleteAccountInput): Promise<boolean> {
  // 1. authorize: the password
  const caller = sessionCaller(ctx);
  const user = await confirmPassword(ctx, caller.user, input.password, 'password');
  // 2. the last-owner rule
  const ownedAlone = await projectsOwnedAlone(ctx.em, user.id);
  if (ownedAlone.length > 0) {
    const names = ownedAlone.slice(0, 5).map((project) => `"${project.name}"`);
    throw conflict(
      `You are the only owner of ${names.join(', ')}${ownedAlone.length > 5 ? ' and more' : ''}: make someone else an owner or delete the project first.`,
    );
  }
  // 3. remove everything, between two bumps of every credential removed
  const hashes = (
    await Promise.all(ACCOUNT_CLEANUPS.map((cleanup) => cleanup.credentialHashes?.(ctx.em, user.id) ?? []))
  ).flat();
  await ctx.revocation.changing(hashes, () =>
    ctx.em.transactional(async (em) => {
      const tx = withEntityManager(ctx, em);
      // The last-owner rule again, under the transaction: a concurrent removal of a co-owner loses.
      if ((await projectsOwnedAlone(em, user.id)).length > 0) throw conflict('You became the only owner of a project.');
      const removed: Record<string, number> = {};
      for (const cleanup of ACCOUNT_CLEANUPS) removed[cleanup.name] = await cleanup.remove(tx, caller.user);
      await em.nativeUpdate(
        User,
        { id: user.id },
        {
          email: `deleted-${user.id}@deleted.invalid`,
          displayName: 'Deleted user',
          passwordHash: `!deleted$${randomBytes(16).toString('hex')}`,
        },
      );
      recordAudit(tx, {
        projectId: null,
        action: 'user.deleted',
        targetType: 'user',
        targetId: user.id,
        targetLabel: user.email,
        summary: { removed },
      });
      await em.flush();
    }),
  );
  ctx.cookies.clearSession();
  return true;
}
