import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { schema, type Executor } from '@/db';
import { roleGrantsOnApp, type AppGrant, type OrgRole, type TeamLevel } from '@/lib/permissions';

export type MemberAppAccess = { appId: string; slug: string; name: string; grant: AppGrant };

export const EFFECTIVE_ACCESS_APP_LIMIT = 200;

/**
 * Every app a member can reach, with the role and each granting team, in one query whatever the number
 * of teams: apps joined to the member's team grants (one row per app and granting team), grouped here.
 */
export async function effectiveAccessForMember(executor: Executor, orgId: string, userId: string, role: OrgRole): Promise<MemberAppAccess[]> {
  const allApps = roleGrantsOnApp(role, 'app.view');
  const grants = executor
    .select({ appId: schema.teamApps.appId, teamId: schema.teams.id, teamName: schema.teams.name, level: schema.teamApps.permission })
    .from(schema.teamMembers)
    .innerJoin(schema.teamApps, and(eq(schema.teamApps.orgId, schema.teamMembers.orgId), eq(schema.teamApps.teamId, schema.teamMembers.teamId)))
    .innerJoin(schema.teams, and(eq(schema.teams.orgId, schema.teamMembers.orgId), eq(schema.teams.id, schema.teamMembers.teamId)))
    .where(and(eq(schema.teamMembers.orgId, orgId), eq(schema.teamMembers.userId, userId)))
    .as('grants');
  const rows = await executor
    .select({ appId: schema.apps.id, slug: schema.apps.slug, name: schema.apps.name, teamId: grants.teamId, teamName: grants.teamName, level: grants.level })
    .from(schema.apps)
    [allApps ? 'leftJoin' : 'innerJoin'](grants, eq(grants.appId, schema.apps.id))
    .where(
      and(
        eq(schema.apps.orgId, orgId),
        // Bound the page by apps, not by rows: the app must be among the first N by App ID.
        sql`${schema.apps.slug} <= coalesce((
          select s.slug from (
            select a2.slug from ${schema.apps} a2 where a2.org_id = ${orgId}
            ${allApps ? sql`` : sql`and exists (select 1 from ${schema.teamApps} ta join ${schema.teamMembers} tm on tm.org_id = ta.org_id and tm.team_id = ta.team_id where ta.org_id = a2.org_id and ta.app_id = a2.id and tm.user_id = ${userId})`}
            order by a2.slug limit ${EFFECTIVE_ACCESS_APP_LIMIT}
          ) s order by s.slug desc limit 1), '')`,
      ),
    )
    .orderBy(asc(schema.apps.slug), asc(grants.teamId));
  const byApp = new Map<string, MemberAppAccess>();
  for (const row of rows) {
    let entry = byApp.get(row.appId);
    if (!entry) {
      entry = { appId: row.appId, slug: row.slug, name: row.name, grant: { role, teams: [] } };
      byApp.set(row.appId, entry);
    }
    if (row.teamId && row.teamName && row.level) {
      (entry.grant.teams as Array<{ teamId: string; teamName: string; level: TeamLevel }>).push({ teamId: row.teamId, teamName: row.teamName, level: row.level as TeamLevel });
    }
  }
  return [...byApp.values()];
}
