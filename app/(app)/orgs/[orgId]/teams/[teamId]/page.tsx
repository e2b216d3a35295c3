import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getDb } from '@/db';
import { findTeam, isTeamMember } from '@/db/queries/teams';
import { urlText } from '@/db/queries/members';
import { listTeamApps, listTeamMembers } from '@/db/queries/team-grants';
import { requireOrgAccess } from '@/lib/auth/access';
import { can, TEAM_LEVEL_LABELS } from '@/lib/permissions';
import { formatDate } from '@/components/ui/date';
import { TeamActions } from './_components/team-actions';
import { AddAppDialog, AddMembersDialog } from './_components/team-dialogs';
import { RemoveTeamAppButton, RemoveTeamMemberButton, TeamAppPermissionSelect } from './_components/team-rows';
import { TeamTabs } from './_components/team-tabs';
import { EmptyState, thClass } from '@/components/ui/table';

export const metadata: Metadata = { title: 'Team' };


export default async function TeamPage({ params, searchParams }: { params: Promise<{ orgId: string; teamId: string }>; searchParams: Promise<{ tab?: string }> }) {
  const { orgId, teamId: rawTeamId } = await params;
  const teamId = urlText(rawTeamId, 48);
  const { tab } = await searchParams;
  const access = await requireOrgAccess(orgId, 'teams.view_own');
  const manage = can(access.role, 'teams.manage');
  const db = await getDb();
  const [team, member] = await Promise.all([findTeam(db, orgId, teamId), manage ? Promise.resolve(true) : isTeamMember(db, orgId, teamId, access.user.id)]);
  if (!team || !member) notFound();
  const [members, apps] = await Promise.all([listTeamMembers(db, orgId, teamId), listTeamApps(db, orgId, teamId)]);

  const membersPanel = (
    <>
      {manage ? <div className="mb-3 flex justify-end"><AddMembersDialog orgId={orgId} teamId={teamId} /></div> : null}
      {members.length === 0 ? (
        <EmptyState>No members yet{manage ? ' — Add Members.' : '.'}</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-border">
          <table className="w-full text-sm">
            <caption className="sr-only">Team members</caption>
            <thead className="bg-bg-subtle"><tr>
              <th scope="col" className={thClass}>Name</th>
              <th scope="col" className={`${thClass} hidden sm:table-cell`}>Email</th>
              <th scope="col" className={`${thClass} hidden md:table-cell`}>Added</th>
              {manage ? <th scope="col" className={thClass}><span className="sr-only">Actions</span></th> : null}
            </tr></thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.userId} className="border-t border-border">
                  <td className="px-4 py-3">{m.name || m.email}<div className="text-xs text-fg-muted sm:hidden">{m.email}</div></td>
                  <td className="hidden px-4 py-3 sm:table-cell">{m.email}</td>
                  <td className="hidden px-4 py-3 tabular-nums md:table-cell">{formatDate(m.addedAt)}</td>
                  {manage ? <td className="px-4 py-3 text-right"><RemoveTeamMemberButton orgId={orgId} teamId={teamId} userId={m.userId} email={m.email} /></td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );

  const appsPanel = (
    <>
      {manage ? <div className="mb-3 flex justify-end"><AddAppDialog orgId={orgId} teamId={teamId} defaultPermission={team.defaultPermission} /></div> : null}
      {apps.length === 0 ? (
        <EmptyState>No apps yet{manage ? ' — Add App.' : '.'}</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-border">
          <table className="w-full text-sm">
            <caption className="sr-only">Team apps</caption>
            <thead className="bg-bg-subtle"><tr>
              <th scope="col" className={thClass}>App</th>
              <th scope="col" className={thClass}>Permission</th>
              {manage ? <th scope="col" className={thClass}><span className="sr-only">Actions</span></th> : null}
            </tr></thead>
            <tbody>
              {apps.map((app) => (
                <tr key={app.appId} className="border-t border-border">
                  <td className="px-4 py-3">
                    <Link href={`/orgs/${orgId}/apps/${app.slug}/settings`} className="font-medium hover:underline">{app.slug}</Link>
                    <div className="text-xs text-fg-muted">{app.name}</div>
                  </td>
                  <td className="px-4 py-3">
                    {manage ? <TeamAppPermissionSelect key={app.permission} orgId={orgId} teamId={teamId} appId={app.appId} slug={app.slug} permission={app.permission} /> : TEAM_LEVEL_LABELS[app.permission]}
                  </td>
                  {manage ? <td className="px-4 py-3 text-right"><RemoveTeamAppButton orgId={orgId} teamId={teamId} appId={app.appId} slug={app.slug} /></td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );

  return (
    <main className="p-4 sm:p-6">
      <Link href={`/orgs/${orgId}/teams`} className="text-sm text-fg-muted hover:underline">← Teams</Link>
      <div className="mb-4 mt-2 flex items-start justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold">{team.name}</h1>
          <p className="text-sm text-fg-muted">Team ID {team.id} · default permission {TEAM_LEVEL_LABELS[team.defaultPermission]}</p>
        </div>
        {manage ? <TeamActions orgId={orgId} teamId={team.id} teamName={team.name} /> : null}
      </div>
      <TeamTabs active={tab === 'apps' ? 'apps' : 'members'} counts={{ members: members.length, apps: apps.length }} members={membersPanel} apps={appsPanel} />
    </main>
  );
}
