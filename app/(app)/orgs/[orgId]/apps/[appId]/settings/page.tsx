import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db';
import { listTeamsWithAccess } from '@/db/queries/apps';
import { listTeamsWithoutApp } from '@/db/queries/teams';
import { requireAppAccess } from '@/lib/auth/app-access';
import { can, explainAppAccess, TEAM_LEVEL_LABELS, type TeamLevel } from '@/lib/permissions';
import { AddTeamDialog, AppDetailsForm, DeleteAppButton, RemoveTeamAccessButton, TeamPermissionSelect } from './_components/app-settings-controls';
import { thClass } from '@/components/ui/table';

export const metadata: Metadata = { title: 'App settings' };


/** What a team's level grants its members on this app (its part of their effective access). */
function TeamGrants({ teamId, teamName, level }: { teamId: string; teamName: string; level: TeamLevel }) {
  const granted = explainAppAccess({ role: null, teams: [{ teamId, teamName, level }] }).filter((p) => p.allowed);
  return (
    <details className="mt-1 text-xs">
      <summary className="cursor-pointer text-fg-muted">What {TEAM_LEVEL_LABELS[level]} grants ({granted.length})</summary>
      <ul className="mt-1 list-disc pl-4 text-fg-muted">
        {granted.map((p) => (
          <li key={p.permission}>{p.label}{p.sources[0]?.kind === 'team' && p.sources[0].note ? ` (${p.sources[0].note})` : ''}</li>
        ))}
      </ul>
    </details>
  );
}

export default async function AppSettingsPage({ params }: { params: Promise<{ orgId: string; appId: string }> }) {
  const { orgId, appId } = await params;
  const { app, permissions, role } = await requireAppAccess(orgId, appId);
  const db = await getDb();
  const canViewTeams = permissions.has('app.collaborators.view');
  const canEditTeams = permissions.has('app.collaborators.edit');
  const [teams, candidates] = await Promise.all([
    canViewTeams ? listTeamsWithAccess(db, orgId, app.id) : Promise.resolve([]),
    canEditTeams ? listTeamsWithoutApp(db, orgId, app.id) : Promise.resolve([]),
  ]);
  const canSeeTeamPages = can(role, 'teams.manage');
  return (
    <section aria-labelledby="settings-heading" className="space-y-8">
      <h2 id="settings-heading" className="text-lg font-semibold">Settings</h2>

      <section aria-labelledby="details-heading" className="rounded-lg border border-border p-4">
        <h3 id="details-heading" className="mb-3 font-semibold">App details</h3>
        <AppDetailsForm orgId={orgId} app={{ id: app.id, name: app.name, description: app.description, notes: app.notes }} editable={permissions.has('app.edit_details')} />
      </section>

      {canViewTeams ? (
        <section aria-labelledby="teams-heading" className="rounded-lg border border-border p-4">
          <div className="mb-3 flex items-center justify-between gap-3">
            <h3 id="teams-heading" className="font-semibold">Teams with access</h3>
            {canEditTeams ? <AddTeamDialog orgId={orgId} appId={app.id} teams={candidates} /> : null}
          </div>
          {teams.length === 0 ? (
            <p className="text-sm text-fg-muted">No team has access to this app.{canEditTeams ? ' Add Team to grant one.' : ''}</p>
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full text-sm">
                <caption className="sr-only">Teams with access</caption>
                <thead>
                  <tr>
                    <th scope="col" className={thClass}>Team</th>
                    <th scope="col" className={thClass}>Permission</th>
                    <th scope="col" className={`${thClass} hidden sm:table-cell`}>Members</th>
                    {canEditTeams ? <th scope="col" className={thClass}><span className="sr-only">Actions</span></th> : null}
                  </tr>
                </thead>
                <tbody>
                  {teams.map((team) => (
                    <tr key={team.teamId} className="border-t border-border">
                      <td className="px-4 py-3">
                        {canSeeTeamPages ? <Link href={`/orgs/${orgId}/teams/${team.teamId}`} className="font-medium hover:underline">{team.teamName}</Link> : team.teamName}
                        <div className="text-xs text-fg-muted">{team.teamId}</div>
                        <TeamGrants teamId={team.teamId} teamName={team.teamName} level={team.permission} />
                      </td>
                      <td className="px-4 py-3">
                        {canEditTeams ? (
                          <TeamPermissionSelect key={team.permission} orgId={orgId} appId={app.id} teamId={team.teamId} permission={team.permission} />
                        ) : (
                          TEAM_LEVEL_LABELS[team.permission]
                        )}
                      </td>
                      <td className="hidden px-4 py-3 tabular-nums sm:table-cell">{team.memberCount}</td>
                      {canEditTeams ? (
                        <td className="px-4 py-3 text-right">
                          <RemoveTeamAccessButton orgId={orgId} appId={app.id} teamId={team.teamId} />
                        </td>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ) : null}

      {permissions.has('app.delete') ? (
        <section aria-labelledby="danger-heading" className="rounded-lg border border-danger/40 p-4">
          <h3 id="danger-heading" className="font-semibold">Delete this app</h3>
          <p className="mb-3 mt-1 text-sm text-fg-muted">Deletes the app and every team&apos;s access to it.</p>
          <DeleteAppButton orgId={orgId} appId={app.id} slug={app.slug} />
        </section>
      ) : null}
    </section>
  );
}
