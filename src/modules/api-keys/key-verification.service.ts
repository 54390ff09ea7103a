import type { Context } from '../../graphql/context.js';
import { badUserInput } from '../../shared/errors.js';
import type { RateLimitSnapshot } from '../rate-limits/rate-limiter.js';
import { coversScopes, isScopeName } from '../scopes/scopes.catalog.js';
import type { KeyRecord } from './api-keys.entity.js';
import type { VerificationCode } from './key-status.js';

export interface VerifyApiKeyInput {
  key: string;
  requiredScopes?: string[] | null;
}

export interface VerificationResult {
  valid: boolean;
  code: VerificationCode;
  apiKey: KeyRecord | null;
  rateLimit: RateLimitSnapshot | null;
}

/**
 * `verifyApiKey` for other backends. The caller needs `keys:verify` in the key's project; a key
 * of any other project is reported as NOT_FOUND, exactly like an unknown one.
 *
 * A verification is a use of the verified key: once the key passes the status checks it is
 * counted against the key's own rate limit (the backend asking is gating that key's request) and
 * metered as a `verifyApiKey` usage event of that key, outcome OK, DENIED (missing scope) or
 * RATE_LIMITED. Over its limit the answer is `RATE_LIMITED` with the window in `rateLimit`.
 */
export async function verifyApiKey(ctx: Context, input: VerifyApiKeyInput): Promise<VerificationResult> {
  const required = input.requiredScopes ?? [];
  const unknown = required.filter((scope) => !isScopeName(scope));
  if (unknown.length > 0) throw badUserInput('requiredScopes', `Unknown scope: ${unknown.join(', ')}.`);
  if (input.key.length > 256) return { valid: false, code: 'MALFORMED', apiKey: null, rateLimit: null };
  // Another project's key, and for a TEST key a LIVE one, is reported exactly like an unknown key.
  const confinedToTest = ctx.caller.kind === 'key' && ctx.caller.key.environment === 'TEST';
  const admission = await ctx.admission.admitKey(input.key, {
    em: () => ctx.em,
    visible: async (key) =>
      (await ctx.access.scopesIn(key.project))?.has('keys:verify') === true &&
      !(confinedToTest && key.environment !== 'TEST'),
  });
  if (!admission.ok) {
    // No address budget applies here, so the refusal is about the key. A deleted key is NOT_FOUND and never shown.
    if (admission.reason === 'ADDRESS_REFUSED')
      return { valid: false, code: 'NOT_FOUND', apiKey: null, rateLimit: null };
    const apiKey = admission.code === 'NOT_FOUND' ? null : admission.key;
    return { valid: false, code: admission.code, apiKey, rateLimit: null };
  }
  const { credential, decision } = admission;
  const key = credential.key;
  const use = ctx.usage?.keyUse(key, 'verifyApiKey');
  const rateLimit = decision.state;
  if (!decision.allowed) {
    use?.finish('RATE_LIMITED');
    return { valid: false, code: 'RATE_LIMITED', apiKey: key, rateLimit };
  }
  if (!coversScopes(credential.scopes, required)) {
    use?.finish('DENIED');
    return { valid: false, code: 'INSUFFICIENT_SCOPE', apiKey: key, rateLimit };
  }
  use?.finish('OK');
  return { valid: true, code: 'VALID', apiKey: key, rateLimit };
}
