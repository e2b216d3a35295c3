import { and, eq } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import type { OrgRole } from '@/lib/permissions';

let counter = 0;
/** Unique per call and per worker, so tests sharing one database never collide. */
export function unique(prefix: string): string {
  counter += 1;
  return `${prefix}-${process.pid.toString(36)}${Date.now().toString(36)}${counter}`.toLowerCase().slice(0, 48);
}

export async function createUser(overrides: { name?: string; email?: string; verified?: boolean } = {}) {
  const db = await getDb();
  const email = (overrides.email ?? `${unique('user')}@example.test`).toLowerCase();
  const [user] = await db
    .insert(schema.users)
    .values({ name: overrides.name ?? 'Test User', email, emailVerified: overrides.verified === false ? null : new Date() })
    .returning({ id: schema.users.id, email: schema.users.email });
  return user!;
}

export async function createOrg(admin: { id: string }, overrides: { id?: string; name?: string } = {}) {
  const db = await getDb();
  const id = overrides.id ?? unique('org');
  await db.insert(schema.organizations).values({ id, name: overrides.name ?? `Org ${id}`, billingEmail: 'billing@example.test' });
  await db.insert(schema.memberships).values({ orgId: id, userId: admin.id, role: 'admin' });
  return { id };
}

export async function addMember(orgId: string, role: OrgRole, user?: { id: string; email: string }) {
  const member = user ?? (await createUser());
  const db = await getDb();
  await db.insert(schema.memberships).values({ orgId, userId: member.id, role });
  return member;
}

export async function roleOf(orgId: string, userId: string): Promise<string | null> {
  const db = await getDb();
  const [row] = await db
    .select({ role: schema.memberships.role })
    .from(schema.memberships)
    .where(and(eq(schema.memberships.orgId, orgId), eq(schema.memberships.userId, userId)));
  return row?.role ?? null;
}

export async function orgExists(orgId: string): Promise<boolean> {
  const db = await getDb();
  const [row] = await db.select({ id: schema.organizations.id }).from(schema.organizations).where(eq(schema.organizations.id, orgId));
  return Boolean(row);
}
