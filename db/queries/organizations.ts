import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { schema, type Executor, type Tx } from '@/db';
import { ActionError, fieldError } from '@/lib/actions/result';
import { requireAllowance } from '@/lib/limits';
import type { OrgRole } from '@/lib/permissions';

export type OrganizationListItem = { id: string; name: string; billingEmail: string; role: OrgRole; memberCount: number; joinedAt: Date };

/** The user's organizations with their role and member count (org_counts); one query whatever their number. */
export async function listOrganizationsForUser(executor: Executor, userId: string): Promise<OrganizationListItem[]> {
  const rows = await executor
    .select({
      id: schema.organizations.id,
      name: schema.organizations.name,
      billingEmail: schema.organizations.billingEmail,
      role: schema.memberships.role,
      joinedAt: schema.memberships.createdAt,
      memberCount: sql<number>`(select c.members from ${schema.orgCounts} c where c.org_id = organizations.id)`,
    })
    .from(schema.memberships)
    .innerJoin(schema.organizations, eq(schema.organizations.id, schema.memberships.orgId))
    .where(eq(schema.memberships.userId, userId))
    .orderBy(asc(sql`lower(${schema.organizations.name})`), asc(schema.organizations.id));
  return rows.map((row) => ({ ...row, role: row.role as OrgRole, memberCount: Number(row.memberCount ?? 0) }));
}

export const VERIFY_TO_CREATE = 'Verify your email address to create organizations.';

/**
 * Organizations are free, so creating them is where invitation spam would start: only an account whose
 * address is proven may, and only so many a day (counted in this transaction, so a refused or failed
 * creation gives its point back).
 */
export async function createOrganization(
  tx: Tx,
  creator: { id: string; emailVerified: boolean },
  input: { id: string; name: string; billingEmail: string },
): Promise<{ id: string }> {
  if (!creator.emailVerified) throw new ActionError('FORBIDDEN', VERIFY_TO_CREATE);
  const creatorId = creator.id;
  await requireAllowance(tx, 'organizationsPerUser', creatorId, 1, 'You have created the most organizations allowed in a day.');
  const [taken] = await tx.select({ id: schema.organizations.id }).from(schema.organizations).where(eq(schema.organizations.id, input.id));
  if (taken) throw fieldError('id', 'This Organization ID is taken. Choose another.');
  // A concurrent creator of the same ID loses on the primary key; db-errors turns that into the same message.
  await tx.insert(schema.organizations).values({ id: input.id, name: input.name, billingEmail: input.billingEmail });
  await tx.insert(schema.memberships).values({ orgId: input.id, userId: creatorId, role: 'admin' });
  return { id: input.id };
}

/**
 * Locks the organization row: changes to its membership queue behind each other. NO KEY UPDATE, so
 * inserts that merely reference the organization (foreign-key checks take KEY SHARE) are not blocked.
 */
export async function lockOrganization(tx: Tx, orgId: string): Promise<void> {
  await tx
    .select({ id: schema.organizations.id })
    .from(schema.organizations)
    .where(eq(schema.organizations.id, orgId))
    .for('no key update');
}

export async function countAdmins(executor: Executor, orgId: string): Promise<number> {
  const [row] = await executor
    .select({ n: sql<number>`count(*)::int` })
    .from(schema.memberships)
    .where(and(eq(schema.memberships.orgId, orgId), eq(schema.memberships.role, 'admin')));
  return Number(row?.n ?? 0);
}

export async function deleteOrganization(tx: Tx, orgId: string, confirmation: string): Promise<void> {
  if (confirmation !== orgId) {
    throw fieldError('confirmation', `Type the Organization ID "${orgId}" to confirm.`);
  }
  await tx.delete(schema.organizations).where(eq(schema.organizations.id, orgId));
}
