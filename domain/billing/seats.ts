import 'server-only';
import type { Tx } from '@/db';
import { countSeatHoldingInvitations, lockSeatCounts } from '@/db/queries/seats';
import { planOf, type Plan } from '@/lib/billing/plans';
import { seatRefusal, type SeatUsage } from '@/lib/billing/seats';
import { ActionError } from '@/domain/errors';

/**
 * The organization's plan and exact seat usage, with the seat lock held until commit (db/queries/seats.ts):
 * whoever takes or counts seats next waits for this transaction and sees what it leaves.
 */
export async function lockSeatUsage(tx: Tx, orgId: string): Promise<{ plan: Plan; usage: SeatUsage } | null> {
  const counts = await lockSeatCounts(tx, orgId);
  if (!counts) return null;
  return { plan: planOf(counts.plan), usage: { members: counts.members, pending: await countSeatHoldingInvitations(tx, orgId) } };
}

/**
 * Refuses taking `wanted` more seats than the plan has left, with the message beside `field`. Takes the
 * seat lock first, so two requests for the last seat cannot both pass. Unlimited plans and batches that
 * fit even by the counter (which also counts expired invitations) skip counting invitations.
 */
export async function requireSeats(ctx: { tx: Tx; orgId: string }, wanted: number, field?: string): Promise<void> {
  const counts = await lockSeatCounts(ctx.tx, ctx.orgId);
  if (!counts) return;
  const plan = planOf(counts.plan);
  if (plan.seats === null || counts.members + counts.countedPending + wanted <= plan.seats) return;
  const usage = { members: counts.members, pending: await countSeatHoldingInvitations(ctx.tx, ctx.orgId) };
  const refusal = seatRefusal(plan, usage, wanted);
  if (refusal) throw new ActionError('CONFLICT', refusal, field ? { [field]: [refusal] } : undefined);
}
