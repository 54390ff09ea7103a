import type { LoginLimits } from '../users/login-throttle.js';

/**
 * `reportLeakedKey`'s limits, kept by the login throttle's machinery (every report counts):
 * 10 reports per client address per 10 minutes, 5 per reported string per hour.
 */
export const LEAK_REPORT_LIMITS: LoginLimits = {
  failuresPerAccount: 5,
  accountWindowMs: 3_600_000,
  failuresPerAddress: 10,
  addressWindowMs: 600_000,
};
