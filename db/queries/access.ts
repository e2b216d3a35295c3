import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { schema, type Executor } from '@/db';
import { roleGrantsOnApp, type AppGrant, type OrgRole, type TeamLevel } from '@/lib/permissions';

export type MemberAppAccess = { appId: string; slug: string; name: string; grant: AppGrant };

export const EFFECTIVE_ACCESS_APP_LIMIT = 200;

/**
 * Every app a member can reach (the first 200 by App ID), each with the member's granting teams, in one
 * query whatever the number of teams: the grants are aggregated per app in the database.
 */
export async function effectiveAccessForMember(executor: Executor, orgId: string, userId: string, role: OrgRole): Promise<MemberAppAccess[]> {
  const a = schema.apps;
  const ta = schema.teamApps;
  const t = schema.teams;
  const viaTeams = sql`exists (select 1 from ${schema.teamApps} ta2 join ${schema.teamMembers} tm2
    on tm2.org_id = ta2.org_id and tm2.team_id = ta2.team_id
    where ta2.org_id = apps.org_id and ta2.app_id = apps.id and tm2.user_id = ${userId})`;
  const visible = executor
    .select({ id: a.id, slug: a.slug, name: a.name })
    .from(a)
    .where(roleGrantsOnApp(role, 'app.view') ? eq(a.orgId, orgId) : and(eq(a.orgId, orgId), viaTeams))
    .orderBy(asc(a.slug))
    .limit(EFFECTIVE_ACCESS_APP_LIMIT)
    .as('visible');
  const rows = await executor
    .select({
      appId: visible.id,
      slug: visible.slug,
      name: visible.name,
      teams: sql<Array<[string, string, string]>>`coalesce(json_agg(json_build_array(${t.id}, ${t.name}, ${ta.permission}) order by ${t.id}) filter (where ${t.id} is not null), '[]'::json)`,
    })
    .from(visible)
    .leftJoin(
      ta,
      and(
        eq(ta.orgId, orgId),
        eq(ta.appId, visible.id),
        sql`exists (select 1 from ${schema.teamMembers} tm where tm.org_id = ${orgId} and tm.team_id = ${ta.teamId} and tm.user_id = ${userId})`,
      ),
    )
    .leftJoin(t, and(eq(t.orgId, ta.orgId), eq(t.id, ta.teamId)))
    .groupBy(visible.id, visible.slug, visible.name)
    .orderBy(asc(visible.slug));
  return rows.map((row) => ({
    appId: row.appId,
    slug: row.slug,
    name: row.name,
    grant: { role, teams: row.teams.map(([teamId, teamName, level]) => ({ teamId, teamName, level: level as TeamLevel })) },
  }));
}
