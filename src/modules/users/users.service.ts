import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Context } from '../../shared/context.js';
import { badUserInput, conflict, unauthenticated } from '../../shared/errors.js';
import { cleanEmail, cleanPassword, cleanText } from '../../shared/validation.js';
import { recordAudit } from '../audit/audit.service.js';
import { DECOY_HASH_PROMISE, hashPassword, verifyPassword } from './passwords.js';
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
  const password = cleanPassword('password', input.password);
  const displayName =
    input.name == null ? email.split('@')[0] : cleanText('name', input.name, { min: 1, max: 100, printable: true });
  if (await ctx.em.count(User, { email })) throw conflict('An account with this email already exists.');
  // 2. write the user, its first session and the audit event in one flush
  const user = ctx.em.create(User, {
    email,
    displayName: displayName ?? email,
    passwordHash: await hashPassword(password),
  });
  const token = await openSession(ctx, user);
  recordAudit(ctx, {
    projectId: null,
    action: 'user.signed_up',
    targetType: 'user',
    targetId: user.id,
    targetLabel: email,
    actor: { type: 'USER', id: user.id, label: email },
  });
  try {
    await ctx.em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException)
      throw conflict('An account with this email already exists.');
    throw error;
  }
  return { user, token };
}

export async function logIn(ctx: Context, input: LogInInput): Promise<AuthResult> {
  const email = input.email.trim().toLowerCase();
  if (email.length > 254) throw badUserInput('email', 'email must be a valid email address.');
  const user = await ctx.em.findOne(User, { email });
  // Compare against a decoy when the email is unknown, so response time does not reveal accounts.
  const valid = await verifyPassword(input.password, user?.passwordHash ?? (await DECOY_HASH_PROMISE));
  if (!user || !valid) throw unauthenticated('INVALID_CREDENTIALS');
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
  // Committed between two generation bumps: every process drops the cached session (key-cache.ts).
  await ctx.sessionCache.changing([caller.sessionHash], async () => {
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
