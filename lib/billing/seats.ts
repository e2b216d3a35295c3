import { formatUsd } from '@/lib/validations/costs';
import type { Plan } from './plans';

/** Who holds the organization's seats: members, and pending invitations that have not expired. */
export type SeatUsage = { members: number; pending: number };

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

export const seatsUsed = (usage: SeatUsage): number => usage.members + usage.pending;

/** Seats still free on the plan; null when it has no limit. Never negative. */
export function seatsLeft(plan: Plan, usage: SeatUsage): number | null {
  return plan.seats === null ? null : Math.max(0, plan.seats - seatsUsed(usage));
}

/** "9 are used (7 members, 2 pending invitations)". */
export function usedPhrase(usage: SeatUsage): string {
  const used = seatsUsed(usage);
  return `${used.toLocaleString('en-US')} ${used === 1 ? 'is' : 'are'} used (${plural(usage.members, 'member')}, ${plural(usage.pending, 'pending invitation')})`;
}

/** "Team — 10 seats, $5,000 included": short, as a select shows it on a phone. */
export function planSummary(plan: Plan): string {
  const seats = plan.seats === null ? 'unlimited seats' : plural(plan.seats, 'seat');
  return `${plan.label} — ${seats}, ${formatUsd(plan.includedMonthlyCents, { whole: true })} included`;
}

/** The plan in a sentence, for the hint beside the select. */
export function planDescription(plan: Plan): string {
  const seats = plan.seats === null ? 'Unlimited seats' : plural(plan.seats, 'seat');
  return `${plan.label}: ${seats} (members and pending invitations) and ${formatUsd(plan.includedMonthlyCents, { whole: true })} of usage included each month.`;
}

/**
 * Why `wanted` more seats cannot be taken, naming the limit and what holds the seats; null when they fit.
 * Pending invitations are the seats an inviter can free, so they are offered first when there are any.
 */
export function seatRefusal(plan: Plan, usage: SeatUsage, wanted: number): string | null {
  const left = seatsLeft(plan, usage);
  if (left === null || wanted <= left) return null;
  const head = `Your ${plan.label} plan includes ${plural(plan.seats!, 'seat')}; ${usedPhrase(usage)}`;
  const room = left === 0 ? '.' : `, so ${plural(left, 'seat')} ${left === 1 ? 'is' : 'are'} left and this would take ${wanted}.`;
  const fix = usage.pending > 0 ? 'Remove a pending invitation or change the plan.' : 'Remove a member or change the plan.';
  return `${head}${room} ${fix}`;
}

/** Why the organization cannot move to `target`: everyone it holds must keep a seat. Null when they fit. */
export function downgradeRefusal(target: Plan, usage: SeatUsage): string | null {
  if (target.seats === null || seatsUsed(usage) <= target.seats) return null;
  return (
    `The ${target.label} plan includes ${plural(target.seats, 'seat')}; ${usedPhrase(usage)}. ` +
    'Remove members or pending invitations first, or choose a larger plan.'
  );
}
