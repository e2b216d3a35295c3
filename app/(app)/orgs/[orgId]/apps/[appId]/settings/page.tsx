import type { Metadata } from 'next';
import { getDb } from '@/db';
import { listTeamsWithAccess } from '@/db/queries/apps';
import { requireAppAccess } from '@/lib/auth/app-access';
import { appVisibilityOf, can, explainAppAccess, TEAM_LEVEL_LABELS, TEAM_LEVELS, type TeamLevel } from '@/lib/permissions';
import { Pager } from '@/components/ui/pager';
import { transferDestinations } from '@/domain/apps/transfer-destinations';
import { AddTeamDialog } from './_components/add-team-dialog';
import { listAppAccess } from '@/db/queries/app-access-list';
import { VisibilityForm } from './_components/visibility-form';
import { TeamsWithAccessNote, WhoHasAccess, whoHasAccessSearch } from './_components/who-has-access';
import { AppIdForm } from './_components/app-id-form';
import { TransferOrgAppDialog } from './_components/transfer-org-app-dialog';
import { AppDetailsForm, DeleteAppButton, RemoveTeamAccessButton, TeamPermissionSelect } from './_components/app-settings-controls';
import { EmptyState } from '@/components/ui/empty-state';
import { AppLink } from '@/components/ui/app-link';
import { DataTable } from '@/components/ui/data-table';
import { singleValues } from '@/lib/search-params';

export const metadata: Metadata = { title: 'App settings' };

/**
 * What each level shown on this page grants a team's members on the app, once per level rather than
 * once per team row: the list is the same for every team of a level.
 */
function LevelGrants({ levels }: { levels: TeamLevel[] }) {
  return (
    <div className="mt-3 space-y-1 text-xs">
      <p className="text-fg-muted">What each permission grants:</p>
      {levels.map((level) => {
        const label = TEAM_LEVEL_LABELS[level];
        const granted = explainAppAccess({ role: null, teams: [{ teamId: level, teamName: label, level }] }).filter((p) => p.allowed);
        return (
          <details key={level}>
            <summary className="cursor-pointer text-fg-muted">
              What {label} grants ({granted.length})
            </summary>
            <ul className="mt-1 list-disc pl-4 text-fg-muted">
              {granted.map((p) => (
                <li key={p.permission}>
                  {p.label}
                  {p.sources[0]?.kind === 'team' && p.sources[0].note ? ` (${p.sources[0].note})` : ''}
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </div>
  );
}

export default async function AppSettingsPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgId: string; appId: string }>;
  // Optional: the page is also rendered directly (tests) without a query string.
  searchParams?: Promise<{ after?: string | string[]; people?: string | string[]; peopleAfter?: string | string[] }>;
}) {
  const { orgId, appId } = await params;
  const { after } = singleValues(await searchParams);
  const { app, permissions, role, user } = await requireAppAccess(orgId, appId);
  const db = await getDb();
  const canTransfer = permissions.has('app.delete');
  const canViewTeams = permissions.has('app.collaborators.view');
  const canEditTeams = permissions.has('app.collaborators.edit');
  // Who has access: its own search and cursor (?people=, ?peopleAfter=) beside the teams list's ?after=.
  const whoSearch = whoHasAccessSearch(await searchParams);
  // Three independent statements, sent at once: where the app could move (only for those who may move
  // it), the page of teams with their member counts and total, and the page of people with the totals
  // the Visibility and Teams sections state.
  const [allDestinations, teams, who] = await Promise.all([
    canTransfer ? transferDestinations(db, user.id) : [],
    canViewTeams ? listTeamsWithAccess(db, orgId, app.id, { after }) : null,
    canViewTeams ? listAppAccess(db, orgId, app, whoSearch) : null,
  ]);
  const destinations = allDestinations.filter((org) => org.id !== orgId);
  const visibility = appVisibilityOf(app.visibility);
  const canSeeTeamPages = can(role, 'teams.manage');
  const settingsHref = `/orgs/${orgId}/apps/${encodeURIComponent(appId)}/settings`;
  const levelsShown = TEAM_LEVELS.filter((level) => teams?.rows.some((team) => team.permission === level));
  return (
    <section aria-labelledby="settings-heading" className="space-y-8">
      <h2 id="settings-heading" className="text-lg font-semibold">
        Settings
      </h2>

      <section aria-labelledby="details-heading" className="rounded-lg border border-border p-4">
        <h3 id="details-heading" className="mb-3 font-semibold">
          App details
        </h3>
        <AppDetailsForm
          orgId={orgId}
          app={{ id: app.id, name: app.name, description: app.description, notes: app.notes }}
          editable={permissions.has('app.edit_details')}
        />
      </section>

      {/* Not a named region: its name would be "App ID", and the field must be the one thing labelled so. */}
      <section className="rounded-lg border border-border p-4">
        <h3 className="mb-3 font-semibold">App ID</h3>
        <AppIdForm orgId={orgId} app={{ id: app.id, slug: app.slug }} editable={permissions.has('app.edit_id')} />
      </section>

      {/* Not a named region, like App ID's: the select must be the one thing labelled "Visibility". */}
      <section className="rounded-lg border border-border p-4">
        <h3 className="mb-3 font-semibold">Visibility</h3>
        <VisibilityForm
          orgId={orgId}
          app={{ id: app.id, slug: app.slug, visibility }}
          editable={permissions.has('app.visibility')}
          counts={who ? { members: who.members, byRoleOrTeam: who.byRoleOrTeam } : null}
        />
      </section>

      {teams ? (
        <section aria-labelledby="teams-heading" className="rounded-lg border border-border p-4">
          <div className="mb-3 flex items-center justify-between gap-3">
            <div>
              <h3 id="teams-heading" className="font-semibold">
                Teams with access
              </h3>
            </div>
            {canEditTeams && teams.total > 0 ? <AddTeamDialog orgId={orgId} appId={app.id} /> : null}
          </div>
          <TeamsWithAccessNote teams={teams.total} people={who?.total ?? null} visibility={visibility} />
          {teams.total === 0 ? (
            <EmptyState action={canEditTeams ? <AddTeamDialog orgId={orgId} appId={app.id} /> : undefined}>
              No team has access to this app.
            </EmptyState>
          ) : teams.rows.length === 0 ? (
            <p className="text-sm text-fg-muted">No more teams on this page.</p>
          ) : (
            <DataTable
              caption="Teams with access"
              cards
              rows={teams.rows}
              rowKey={(team) => team.teamId}
              columns={[
                {
                  header: 'Team',
                  cell: (team) => (
                    <>
                      {canSeeTeamPages ? <AppLink href={`/orgs/${orgId}/teams/${team.teamId}`}>{team.teamName}</AppLink> : team.teamName}
                      <div className="text-xs text-fg-muted">{team.teamId}</div>
                    </>
                  ),
                },
                {
                  header: 'Permission',
                  cell: (team) =>
                    canEditTeams ? (
                      <TeamPermissionSelect
                        key={team.permission}
                        orgId={orgId}
                        appId={app.id}
                        teamId={team.teamId}
                        permission={team.permission}
                      />
                    ) : (
                      TEAM_LEVEL_LABELS[team.permission]
                    ),
                },
                { header: 'Members', from: 'sm', numeric: true, cell: (team) => team.memberCount },
                canEditTeams && {
                  header: 'Actions',
                  hideHeader: true,
                  cell: (team) => <RemoveTeamAccessButton orgId={orgId} appId={app.id} teamId={team.teamId} />,
                },
              ]}
            />
          )}
          {levelsShown.length > 0 ? <LevelGrants levels={levelsShown} /> : null}
          <Pager
            firstHref={after ? settingsHref : null}
            nextHref={teams.nextCursor ? `${settingsHref}?${new URLSearchParams({ after: teams.nextCursor })}` : null}
          />
        </section>
      ) : null}

      {who ? (
        <WhoHasAccess
          list={who}
          search={whoSearch}
          settingsHref={settingsHref}
          orgId={orgId}
          appSlug={app.slug}
          viewer={{ id: user.id, viewAny: can(role, 'access.view_any') }}
        />
      ) : null}

      {canTransfer ? (
        <section aria-labelledby="transfer-heading" className="rounded-lg border border-border p-4">
          <h3 id="transfer-heading" className="font-semibold">
            Transfer ownership
          </h3>
          <p className="mt-1 mb-3 text-sm text-fg-muted">
            Move this app, with its models, data and labeling tasks, to another organization where you may create apps.
          </p>
          {destinations.length === 0 ? (
            <p className="text-sm text-fg-muted">You are not in another organization where you may create apps.</p>
          ) : (
            <TransferOrgAppDialog orgId={orgId} app={{ id: app.id, slug: app.slug }} destinations={destinations} />
          )}
        </section>
      ) : null}

      {permissions.has('app.delete') ? (
        <section aria-labelledby="danger-heading" className="rounded-lg border border-danger/40 p-4">
          <h3 id="danger-heading" className="font-semibold">
            Delete this app
          </h3>
          <p className="mt-1 mb-3 text-sm text-fg-muted">Deletes the app and every team&apos;s access to it.</p>
          <DeleteAppButton orgId={orgId} appId={app.id} slug={app.slug} />
        </section>
      ) : null}
    </section>
  );
}
