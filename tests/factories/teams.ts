import { and, asc, count, eq, inArray, or } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { pgErrorCode } from '@/domain/db-errors';
import type { OrgRole, TeamLevel } from '@/lib/permissions';
import { addMember, createOrg, createUser, unique } from './index';

type User = { id: string; email: string };

/** A team inserted directly (bypassing the actions), with the given members. */
export async function createTeam(
  orgId: string,
  options: { id?: string; name?: string; defaultPermission?: TeamLevel; members?: Array<{ id: string }> } = {},
) {
  const db = await getDb();
  const id = options.id ?? unique('team');
  await db
    .insert(schema.teams)
    .values({ orgId, id, name: options.name ?? `Team ${id}`, defaultPermission: options.defaultPermission ?? 'model_trainer' });
  if (options.members?.length) await addToTeam(orgId, id, options.members);
  return { id };
}

export async function addToTeam(orgId: string, teamId: string, members: Array<{ id: string }>) {
  const db = await getDb();
  await db.insert(schema.teamMembers).values(members.map((m) => ({ orgId, teamId, userId: m.id })));
}

/** An app owned by an organization (`{ orgId }`) or a user's personal app (`{ userId }`). */
export async function createApp(
  owner: { orgId: string } | { userId: string },
  options: { slug?: string; name?: string; visibility?: 'private' | 'org' } = {},
) {
  const db = await getDb();
  const slug = options.slug ?? unique('app');
  const [row] = await db
    .insert(schema.apps)
    .values({
      ...('orgId' in owner ? { orgId: owner.orgId } : { ownerUserId: owner.userId }),
      slug,
      name: options.name ?? `App ${slug}`,
      visibility: options.visibility ?? 'private',
    })
    .returning({ id: schema.apps.id, slug: schema.apps.slug, name: schema.apps.name });
  return row!;
}

export async function grantApp(orgId: string, teamId: string, appId: string, permission: TeamLevel = 'full_access') {
  const db = await getDb();
  await db.insert(schema.teamApps).values({ orgId, teamId, appId, permission });
}

export async function appRow(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(schema.apps).where(eq(schema.apps.id, id));
  return row ?? null;
}

export async function teamRow(orgId: string, teamId: string) {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(schema.teams)
    .where(and(eq(schema.teams.orgId, orgId), eq(schema.teams.id, teamId)));
  return row ?? null;
}

export async function teamMemberIds(orgId: string, teamId: string): Promise<string[]> {
  const db = await getDb();
  const tm = schema.teamMembers;
  const rows = await db
    .select({ userId: tm.userId })
    .from(tm)
    .where(and(eq(tm.orgId, orgId), eq(tm.teamId, teamId)))
    .orderBy(asc(tm.userId));
  return rows.map((r) => r.userId);
}

export async function teamAppGrants(orgId: string, teamId: string) {
  const db = await getDb();
  const ta = schema.teamApps;
  return db
    .select({ appId: ta.appId, permission: ta.permission })
    .from(ta)
    .where(and(eq(ta.orgId, orgId), eq(ta.teamId, teamId)))
    .orderBy(asc(ta.appId));
}

/** A team member (or any person) of a role, in the organization and in the given team. */
export async function memberInTeam(orgId: string, role: OrgRole, teamId: string, name?: string) {
  const user = await addMember(orgId, role, await createUser({ name }));
  await addToTeam(orgId, teamId, [user]);
  return user;
}

/**
 * One organization as an Admin left it: team `teamId` (member `inTeam`, app `teamApp` granted at
 * Model Trainer), a member `notInTeam`, and an app `freeApp` no team has.
 */
export async function teamOrg() {
  const admin: User = await createUser();
  const { id: orgId } = await createOrg(admin);
  const { id: teamId } = await createTeam(orgId, { defaultPermission: 'model_trainer' });
  const inTeam = await memberInTeam(orgId, 'org_user', teamId);
  const notInTeam = await addMember(orgId, 'team_contributor');
  const teamApp = await createApp({ orgId });
  const freeApp = await createApp({ orgId });
  await grantApp(orgId, teamId, teamApp.id, 'model_trainer');
  return { orgId, admin, teamId, inTeam, notInTeam, teamApp, freeApp };
}
export type TeamOrg = Awaited<ReturnType<typeof teamOrg>>;

/**
 * Every row a teams or apps action could touch in these organizations, as plain data: teams,
 * team_members, team_apps, the organizations' apps and the personal apps of `userIds`, memberships,
 * notifications about the organizations or to `userIds`, and the number of audit events.
 */
export async function tenantSnapshot(orgIds: string[], userIds: string[] = []) {
  const db = await getDb();
  const { teams: t, teamMembers: tm, teamApps: ta, apps: a, memberships: m, notifications: n, auditEvents: ae } = schema;
  const users = userIds.length ? userIds : ['-'];
  const [audit] = await db.select({ n: count() }).from(ae).where(inArray(ae.orgId, orgIds));
  return {
    teams: await db.select().from(t).where(inArray(t.orgId, orgIds)).orderBy(asc(t.orgId), asc(t.id)),
    teamMembers: await db.select().from(tm).where(inArray(tm.orgId, orgIds)).orderBy(asc(tm.orgId), asc(tm.teamId), asc(tm.userId)),
    teamApps: await db.select().from(ta).where(inArray(ta.orgId, orgIds)).orderBy(asc(ta.orgId), asc(ta.teamId), asc(ta.appId)),
    apps: await db
      .select()
      .from(a)
      .where(or(inArray(a.orgId, orgIds), inArray(a.ownerUserId, users)))
      .orderBy(asc(a.id)),
    memberships: await db.select().from(m).where(inArray(m.orgId, orgIds)).orderBy(asc(m.orgId), asc(m.userId)),
    notifications: await db
      .select({ id: n.id, userId: n.userId, kind: n.kind })
      .from(n)
      .where(or(inArray(n.orgId, orgIds), inArray(n.userId, users)))
      .orderBy(asc(n.id)),
    audit: Number(audit?.n),
  };
}

/** The PostgreSQL error code a statement failed with (e.g. '23503', foreign key violation). */
export async function failureCode(statement: PromiseLike<unknown>): Promise<string | undefined> {
  try {
    await statement;
  } catch (error) {
    return pgErrorCode(error) ?? 'unknown';
  }
  return undefined;
}
