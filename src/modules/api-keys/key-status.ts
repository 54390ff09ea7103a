import type { AuthFailureReason } from '../../shared/errors.js';
import type { KeyStatus } from './api-keys.entity.js';
import type { ApiKeyRecord } from './api-keys.records.js';

/** The answers of `verifyApiKey` (DESIGN.md section 5). */
export const VERIFICATION_CODES = [
  'VALID',
  'MALFORMED',
  'NOT_FOUND',
  'DEACTIVATED',
  'EXPIRED',
  'RATE_LIMITED',
  'INSUFFICIENT_SCOPE',
  'INSUFFICIENT_PERMISSIONS',
  'ADDRESS_NOT_ALLOWED',
  'USAGE_EXCEEDED',
  'LEAKED',
] as const;
export type VerificationCode = (typeof VERIFICATION_CODES)[number];

type StatusFields = Pick<ApiKeyRecord, 'status' | 'expiresAt' | 'graceEndsAt'>;

function expiredByTime(key: Pick<ApiKeyRecord, 'expiresAt'>, now: Date): boolean {
  return key.expiresAt != null && key.expiresAt.getTime() <= now.getTime();
}

function graceEnded(key: Pick<ApiKeyRecord, 'graceEndsAt'>, now: Date): boolean {
  return key.graceEndsAt != null && key.graceEndsAt.getTime() <= now.getTime();
}

/**
 * The status a key has right now. A key past `expiresAt`, or a rotated key past its grace period,
 * is EXPIRED at once, before any worker marks it.
 */
export function effectiveStatus(key: StatusFields, now: Date = new Date()): KeyStatus {
  if (key.status !== 'ACTIVE') return key.status;
  return expiredByTime(key, now) || graceEnded(key, now) ? 'EXPIRED' : 'ACTIVE';
}

/** Why a key is refused now, in the order of DESIGN.md section 5; null when it may be used. */
export function keyRefusal(
  key: StatusFields & Pick<ApiKeyRecord, 'deletedAt'>,
  now: Date = new Date(),
): { code: VerificationCode; reason: AuthFailureReason } | null {
  if (key.deletedAt) return { code: 'NOT_FOUND', reason: 'DELETED' };
  switch (effectiveStatus(key, now)) {
    case 'ACTIVE':
      return null;
    case 'DEACTIVATED':
      return { code: 'DEACTIVATED', reason: 'DEACTIVATED' };
    case 'LEAKED':
      return { code: 'LEAKED', reason: 'LEAKED' };
    case 'EXPIRED':
      // Marked expired, or past its time: EXPIRED; only past a rotation's grace: ROTATED.
      return key.status === 'EXPIRED' || expiredByTime(key, now)
        ? { code: 'EXPIRED', reason: 'EXPIRED' }
        : { code: 'EXPIRED', reason: 'ROTATED' };
  }
}
