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
  const tm = schema.teamMembers;
  const ta = schema.teamApps;
  const t = schema.teams;
  // The member's grants: their teams (a few hundred at most) joined to those teams' apps.
  const grants = executor
    .select({ appId: ta.appId, teamId: t.id, teamName: t.name, level: ta.permission })
    .from(tm)
    .innerJoin(t, and(eq(t.orgId, tm.orgId), eq(t.id, tm.teamId)))
    .innerJoin(ta, and(eq(ta.orgId, tm.orgId), eq(ta.teamId, tm.teamId)))
    .where(and(eq(tm.orgId, orgId), eq(tm.userId, userId)))
    .as('grants');
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
      teams: sql<Array<[string, string, string]>>`coalesce(json_agg(json_build_array(${grants.teamId}, ${grants.teamName}, ${grants.level}) order by ${grants.teamId}) filter (where ${grants.teamId} is not null), '[]'::json)`,
    })
    .from(visible)
    .leftJoin(grants, eq(grants.appId, visible.id))
    .groupBy(visible.id, visible.slug, visible.name)
    .orderBy(asc(visible.slug));
  return rows.map((row) => ({
    appId: row.appId,
    slug: row.slug,
    name: row.name,
    grant: { role, teams: row.teams.map(([teamId, teamName, level]) => ({ teamId, teamName, level: level as TeamLevel })) },
  }));
}
