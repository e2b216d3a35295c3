/**
 * Pricing plans as data (no payment processing): each has a seat limit (members + pending invitations;
 * null = unlimited) and a monthly usage allowance in cents, the unit of usage_records and budgets.
 * db/schema.ts builds the organizations.plan CHECK from PLAN_KEYS, so a plan added here is admitted there
 * (with a migration) and nothing else is.
 */
export const PLAN_KEYS = ['free', 'team', 'business', 'enterprise'] as const;
export type PlanKey = (typeof PLAN_KEYS)[number];

export type Plan = {
  key: PlanKey;
  label: string;
  /** Members plus pending invitations; null = no limit. */
  seats: number | null;
  /** Usage included each month, in cents (same unit as the Costs page). */
  includedMonthlyCents: number;
};

export const PLANS: Record<PlanKey, Plan> = {
  free: { key: 'free', label: 'Free', seats: 3, includedMonthlyCents: 50_000 },
  team: { key: 'team', label: 'Team', seats: 10, includedMonthlyCents: 500_000 },
  business: { key: 'business', label: 'Business', seats: 50, includedMonthlyCents: 1_500_000 },
  enterprise: { key: 'enterprise', label: 'Enterprise', seats: null, includedMonthlyCents: 10_000_000 },
};

/**
 * The plan of rows written without one (the migration's backfill, bulk loads, fixtures): unlimited
 * seats, so no existing organization finds itself over a limit it never chose.
 */
export const UNCHOSEN_PLAN: PlanKey = 'enterprise';

/** The plan an organization created in the product starts on; Admins change it on the settings page. */
export const STARTING_PLAN: PlanKey = 'team';

export function isPlanKey(value: string): value is PlanKey {
  return (PLAN_KEYS as readonly string[]).includes(value);
}

export function planOf(key: string): Plan {
  return isPlanKey(key) ? PLANS[key] : PLANS[UNCHOSEN_PLAN];
}
