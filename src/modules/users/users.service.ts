import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { type Context, withEntityManager } from '../../graphql/context.js';
import { badUserInput, conflict, rateLimited, unauthenticated } from '../../shared/errors.js';
import { cleanEmail, cleanPassword, cleanText } from '../../shared/validation.js';
import { recordAudit } from '../audit/audit.service.js';
import { claimInvitations } from '../members/invitations.service.js';
import { DECOY_HASH_PROMISE, hashForNewAccount, hashPassword, needsRehash, verifyPassword } from './passwords.js';
import { generateSessionToken, hashSessionToken } from './sessions.js';
import { Session, User } from './users.entity.js';

export interface SignUpInput {
  email: string;
  password: string;
  name?: string | null;
}
export interface LogInInput {
  email: string;
  password: string;
}
export interface AuthResult {
  user: User;
  token: string;
}

async function openSession(ctx: Context, user: User): Promise<string> {
  const token = generateSessionToken();
  ctx.em.create(Session, {
    user: user.id,
    tokenHash: hashSessionToken(ctx.config.secret, token),
    expiresAt: new Date(Date.now() + ctx.config.sessionTtlSeconds * 1000),
    userAgent: ctx.meta.userAgent?.slice(0, 512) ?? null,
    clientAddress: ctx.meta.clientAddress,
  });
  ctx.cookies.setSession(token, ctx.config.sessionTtlSeconds);
  return token;
}

export async function signUp(ctx: Context, input: SignUpInput): Promise<AuthResult> {
  // 1. validate
  const email = cleanEmail('email', input.email);
  const displayName =
    input.name == null ? email.split('@')[0] : cleanText('name', input.name, { min: 1, max: 100, printable: true });
  const password = cleanPassword('password', input.password, [email, displayName ?? '']);
  // 2. hash, whether or not the email is taken: a taken email must not answer faster
  const { passwordHash, taken } = await hashForNewAccount(
    password,
    async () => (await ctx.em.count(User, { email })) > 0,
  );
  if (taken) throw conflict('An account with this email already exists.');
  // 3. write the user, its first session, the invitations waiting for this email and the audit event
  try {
    return await ctx.em.transactional(async (em) => {
      const tx = withEntityManager(ctx, em);
      const user = em.create(User, { email, displayName: displayName ?? email, passwordHash });
      const token = await openSession(tx, user);
      recordAudit(tx, {
        projectId: null,
        action: 'user.signed_up',
        targetType: 'user',
        targetId: user.id,
        targetLabel: email,
        actor: { type: 'USER', id: user.id, label: email },
      });
      await em.flush();
      await claimInvitations(tx, user);
      return { user, token };
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException)
      throw conflict('An account with this email already exists.');
    throw error;
  }
}

/**
 * `logIn`: at most 10 failures per account per 15 minutes and 30 per client address per minute
 * (login-throttle.ts), then RATE_LIMITED. An unknown email is compared against a decoy hash, so
 * it takes as long as a wrong password. A hash of older parameters is replaced on success.
 */
export async function logIn(ctx: Context, input: LogInInput): Promise<AuthResult> {
  // 1. validate and take one attempt of the account's and the address's budgets
  const email = input.email.trim().toLowerCase();
  if (email.length > 254) throw badUserInput('email', 'email must be a valid email address.');
  if (!ctx.loginThrottle) throw new Error('logIn needs the login throttle (set by metering).');
  const attempt = await ctx.loginThrottle.attempt(email, ctx.meta.clientAddress);
  if (!attempt.allowed) throw rateLimited(attempt.retryAfterSeconds);
  // 2. check the password; a failure keeps its place in the budgets
  const user = await ctx.em.findOne(User, { email });
  const valid = await verifyPassword(input.password, user?.passwordHash ?? (await DECOY_HASH_PROMISE));
  if (!user || !valid) throw unauthenticated('INVALID_CREDENTIALS');
  await attempt.succeeded();
  // 3. upgrade an old hash, open the session, audit
  if (needsRehash(user.passwordHash)) user.passwordHash = await hashPassword(input.password);
  const token = await openSession(ctx, user);
  recordAudit(ctx, {
    projectId: null,
    action: 'session.created',
    targetType: 'user',
    targetId: user.id,
    targetLabel: user.email,
    actor: { type: 'USER', id: user.id, label: user.email },
  });
  await ctx.em.flush();
  return { user, token };
}

/** Revokes the caller's session; the token is refused from the next request on. */
export async function logOut(ctx: Context): Promise<boolean> {
  const { caller } = ctx;
  if (caller.kind !== 'user') return false;
  // Committed between two generation bumps: every process drops the cached session (src/auth/revocation.ts).
  await ctx.revocation.changing([caller.sessionHash], async () => {
    await ctx.em.nativeUpdate(Session, { id: caller.sessionId }, { revokedAt: new Date() });
    recordAudit(ctx, {
      projectId: null,
      action: 'session.revoked',
      targetType: 'session',
      targetId: caller.sessionId,
      targetLabel: caller.user.email,
    });
    await ctx.em.flush();
  });
  ctx.cookies.clearSession();
  return true;
}
