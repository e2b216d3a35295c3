import 'server-only';
import { and, eq, isNotNull } from 'drizzle-orm';
import { schema, type Executor, type Tx } from '@/db';
import { ActionError, fieldError } from '@/lib/actions/result';
import { writeAuditEvents } from '@/lib/actions/audit';
import { can, type OrgRole } from '@/lib/permissions';
import { lockOrganization } from './organizations';

const a = schema.apps;

/** Organizations a user may move a personal app into (where their role may create apps). */
export async function transferDestinations(executor: Executor, userId: string) {
  const rows = await executor
    .select({ id: schema.organizations.id, name: schema.organizations.name, role: schema.memberships.role })
    .from(schema.memberships)
    .innerJoin(schema.organizations, eq(schema.organizations.id, schema.memberships.orgId))
    .where(eq(schema.memberships.userId, userId));
  return rows.filter((r) => can(r.role as OrgRole, 'apps.create')).map(({ id, name }) => ({ id, name }));
}

/**
 * Moves a personal app into an organization. The caller must own the app and hold `apps.create` in the
 * destination, read from the database inside this transaction; an App ID already used there is refused
 * beside the field (choose a new one).
 */
export async function transferPersonalApp(
  tx: Tx,
  user: { id: string },
  input: { appId: string; orgId: string; newName?: string; newSlug?: string },
): Promise<{ orgId: string; slug: string }> {
  const [app] = await tx
    .select({ id: a.id, slug: a.slug, name: a.name })
    .from(a)
    .where(and(eq(a.id, input.appId), eq(a.ownerUserId, user.id), isNotNull(a.ownerUserId)))
    .for('update');
  if (!app) throw new ActionError('NOT_FOUND', 'That app does not exist, or it is not yours.');

  // Lock first, then read the role (locked too): a demotion committed meanwhile is seen, not overtaken.
  await lockOrganization(tx, input.orgId);
  const [membership] = await tx
    .select({ role: schema.memberships.role })
    .from(schema.memberships)
    .where(and(eq(schema.memberships.orgId, input.orgId), eq(schema.memberships.userId, user.id)))
    .for('share');
  if (!membership || !can(membership.role as OrgRole, 'apps.create')) {
    throw fieldError('orgId', 'You cannot create apps in that organization.');
  }
  const slug = input.newSlug || app.slug;
  const [taken] = await tx
    .select({ id: a.id })
    .from(a)
    .where(and(eq(a.orgId, input.orgId), eq(a.slug, slug)));
  if (taken) {
    throw fieldError(input.newSlug ? 'newSlug' : 'orgId', `The App ID "${slug}" is already used in that organization. Enter a new App ID.`);
  }
  const name = input.newName || app.name;
  await tx.update(a).set({ orgId: input.orgId, ownerUserId: null, slug, name }).where(eq(a.id, app.id));
  await writeAuditEvents(tx, input.orgId, user.id, [
    {
      action: 'app.transferred_in',
      targetType: 'app',
      targetId: slug,
      data: { appId: app.id, before: { slug: app.slug, name: app.name }, after: { slug, name } },
    },
  ]);
  return { orgId: input.orgId, slug };
}
