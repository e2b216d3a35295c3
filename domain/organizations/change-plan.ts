import 'server-only';
import { lockOrganizationPlan, setOrganizationPlan } from '@/db/queries/seats';
import { ActionError, NOT_FOUND_MESSAGE, fieldError } from '@/domain/errors';
import { PLANS, type PlanKey } from '@/lib/billing/plans';
import { downgradeRefusal } from '@/lib/billing/seats';
import { lockSeatUsage } from '../billing/seats';
import { authorize } from '../authorize';
import type { OrgCommandContext } from '../context';

/**
 * Moves the organization to another plan (no payment processing). A plan with fewer seats than are held
 * (members + pending invitations) is refused rather than leaving the organization over its limit: every
 * seat check can then trust "used ≤ seats". The audit event keeps the plan before and after.
 */
export async function changePlan(ctx: OrgCommandContext, input: { plan: PlanKey }): Promise<{ plan: PlanKey }> {
  authorize(ctx, 'org.settings');
  // The organization row first, then the seat lock: concurrent plan changes queue, and an invitation
  // racing this one either lands first (and is counted) or waits and is judged on the new plan.
  const before = await lockOrganizationPlan(ctx.tx, ctx.orgId);
  if (!before) throw new ActionError('NOT_FOUND', NOT_FOUND_MESSAGE);
  if (before === input.plan) return { plan: before }; // choosing the current plan changes and records nothing
  const seats = await lockSeatUsage(ctx.tx, ctx.orgId);
  const refusal = seats ? downgradeRefusal(PLANS[input.plan], seats.usage) : null;
  if (refusal) throw fieldError('plan', refusal);

  await setOrganizationPlan(ctx.tx, ctx.orgId, input.plan);
  ctx.audit({
    action: 'organization.plan_changed',
    targetType: 'organization',
    targetId: ctx.orgId,
    data: { before: { plan: before }, after: { plan: input.plan } },
  });
  return { plan: input.plan };
}
