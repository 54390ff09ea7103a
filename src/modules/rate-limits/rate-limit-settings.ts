import { BURST_MULTIPLIER, type PlanLimits, TEST_KEY_MULTIPLIER } from '../../shared/plans.js';
import type { ApiKeyRecord } from '../api-keys/api-keys.records.js';

export interface EffectiveLimits {
  perMinute: number | null;
  perDay: number | null;
  burstPerMinute: number | null;
  source: 'PLAN' | 'KEY';
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
