import type { KeyCredential } from '../../auth/key-credential.js';
import type { Context } from '../../graphql/context.js';
import { badUserInput } from '../../shared/errors.js';
import { isPermissionName } from '../permissions/permission-names.js';
import type { RateLimitSnapshot } from '../rate-limits/rate-limiter.js';
import { coversScopes, isScopeName } from '../scopes/scopes.catalog.js';
import type { CreditRefillInterval, KeyRecord } from './api-keys.entity.js';
import { cleanClientAddress, nextRefillAt } from './key-restrictions.js';
import type { VerificationCode } from './key-status.js';

export interface VerifyApiKeyInput {
  key: string;
  requiredScopes?: string[] | null;
  requiredPermissions?: string[] | null;
  cost?: number | null;
  clientAddress?: string | null;
}

export interface CreditsView {
  remaining: number;
  refill: { amount: number; interval: CreditRefillInterval } | null;
  refillAt: Date | null;
}

export interface VerificationResult {
  valid: boolean;
  code: VerificationCode;
  apiKey: KeyRecord | null;
  rateLimit: RateLimitSnapshot | null;
  /** The key's permissions with what they imply, sorted (empty unless the key was found). */
  permissions: readonly string[];
  meta: Record<string, unknown> | null;
  externalId: string | null;
  credits: CreditsView | null;
}

/** The most credits one verification may cost. */
export const MAX_COST = 1_000_000;

function cleanRequiredPermissions(names: readonly string[]): string[] {
  const bad = names.filter((name) => !isPermissionName(name));
  if (bad.length > 0) {
    throw badUserInput(
      'requiredPermissions',
      `Not a permission name (resource:action): ${bad.slice(0, 5).join(', ')}.`,
    );
  }
  return [...new Set(names)];
}

function cleanCost(cost: number | null | undefined): number {
  if (cost == null) return 1;
  if (!Number.isInteger(cost) || cost < 0 || cost > MAX_COST) {
    throw badUserInput('cost', `cost must be a whole number from 0 to ${MAX_COST}.`);
  }
  return cost;
}

/** The credits of a key as answered: the live count when this use reported one. */
export function creditsView(key: KeyRecord, remaining: number | null, now = Date.now()): CreditsView | null {
  if (key.creditsRemaining == null) return null;
  const refill =
    key.creditsRefillAmount != null && key.creditsRefillInterval
      ? { amount: key.creditsRefillAmount, interval: key.creditsRefillInterval }
      : null;
  return {
    remaining: remaining ?? key.creditsRemaining,
    refill,
    refillAt: nextRefillAt(refill?.interval, now),
  };
}

function answer(
  code: VerificationCode,
  key: KeyRecord | null,
  extra: Partial<Pick<VerificationResult, 'rateLimit' | 'permissions' | 'credits'>> = {},
): VerificationResult {
  return {
    valid: code === 'VALID',
    code,
    apiKey: key,
    rateLimit: extra.rateLimit ?? null,
    permissions: extra.permissions ?? [],
    meta: key?.meta ?? null,
    externalId: key?.externalId ?? null,
    credits: extra.credits ?? null,
  };
}

/**
 * `verifyApiKey` for other backends. The caller needs `keys:verify` in the key's project; a key
 * of any other project is reported as NOT_FOUND, exactly like an unknown one.
 *
 * A verification is a use of the verified key, admitted like a request of the key itself
 * (src/auth/admission.ts): after the status checks its address must be in the key's allowed
 * CIDRs, then it counts against the key's rate limit and, when the key has credits and holds
 * what is required, spends `cost` of them in the same step. It is metered as a `verifyApiKey`
 * usage event of the key: OK, DENIED (a missing scope or permission) or RATE_LIMITED.
 */
export async function verifyApiKey(ctx: Context, input: VerifyApiKeyInput): Promise<VerificationResult> {
  const required = input.requiredScopes ?? [];
  const unknown = required.filter((scope) => !isScopeName(scope));
  if (unknown.length > 0) throw badUserInput('requiredScopes', `Unknown scope: ${unknown.join(', ')}.`);
  const requiredPermissions = cleanRequiredPermissions(input.requiredPermissions ?? []);
  const cost = cleanCost(input.cost);
  const address = cleanClientAddress(input.clientAddress);
  if (input.key.length > 256) return answer('MALFORMED', null);
  // Another project's key, and for a TEST key a LIVE one, is reported exactly like an unknown key.
  const confinedToTest = ctx.caller.kind === 'key' && ctx.caller.key.environment === 'TEST';
  const holdsRequired = (credential: KeyCredential) =>
    coversScopes(credential.scopes, required) && requiredPermissions.every((name) => credential.permissions.has(name));
  const admission = await ctx.admission.admitKey(input.key, {
    em: () => ctx.em,
    visible: (key) => {
      const verifies = (scopes: ReadonlySet<string> | null) =>
        scopes?.has('keys:verify') === true && !(confinedToTest && key.environment !== 'TEST');
      // A key caller's scopes are known without a read: no promise for the usual verification.
      const known = ctx.access.knownScopesIn(key.project);
      return known === undefined ? ctx.access.scopesIn(key.project).then(verifies) : verifies(known);
    },
    address,
    // A use that is refused for what the key lacks spends nothing.
    cost: (credential) => (holdsRequired(credential) ? cost : 0),
  });
  if (!admission.ok) {
    // No address budget applies here, so the refusal is about the key. A deleted key is NOT_FOUND and never shown.
    if (admission.reason === 'ADDRESS_REFUSED') return answer('NOT_FOUND', null);
    return answer(admission.code, admission.code === 'NOT_FOUND' ? null : admission.key);
  }
  const { credential, decision } = admission;
  const key = credential.key;
  const use = ctx.usage?.keyUse(key, 'verifyApiKey');
  const extra = {
    rateLimit: decision.state,
    permissions: credential.sortedPermissions,
    credits: creditsView(key, admission.credits?.remaining ?? null),
  };
  if (!decision.allowed) {
    use?.finish('RATE_LIMITED', admission.credits);
    return answer('RATE_LIMITED', key, extra);
  }
  if (!coversScopes(credential.scopes, required)) {
    use?.finish('DENIED', admission.credits);
    return answer('INSUFFICIENT_SCOPE', key, extra);
  }
  if (!holdsRequired(credential)) {
    use?.finish('DENIED', admission.credits);
    return answer('INSUFFICIENT_PERMISSIONS', key, extra);
  }
  if (admission.credits?.exhausted) {
    use?.finish('RATE_LIMITED', admission.credits);
    return answer('USAGE_EXCEEDED', key, extra);
  }
  use?.finish('OK', admission.credits);
  return answer('VALID', key, extra);
}
