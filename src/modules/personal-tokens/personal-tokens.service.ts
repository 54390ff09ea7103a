/**
 * Personal access tokens (DESIGN.md section 15): created, listed and revoked by their user through
 * a session only (a token never creates a token). The secret is returned once, by
 * `createPersonalToken`; only its HMAC is stored. Revocation goes through the one revocation
 * point, so a revoked token is refused on its next request on every process.
 */
import type { Context } from '../../graphql/context.js';
import { badUserInput, conflict, forbidden, notFound } from '../../shared/errors.js';
import { isUuid } from '../../shared/ids.js';
import { cleanText } from '../../shared/validation.js';
import { recordAudit } from '../audit/audit.service.js';
import { Membership } from '../projects/projects.entity.js';
import { isScopeName, sortScopes } from '../scopes/scopes.catalog.js';
import type { UserRecord } from '../users/session-records.js';
import { PersonalToken } from './personal-tokens.entity.js';
import { generatePersonalToken, hashPersonalToken, previewPersonalToken } from './token-format.js';

/** A token lives at most this long: its expiry is required (GitHub's fine-grained tokens' bound). */
export const MAX_TOKEN_LIFETIME_DAYS = 366;
/** Live (not revoked, not expired) tokens a user may hold at once. */
export const MAX_TOKENS_PER_USER = 50;
/** Projects one token may be restricted to (beyond that, leave the list empty for all). */
const MAX_PROJECTS_PER_TOKEN = 100;
const DAY_MS = 24 * 3600 * 1000;
/** Clock slack for a client that picked exactly 366 days a moment before the server saw it. */
const EXPIRY_SLACK_MS = 60 * 1000;

export interface CreatePersonalTokenInput {
  name: string;
  scopes: readonly string[];
  projectIds: readonly string[];
  expiresAt: Date;
}

export interface CreatedPersonalToken {
  token: PersonalToken;
  /** The full token: returned here once, never again. */
  secret: string;
}

/** The signed-in user of a session; tokens and keys are refused (the rules say so first). */
function sessionUser(ctx: Context): UserRecord {
  if (ctx.caller.kind !== 'user') throw forbidden('Personal access tokens are managed with a user session.');
  return ctx.caller.user;
}

/** What an audit event may say about a token: never its secret or hash. */
function publicTokenFields(token: PersonalToken) {
  return {
    name: token.name,
    preview: token.preview,
    scopes: token.scopes,
    projectIds: token.projectIds,
    expiresAt: token.expiresAt.toISOString(),
  };
}

function cleanExpiry(expiresAt: Date, now: number): Date {
  if (Number.isNaN(expiresAt.getTime())) throw badUserInput('expiresAt', 'expiresAt must be a date and time.');
  if (expiresAt.getTime() <= now) throw badUserInput('expiresAt', 'expiresAt must be in the future.');
  if (expiresAt.getTime() > now + MAX_TOKEN_LIFETIME_DAYS * DAY_MS + EXPIRY_SLACK_MS) {
    throw badUserInput('expiresAt', `A personal access token expires within ${MAX_TOKEN_LIFETIME_DAYS} days.`);
  }
  return expiresAt;
}

function cleanScopes(scopes: readonly string[]): string[] {
  const unknown = scopes.filter((scope) => !isScopeName(scope));
  if (unknown.length > 0) {
    throw badUserInput('scopes', `Unknown scope: ${unknown.slice(0, 5).join(', ')}. The scopes query lists them.`);
  }
  if (scopes.length === 0) throw badUserInput('scopes', 'Choose at least one scope.');
  return sortScopes(scopes);
}

/** The projects named, each one the user is an active member of (NOT_FOUND otherwise). */
async function cleanProjectIds(ctx: Context, user: UserRecord, projectIds: readonly string[]): Promise<string[]> {
  const wanted = [...new Set(projectIds)];
  if (wanted.length > MAX_PROJECTS_PER_TOKEN) {
    throw badUserInput(
      'projectIds',
      `A token names at most ${MAX_PROJECTS_PER_TOKEN} projects; leave it empty for all.`,
    );
  }
  if (wanted.length === 0) return [];
  if (!wanted.every(isUuid)) throw notFound('Project');
  const memberships = await ctx.em.find(Membership, { user: user.id, status: 'ACTIVE', project: { $in: wanted } });
  if (memberships.length !== wanted.length) throw notFound('Project');
  return wanted.sort();
}

export async function createPersonalToken(
  ctx: Context,
  input: CreatePersonalTokenInput,
): Promise<CreatedPersonalToken> {
  // 1. authorize
  const user = sessionUser(ctx);
  // 2. validate
  const now = Date.now();
  const name = cleanText('name', input.name, { min: 1, max: 64, printable: true });
  const scopes = cleanScopes(input.scopes);
  const expiresAt = cleanExpiry(input.expiresAt, now);
  const projectIds = await cleanProjectIds(ctx, user, input.projectIds);
  const live = await ctx.em.find(PersonalToken, { user: user.id, revokedAt: null, expiresAt: { $gt: new Date(now) } });
  if (live.length >= MAX_TOKENS_PER_USER) {
    throw conflict(`You hold ${MAX_TOKENS_PER_USER} live personal access tokens; revoke one first.`);
  }
  if (live.some((token) => token.name.toLowerCase() === name.toLowerCase())) {
    throw conflict('You already have a live personal access token with this name.');
  }
  // 3. write and 4. audit
  const secret = generatePersonalToken();
  const token = ctx.em.create(PersonalToken, {
    user: user.id,
    name,
    tokenHash: hashPersonalToken(ctx.config.secret, secret),
    preview: previewPersonalToken(secret),
    scopes,
    projectIds,
    expiresAt,
  });
  recordAudit(ctx, {
    projectId: null,
    action: 'personal_token.created',
    targetType: 'personal_token',
    targetId: token.id,
    targetLabel: name,
    summary: { after: publicTokenFields(token) },
  });
  await ctx.em.flush();
  return { token, secret };
}

/** Revokes one of the caller's tokens; it is refused on its next request on every process. */
export async function revokePersonalToken(ctx: Context, id: string): Promise<PersonalToken> {
  // 1. authorize: only the user's own tokens exist for them
  const user = sessionUser(ctx);
  const token = isUuid(id) ? await ctx.em.findOne(PersonalToken, { id, user: user.id, revokedAt: null }) : null;
  if (!token) throw notFound('Personal access token');
  // 2. write and audit, between two generation bumps (src/auth/revocation.ts)
  await ctx.revocation.changing([token.tokenHash], async () => {
    token.revokedAt = new Date();
    recordAudit(ctx, {
      projectId: null,
      action: 'personal_token.revoked',
      targetType: 'personal_token',
      targetId: token.id,
      targetLabel: token.name,
      summary: { before: publicTokenFields(token) },
    });
    await ctx.em.flush();
  });
  return token;
}

/** The caller's tokens that are not revoked (expired ones included, marked), newest first. */
export async function listPersonalTokens(ctx: Context): Promise<PersonalToken[]> {
  const user = sessionUser(ctx);
  return ctx.em.find(PersonalToken, { user: user.id, revokedAt: null }, { orderBy: { createdAt: 'desc' } });
}
