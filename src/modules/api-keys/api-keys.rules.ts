import { argument, guard, immediateGuard, inputField, isAuthenticated, projectScope } from '../../auth/guards.js';
import type { Context } from '../../graphql/context.js';
import { forbidden, unauthenticated } from '../../shared/errors.js';
import { allow } from '../../shared/shield.js';
import type { ScopeName } from '../scopes/scopes.catalog.js';
import type { ApiKey } from './api-keys.entity.js';
import { findVisibleKey } from './api-keys.service.js';

type IdOf = (parent: unknown, args: Record<string, unknown>) => string;

/** The caller holds `scope` in the project of the key `idOf` names; other tenants' keys are NOT_FOUND. */
function keyScope(scope: ScopeName, idOf: IdOf) {
  return guard(`keyScope:${scope}`, async (parent, args, ctx: Context) => {
    const key = await findVisibleKey(ctx, idOf(parent, args));
    await ctx.access.require(key.project, scope, 'API key');
  });
}

const isSelf = (ctx: Context, keyId: string) => ctx.caller.kind === 'key' && ctx.caller.key.id === keyId;

/** A key may always read itself (the self view); anyone else needs keys:read in its project. */
const canReadKey = guard('canReadKey', async (_parent, args, ctx: Context) => {
  const id = String(args.id ?? '');
  if (isSelf(ctx, id)) return;
  const key = await findVisibleKey(ctx, id);
  await ctx.access.require(key.project, 'keys:read', 'API key');
});

/** Keys need keys:verify themselves; users need it in the verified key's project (checked by the service). */
const canVerify = immediateGuard('canVerify', (_parent, _args, ctx: Context) => {
  if (ctx.caller.kind === 'anonymous') throw unauthenticated('MISSING');
  if (ctx.caller.kind === 'key' && !ctx.caller.scopes.has('keys:verify')) {
    throw forbidden('This needs the "keys:verify" scope.', 'keys:verify');
  }
});

const ofParentKey = (parent: unknown) => (parent as ApiKey).project;

/** Usage and activity of a key: the key itself, or usage:read in its project. */
export const canReadKeyUsage = guard('canReadKeyUsage', async (parent, _args, ctx: Context) => {
  const key = parent as ApiKey;
  if (isSelf(ctx, key.id)) return;
  await ctx.access.require(key.project, 'usage:read', 'API key');
});

export const apiKeysRules = {
  Query: { apiKey: canReadKey },
  Mutation: {
    createApiKey: projectScope('keys:write', inputField('projectId')),
    rotateApiKey: keyScope('keys:write', inputField('id')),
    updateApiKey: keyScope('keys:write', inputField('id')),
    deactivateApiKey: keyScope('keys:write', argument('id')),
    reactivateApiKey: keyScope('keys:write', argument('id')),
    deleteApiKey: keyScope('keys:write', argument('id')),
    verifyApiKey: canVerify,
  },
  ApiKey: {
    // Plain fields: the key was reached through a guarded parent.
    '*': isAuthenticated,
    createdBy: projectScope('members:read', ofParentKey, 'API key'),
    auditEvents: projectScope('audit:read', ofParentKey, 'API key'),
    rotatedFrom: projectScope('keys:read', ofParentKey, 'API key'),
    replacedBy: projectScope('keys:read', ofParentKey, 'API key'),
  },
  RateLimitSettings: { '*': allow },
  RateLimitState: { '*': allow },
  CreateApiKeyPayload: { '*': allow },
  RotateApiKeyPayload: { '*': allow },
  DeleteApiKeyPayload: { '*': allow },
  KeyVerification: { '*': allow },
  Credits: { '*': allow },
  CreditRefill: { '*': allow },
};
