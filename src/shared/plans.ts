/** Plans and their limits (DESIGN.md section 7). `null` means unlimited / set per key. */
export const PLANS = ['FREE', 'PRO', 'TEAM', 'ENTERPRISE'] as const;
export type Plan = (typeof PLANS)[number];

export interface PlanLimits {
  maxKeys: number | null;
  perMinute: number | null;
  perDay: number | null;
}

export const PLAN_LIMITS: Readonly<Record<Plan, PlanLimits>> = {
  FREE: { maxKeys: 2, perMinute: 100, perDay: 10_000 },
  PRO: { maxKeys: 10, perMinute: 300, perDay: 50_000 },
  TEAM: { maxKeys: 50, perMinute: 1_000, perDay: 200_000 },
  ENTERPRISE: { maxKeys: null, perMinute: null, perDay: null },
};

/** Bursts may reach this multiple of the per-minute limit, for up to `BURST_SECONDS`. */
export const BURST_MULTIPLIER = 2;
export const BURST_SECONDS = 10;
/** TEST keys get this multiple of the per-minute limit. */
export const TEST_KEY_MULTIPLIER = 10;

export function limitsOf(plan: string): PlanLimits {
  return PLAN_LIMITS[plan as Plan] ?? PLAN_LIMITS.FREE;
}
