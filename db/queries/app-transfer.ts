import 'server-only';
import { and, eq } from 'drizzle-orm';
import { schema, type Executor, type Tx } from '@/db';
import type { OrgRole } from '@/lib/permissions';

const a = schema.apps;

/** Every organization the user belongs to, with their role there. */
export async function listMembershipsOfUser(
  executor: Executor,
  userId: string,
): Promise<Array<{ id: string; name: string; role: OrgRole }>> {
  return executor
    .select({ id: schema.organizations.id, name: schema.organizations.name, role: schema.memberships.role })
    .from(schema.memberships)
    .innerJoin(schema.organizations, eq(schema.organizations.id, schema.memberships.orgId))
    .where(eq(schema.memberships.userId, userId));
}

/** The user's personal app, locked for update (it is about to change owner); null if it is not theirs. */
export async function lockPersonalApp(tx: Tx, userId: string, appId: string): Promise<{ id: string; slug: string; name: string } | null> {
  const [app] = await tx
    .select({ id: a.id, slug: a.slug, name: a.name })
    .from(a)
    .where(and(eq(a.id, appId), eq(a.ownerUserId, userId)))
    .for('update');
  return app ?? null;
}

/** Makes the user's personal app an app of the organization, under the App ID and name it has there. */
export async function moveAppIntoOrg(
  tx: Tx,
  userId: string,
  appId: string,
  into: { orgId: string; slug: string; name: string },
): Promise<void> {
  await tx
    .update(a)
    .set({ orgId: into.orgId, ownerUserId: null, slug: into.slug, name: into.name })
    .where(and(eq(a.id, appId), eq(a.ownerUserId, userId)));
}
