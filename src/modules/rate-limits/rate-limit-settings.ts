import { BURST_MULTIPLIER, type PlanLimits, TEST_KEY_MULTIPLIER } from '../../shared/plans.js';
import type { ApiKeyRecord } from '../api-keys/api-keys.records.js';

export interface EffectiveLimits {
  perMinute: number | null;
  perDay: number | null;
  burstPerMinute: number | null;
  source: 'PLAN' | 'KEY';
  /** The IETF `RateLimit-Policy` field of these limits, when computed ahead (KeyCredential); else per response. */
  policy?: string;
}

/**
 * The limits that apply to a key: its override where set, else its plan's. TEST keys get 10× the
 * per-minute limit; bursts may reach 2× the per-minute limit.
 */
export function rateLimitSettingsOf(
  key: Pick<ApiKeyRecord, 'rateLimitPerMinute' | 'rateLimitPerDay' | 'environment'>,
  plan: PlanLimits,
): EffectiveLimits {
  const overridden = key.rateLimitPerMinute != null || key.rateLimitPerDay != null;
  const baseMinute = key.rateLimitPerMinute ?? plan.perMinute;
  const perMinute =
    baseMinute === null ? null : key.environment === 'TEST' ? baseMinute * TEST_KEY_MULTIPLIER : baseMinute;
  return {
    perMinute,
    perDay: key.rateLimitPerDay ?? plan.perDay,
    burstPerMinute: perMinute === null ? null : perMinute * BURST_MULTIPLIER,
    source: overridden ? 'KEY' : 'PLAN',
  };
}

/** The IETF `RateLimit-Policy` field: every window a key has, e.g. `"minute";q=100;w=60, "day";q=10000;w=86400`. */
export function policyField(perMinute: number | null, perDay: number | null): string {
  const policies: string[] = [];
  if (perMinute !== null) policies.push(`"minute";q=${perMinute};w=60`);
  if (perDay !== null) policies.push(`"day";q=${perDay};w=86400`);
  return policies.join(', ');
}
