import type { Metadata } from 'next';
import Link from 'next/link';
import { Pager } from '@/components/ui/pager';
import { getDb } from '@/db';
import { countTeams, listTeams } from '@/db/queries/teams';
import { requireOrgAccess } from '@/lib/auth/access';
import { can, TEAM_LEVEL_LABELS } from '@/lib/permissions';
import { buttonClass } from '@/components/ui/button-class';
import { inputClass } from '@/components/ui/field';
import { CreateTeamDialog } from './_components/create-team-dialog';
import { DeleteTeamButton } from './_components/delete-team-button';
import { EmptyState, thClass } from '@/components/ui/table';
import { singleValues } from '@/lib/search-params';

export const metadata: Metadata = { title: 'Teams' };

export default async function TeamsPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgId: string }>;
  searchParams: Promise<{ q?: string | string[]; after?: string | string[] }>;
}) {
  const { orgId } = await params;
  const search = singleValues(await searchParams);
  const access = await requireOrgAccess(orgId, 'teams.view_own');
  const manage = can(access.role, 'teams.manage');
  const q = search.q?.slice(0, 100);
  const db = await getDb();
  // Fixed query count: one page of teams with their counts, and the total.
  const [teams, total] = await Promise.all([
    listTeams(db, orgId, { q, after: search.after, onlyMemberId: manage ? undefined : access.user.id }),
    manage ? countTeams(db, orgId) : Promise.resolve(null),
  ]);
  const next = teams.nextCursor ? `/orgs/${orgId}/teams?${new URLSearchParams({ ...(q ? { q } : {}), after: teams.nextCursor })}` : null;
  return (
    <main className="p-4 sm:p-6">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold">Teams</h1>
          <p className="text-sm text-fg-muted">
            {manage ? `${total} team${total === 1 ? '' : 's'} in ${access.org.name}.` : 'The teams you belong to.'}
          </p>
        </div>
        {manage ? <CreateTeamDialog orgId={orgId} /> : null}
      </div>
      <form role="search" className="mb-4 flex max-w-md gap-2" action={`/orgs/${orgId}/teams`}>
        <label htmlFor="teams-search" className="sr-only">
          Search teams
        </label>
        <input id="teams-search" name="q" type="search" defaultValue={q} placeholder="Search teams" className={inputClass} />
        <button type="submit" className={buttonClass('secondary')}>
          Search
        </button>
      </form>
      {teams.rows.length === 0 ? (
        <EmptyState>{q ? `No teams match “${q}”.` : manage ? 'No teams yet — Create Team.' : 'You are not in a team yet.'}</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-border">
          <table className="w-full text-sm">
            <caption className="sr-only">Teams</caption>
            <thead className="sticky top-0 bg-bg-subtle">
              <tr>
                <th scope="col" className={thClass}>
                  Team
                </th>
                <th scope="col" className={`${thClass} hidden sm:table-cell`}>
                  Default permission
                </th>
                <th scope="col" className={thClass}>
                  Members
                </th>
                <th scope="col" className={thClass}>
                  Apps
                </th>
                {manage ? (
                  <th scope="col" className={thClass}>
                    <span className="sr-only">Actions</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {teams.rows.map((team) => (
                <tr key={team.id} className="border-t border-border">
                  <td className="px-4 py-3">
                    <Link href={`/orgs/${orgId}/teams/${team.id}`} className="font-medium hover:underline">
                      {team.name}
                    </Link>
                    <div className="text-xs text-fg-muted">{team.id}</div>
                  </td>
                  <td className="hidden px-4 py-3 sm:table-cell">{TEAM_LEVEL_LABELS[team.defaultPermission]}</td>
                  <td className="px-4 py-3 tabular-nums">{team.memberCount}</td>
                  <td className="px-4 py-3 tabular-nums">{team.appCount}</td>
                  {manage ? (
                    <td className="px-4 py-3 text-right">
                      <DeleteTeamButton orgId={orgId} teamId={team.id} teamName={team.name} />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager firstHref={search.after ? `/orgs/${orgId}/teams${q ? `?q=${encodeURIComponent(q)}` : ''}` : null} nextHref={next} />
    </main>
  );
}
