import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { schema, type Tx } from '@/db';
import type { AssignmentStatus } from '@/lib/validations/labeling';
import { canLabelInApp } from './labeling-tasks';

const ta = schema.taskAssignees;
const m = schema.memberships;
const u = schema.users;

export type AssignmentCandidate = { userId: string; email: string; canLabel: boolean };

/**
 * Which of these users are members of the organization, and whether each may label in the app; their
 * memberships are held (a role change waits) until the assignment is written.
 */
export async function membersToAssign(tx: Tx, orgId: string, appId: string, userIds: string[]): Promise<AssignmentCandidate[]> {
  return tx
    .select({ userId: m.userId, email: u.email, canLabel: sql<boolean>`${canLabelInApp(appId)}` })
    .from(m)
    .innerJoin(u, eq(u.id, m.userId))
    .where(and(eq(m.orgId, orgId), inArray(m.userId, userIds)))
    .for('share', { of: m });
}

/** Assigns the users to the task; those already assigned are left as they are. Returns the newly assigned. */
export async function insertAssignments(tx: Tx, orgId: string, appId: string, taskId: string, userIds: string[]): Promise<string[]> {
  if (userIds.length === 0) return [];
  const added = await tx
    .insert(ta)
    .values(userIds.map((userId) => ({ orgId, appId, taskId, userId })))
    .onConflictDoNothing()
    .returning({ userId: ta.userId });
  return added.map((a) => a.userId);
}

/** A 'task_assigned' notice in each of these users' notification bars. */
export async function insertAssignedNotifications(
  tx: Tx,
  orgId: string,
  userIds: string[],
  payload: { taskName: string; appName: string; href: string },
): Promise<void> {
  if (userIds.length === 0) return;
  await tx.insert(schema.notifications).values(userIds.map((userId) => ({ userId, orgId, kind: 'task_assigned', payload })));
}

/**
 * The user's assignment to the task, locked for the rest of the transaction: their own saves, their
 * status and their removal from the task queue on it. Call with the task held (lockTask).
 */
export async function lockAssignment(tx: Tx, orgId: string, taskId: string, userId: string): Promise<{ status: AssignmentStatus } | null> {
  const [row] = await tx
    .select({ status: ta.status })
    .from(ta)
    .where(and(eq(ta.orgId, orgId), eq(ta.taskId, taskId), eq(ta.userId, userId)))
    .for('update');
  return row ? { status: row.status as AssignmentStatus } : null;
}

export async function setAssignmentStatus(tx: Tx, orgId: string, taskId: string, userId: string, status: AssignmentStatus): Promise<void> {
  await tx
    .update(ta)
    .set({ status })
    .where(and(eq(ta.orgId, orgId), eq(ta.taskId, taskId), eq(ta.userId, userId)));
}

/** How many annotations the user wrote on the task. */
export async function countAnnotationsBy(tx: Tx, orgId: string, taskId: string, userId: string): Promise<number> {
  const an = schema.annotations;
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(an)
    .where(and(eq(an.orgId, orgId), eq(an.taskId, taskId), eq(an.annotatorId, userId)));
  return Number(row?.n ?? 0);
}

/** Ends the user's assignment; their annotations of the task go with it (cascade). */
export async function deleteAssignment(tx: Tx, orgId: string, appId: string, taskId: string, userId: string): Promise<void> {
  await tx.delete(ta).where(and(eq(ta.orgId, orgId), eq(ta.appId, appId), eq(ta.taskId, taskId), eq(ta.userId, userId)));
}
