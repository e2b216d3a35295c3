import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { schema, type Executor, type Tx } from '@/db';
import type { PlanKey } from '@/lib/billing/plans';
import { OWNER_ROLE, type OrgRole } from '@/lib/permissions';

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
  return rows.map((row) => ({ ...row, memberCount: Number(row.memberCount ?? 0) }));
}

/** The organization's name; null when there is no such organization. */
export async function findOrganizationName(executor: Executor, orgId: string): Promise<string | null> {
  const [org] = await executor
    .select({ name: schema.organizations.name })
    .from(schema.organizations)
    .where(eq(schema.organizations.id, orgId));
  return org?.name ?? null;
}

export async function organizationIdTaken(executor: Executor, orgId: string): Promise<boolean> {
  const [taken] = await executor
    .select({ id: schema.organizations.id })
    .from(schema.organizations)
    .where(eq(schema.organizations.id, orgId));
  return Boolean(taken);
}

/** The organization and its first member, an Admin. */
export async function insertOrganization(
  tx: Tx,
  values: { id: string; name: string; billingEmail: string; plan: PlanKey },
  adminUserId: string,
): Promise<void> {
  await tx.insert(schema.organizations).values(values);
  await tx.insert(schema.memberships).values({ orgId: values.id, userId: adminUserId, role: OWNER_ROLE });
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
    .where(and(eq(schema.memberships.orgId, orgId), eq(schema.memberships.role, OWNER_ROLE)));
  return Number(row?.n ?? 0);
}

export type OrganizationSettings = { name: string; billingEmail: string; allowTokensWithoutExpiry: boolean };

/**
 * The organization's editable settings, the row locked (NO KEY UPDATE, as an UPDATE would) so two saves
 * run one after the other and each sees what it replaces; null when there is no such organization.
 */
export async function lockOrganizationSettings(tx: Tx, orgId: string): Promise<OrganizationSettings | null> {
  const [org] = await tx
    .select({
      name: schema.organizations.name,
      billingEmail: schema.organizations.billingEmail,
      allowTokensWithoutExpiry: schema.organizations.allowTokensWithoutExpiry,
    })
    .from(schema.organizations)
    .where(eq(schema.organizations.id, orgId))
    .for('no key update');
  return org ?? null;
}

/** Writes the settings given; a setting left out keeps its value. */
export async function updateOrganizationRow(tx: Tx, orgId: string, values: Partial<OrganizationSettings>): Promise<void> {
  await tx.update(schema.organizations).set(values).where(eq(schema.organizations.id, orgId));
}

/** Deletes the organization; everything in it goes with it (foreign keys cascade). */
export async function deleteOrganizationRow(tx: Tx, orgId: string): Promise<void> {
  await tx.delete(schema.organizations).where(eq(schema.organizations.id, orgId));
}

export type OrganizationDetails = { id: string; name: string; billingEmail: string; plan: PlanKey; createdAt: Date };

/** The organization's own row (what the API's GET /orgs/{orgId} shows); null when there is none. */
export async function findOrganization(executor: Executor, orgId: string): Promise<OrganizationDetails | null> {
  const o = schema.organizations;
  const [org] = await executor
    .select({ id: o.id, name: o.name, billingEmail: o.billingEmail, plan: o.plan, createdAt: o.createdAt })
    .from(o)
    .where(eq(o.id, orgId));
  return org ?? null;
}

/**
 * Which of these organizations let members make tokens that never expire (the New token dialog offers
 * "No expiration" only for them; the command asks again for its own organization).
 */
export async function orgsAllowingTokensWithoutExpiry(executor: Executor, orgIds: readonly string[]): Promise<string[]> {
  if (orgIds.length === 0) return [];
  const o = schema.organizations;
  const rows = await executor
    .select({ id: o.id })
    .from(o)
    .where(and(inArray(o.id, [...orgIds]), eq(o.allowTokensWithoutExpiry, true)));
  return rows.map((row) => row.id);
}
