import type { KeyStatus } from './api-keys.entity.js';
import type { ApiKeyRecord } from './api-keys.records.js';

/**
 * The status a key has right now. A key past `expiresAt`, or a rotated key past its grace period,
 * is EXPIRED at once, before any worker marks it.
 */
export function effectiveStatus(
  key: Pick<ApiKeyRecord, 'status' | 'expiresAt' | 'graceEndsAt'>,
  now: Date = new Date(),
): KeyStatus {
  if (key.status === 'DEACTIVATED') return 'DEACTIVATED';
  if (key.status === 'EXPIRED') return 'EXPIRED';
  if (key.expiresAt && key.expiresAt.getTime() <= now.getTime()) return 'EXPIRED';
  if (key.graceEndsAt && key.graceEndsAt.getTime() <= now.getTime()) return 'EXPIRED';
  return 'ACTIVE';
}
