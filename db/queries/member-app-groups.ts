import 'server-only';
import { sql } from 'drizzle-orm';
import type { Executor } from '@/db';
import { TEAM_LEVELS, type AppGrant, type AppVisibility } from '@/lib/permissions';

/** Apps a member reaches alike: the same granting teams at the same levels, the same visibility. */
export type MemberAppGroup = { visibility: AppVisibility; teams: AppGrant['teams']; count: number; names: string[] };

type GroupRow = { org_visible: boolean; grants: string | null; count: number; names: string[] };

/**
 * Every app of the organization, grouped by how the member reaches it (their teams' levels on it and its
 * visibility), with the group's size and first five App IDs: one statement and a handful of rows whatever
 * the number of apps, since most apps are reached alike (by the role alone). `teams` of a group are the
 * member's teams that grant those apps, as effective access lists them.
 */
export async function memberAppGroups(
  executor: Executor,
  orgId: string,
  userId: string,
): Promise<{ groups: MemberAppGroup[]; total: number }> {
  const result = await executor.execute(sql`
    with per_app as (
      select ta.app_id, string_agg(ta.team_id || ':' || ta.level::text || ':' || t.name, chr(31) order by ta.team_id collate "C") as grants
      from team_members tm
      join team_apps ta on ta.org_id = tm.org_id and ta.team_id = tm.team_id
      join teams t on t.org_id = tm.org_id and t.id = tm.team_id
      where tm.org_id = ${orgId} and tm.user_id = ${userId}
      group by ta.app_id
    )
    select a.visibility = 'org' as org_visible, per_app.grants, count(*)::int as count,
      (array_agg(a.slug order by a.slug))[1:5] as names
    from apps a left join per_app on per_app.app_id = a.id
    where a.org_id = ${orgId}
    group by 1, 2`);
  // postgres.js answers with the rows themselves, PGlite with an object holding them.
  const rows = (Array.isArray(result) ? result : (result as unknown as { rows: GroupRow[] }).rows) as GroupRow[];
  const groups = rows.map((row) => ({
    visibility: row.org_visible ? ('org' as const) : ('private' as const),
    teams: teamsOf(row.grants),
    count: row.count,
    names: row.names,
  }));
  return { groups, total: groups.reduce((sum, g) => sum + g.count, 0) };
}

/** "teamId:level:name" items joined by the unit separator (a team ID holds no colon; a name may). */
function teamsOf(grants: string | null): AppGrant['teams'] {
  if (grants === null) return [];
  return grants.split('\u001f').map((item) => {
    const [teamId, level, ...name] = item.split(':');
    return { teamId: teamId!, level: TEAM_LEVELS[Number(level)]!, teamName: name.join(':') };
  });
}
