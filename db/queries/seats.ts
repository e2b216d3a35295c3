import 'server-only';
import { and, eq, gt, sql } from 'drizzle-orm';
import { schema, type Executor, type Tx } from '@/db';
import type { PlanKey } from '@/lib/billing/plans';

const inv = schema.invitations;

/** What the organization's seats hold: members and pending invitations counted as org_counts keeps them. */
export type SeatCounts = { plan: PlanKey; members: number; countedPending: number };

/**
 * The organization's plan and counts, the org_counts row locked (FOR UPDATE) until commit. It is the seat
 * lock: every change of members or pending invitations updates that row, so whoever takes a seat after
 * this waits, and reads what this transaction leaves. Null when there is no such organization.
 */
export async function lockSeatCounts(tx: Tx, orgId: string): Promise<SeatCounts | null> {
  const [row] = await tx
    .select({ plan: schema.organizations.plan, members: schema.orgCounts.members, countedPending: schema.orgCounts.pendingInvitations })
    .from(schema.orgCounts)
    .innerJoin(schema.organizations, eq(schema.organizations.id, schema.orgCounts.orgId))
    .where(eq(schema.orgCounts.orgId, orgId))
    .for('update', { of: schema.orgCounts });
  return row ?? null;
}

/** The same, unlocked, for pages. */
export async function readSeatCounts(executor: Executor, orgId: string): Promise<SeatCounts | null> {
  const [row] = await executor
    .select({ plan: schema.organizations.plan, members: schema.orgCounts.members, countedPending: schema.orgCounts.pendingInvitations })
    .from(schema.orgCounts)
    .innerJoin(schema.organizations, eq(schema.organizations.id, schema.orgCounts.orgId))
    .where(eq(schema.orgCounts.orgId, orgId));
  return row ?? null;
}

/**
 * Pending invitations that hold a seat: unanswered and unexpired. (org_counts also counts those past
 * their expiry, which an Admin may still resend; they hold no seat until then.)
 */
export async function countSeatHoldingInvitations(executor: Executor, orgId: string): Promise<number> {
  const [row] = await executor
    .select({ n: sql<number>`count(*)::int` })
    .from(inv)
    .where(and(eq(inv.orgId, orgId), eq(inv.status, 'pending'), gt(inv.expiresAt, sql`now()`)));
  return Number(row?.n ?? 0);
}

/** Whether the invitation holds a seat now (pending and unexpired): resending one that does not takes one. */
export async function invitationHoldsSeat(executor: Executor, orgId: string, invitationId: string): Promise<boolean> {
  const [row] = await executor
    .select({ id: inv.id })
    .from(inv)
    .where(and(eq(inv.id, invitationId), eq(inv.orgId, orgId), eq(inv.status, 'pending'), gt(inv.expiresAt, sql`now()`)));
  return Boolean(row);
}

/** The organization's plan, the row locked as an UPDATE would (NO KEY UPDATE): plan changes run one after another. */
export async function lockOrganizationPlan(tx: Tx, orgId: string): Promise<PlanKey | null> {
  const [row] = await tx
    .select({ plan: schema.organizations.plan })
    .from(schema.organizations)
    .where(eq(schema.organizations.id, orgId))
    .for('no key update');
  return row?.plan ?? null;
}

export async function setOrganizationPlan(tx: Tx, orgId: string, plan: PlanKey): Promise<void> {
  await tx.update(schema.organizations).set({ plan }).where(eq(schema.organizations.id, orgId));
}

/** For pages: the plan and exact seat usage (members, unexpired pending invitations); null when there is no such organization. */
export async function readPlanUsage(
  executor: Executor,
  orgId: string,
): Promise<{ plan: PlanKey; members: number; pending: number } | null> {
  const counts = await readSeatCounts(executor, orgId);
  if (!counts) return null;
  // Nothing pending by the counter means nothing to count.
  const pending = counts.countedPending === 0 ? 0 : await countSeatHoldingInvitations(executor, orgId);
  return { plan: counts.plan, members: counts.members, pending };
}
