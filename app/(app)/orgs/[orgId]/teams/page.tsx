import type { Metadata } from 'next';
import { Pager } from '@/components/ui/pager';
import { getDb } from '@/db';
import { countTeams, listTeams } from '@/db/queries/teams';
import { requireOrgAccess } from '@/lib/auth/access';
import { can, TEAM_LEVEL_LABELS } from '@/lib/permissions';
import { buttonClass } from '@/components/ui/button-class';
import { inputClass } from '@/components/ui/field';
import { CreateTeamDialog } from './_components/create-team-dialog';
import { DeleteTeamButton } from './_components/delete-team-button';
import { ManagedBadge } from './_components/managed-badge';
import { AppLink } from '@/components/ui/app-link';
import { DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
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
  // No team at all (not a search, not a later page): the create button moves into the empty state.
  const emptyList = !q && !search.after && teams.rows.length === 0;
  return (
    <main className="p-4 sm:p-6">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold">Teams</h1>
          <p className="text-sm text-fg-muted">
            {manage ? `${total} team${total === 1 ? '' : 's'} in ${access.org.name}.` : 'The teams you belong to.'}
          </p>
        </div>
        {manage && !emptyList ? <CreateTeamDialog orgId={orgId} /> : null}
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
        <EmptyState action={manage && emptyList ? <CreateTeamDialog orgId={orgId} /> : undefined}>
          {q ? `No teams match “${q}”.` : manage ? 'No teams yet.' : 'You are not in a team yet.'}
        </EmptyState>
      ) : (
        <DataTable
          caption="Teams"
          rows={teams.rows}
          rowKey={(team) => team.id}
          columns={[
            {
              header: 'Team',
              cell: (team) => (
                <>
                  <AppLink href={`/orgs/${orgId}/teams/${team.id}`}>{team.name}</AppLink>
                  <div>{team.id}</div>
                  {/* A phone has no room for the count columns: the counts go under the name (as the team page's emails do). */}
                  <div className="text-xs text-fg-muted sm:hidden">
                    {team.memberCount} {team.memberCount === 1 ? 'member' : 'members'} · {team.appCount}{' '}
                    {team.appCount === 1 ? 'app' : 'apps'}
                  </div>
                  {team.managedByIdp ? (
                    <div className="mt-1">
                      <ManagedBadge />
                    </div>
                  ) : null}
                </>
              ),
            },
            { header: 'Default permission', from: 'sm', cell: (team) => TEAM_LEVEL_LABELS[team.defaultPermission] },
            { header: 'Members', from: 'sm', numeric: true, cell: (team) => team.memberCount },
            { header: 'Apps', from: 'sm', numeric: true, cell: (team) => team.appCount },
            manage && {
              header: 'Actions',
              hideHeader: true,
              // A SCIM group's team is deleted in the identity provider (the command refuses it here).
              cell: (team) => (team.managedByIdp ? null : <DeleteTeamButton orgId={orgId} teamId={team.id} teamName={team.name} />),
            },
          ]}
        />
      )}
      <Pager firstHref={search.after ? `/orgs/${orgId}/teams${q ? `?q=${encodeURIComponent(q)}` : ''}` : null} nextHref={next} />
    </main>
  );
}
