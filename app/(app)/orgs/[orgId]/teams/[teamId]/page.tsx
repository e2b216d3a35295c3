import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getDb } from '@/db';
import { urlText } from '@/db/text';
import { findTeamSummary, listTeamApps, listTeamMembers } from '@/db/queries/team-grants';
import { requireOrgAccess } from '@/lib/auth/access';
import { can, TEAM_LEVEL_LABELS } from '@/lib/permissions';
import { ManagedBadge, MANAGED_TEAM_NOTE } from '../_components/managed-badge';
import { TeamActions } from './_components/team-actions';
import { TeamAppsPanel, TeamMembersPanel } from './_components/team-panels';
import { TeamTabs } from './_components/team-tabs';
import { singleValues } from '@/lib/search-params';

export const metadata: Metadata = { title: 'Team' };

type Search = Partial<Record<'tab' | 'q' | 'after', string | string[]>>;

/** The team page's own URL for a tab, search and cursor (the search and the cursor belong to the tab shown). */
function teamHref(orgId: string, teamId: string, tab: 'members' | 'apps', q: string | undefined, after?: string): string {
  const params = new URLSearchParams({ ...(tab === 'apps' ? { tab } : {}), ...(q ? { q } : {}), ...(after ? { after } : {}) });
  return `/orgs/${orgId}/teams/${teamId}${params.size ? `?${params}` : ''}`;
}

export default async function TeamPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgId: string; teamId: string }>;
  searchParams: Promise<Search>;
}) {
  const { orgId, teamId: rawTeamId } = await params;
  const teamId = urlText(rawTeamId, 48);
  const search = singleValues(await searchParams);
  const tab = search.tab === 'apps' ? 'apps' : 'members';
  const q = search.q?.slice(0, 100) || undefined;
  const access = await requireOrgAccess(orgId, 'teams.view_own');
  const manage = can(access.role, 'teams.manage');
  const db = await getDb();
  // A fixed number of statements whatever the team's size: the header with its counts, and one page of
  // the tab shown (both run at once; a team the viewer may not see gets the same "not found" as none).
  const list = { q, after: search.after };
  const [team, members, apps] = await Promise.all([
    findTeamSummary(db, orgId, teamId, access.user.id),
    tab === 'members' ? listTeamMembers(db, orgId, teamId, list) : null,
    tab === 'apps' ? listTeamApps(db, orgId, teamId, list) : null,
  ]);
  if (!team || !(manage || team.viewerIsMember)) notFound();
  // A team a SCIM group manages: its members, name and existence are the identity provider's (the
  // commands refuse them), so those controls are not offered; its apps stay the organization's.
  const managed = team.managedByIdp;
  const pager = (nextCursor: string | null) => ({
    firstHref: search.after ? teamHref(orgId, teamId, tab, q) : null,
    nextHref: nextCursor ? teamHref(orgId, teamId, tab, q, nextCursor) : null,
  });

  return (
    <main className="p-4 sm:p-6">
      <Link href={`/orgs/${orgId}/teams`} className="text-sm text-fg-muted hover:underline">
        ← Teams
      </Link>
      <div className="mt-2 mb-4 flex items-start justify-between gap-3">
        <div className="min-w-0">
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <h1 className="text-xl font-semibold">{team.name}</h1>
            {managed ? <ManagedBadge /> : null}
          </div>
          <p className="text-sm text-fg-muted">
            Team ID {team.id} · Default permission: {TEAM_LEVEL_LABELS[team.defaultPermission]}
          </p>
          {managed && manage ? <p className="mt-2 max-w-2xl text-sm">{MANAGED_TEAM_NOTE}</p> : null}
        </div>
        {manage ? (
          <TeamActions orgId={orgId} teamId={team.id} teamName={team.name} defaultPermission={team.defaultPermission} managed={managed} />
        ) : null}
      </div>
      <TeamTabs
        active={tab}
        counts={{ members: team.memberCount, apps: team.appCount }}
        members={
          members ? (
            <TeamMembersPanel
              orgId={orgId}
              teamId={team.id}
              manage={manage && !managed}
              managed={managed}
              q={q}
              rows={members.rows}
              pager={pager(members.nextCursor)}
            />
          ) : null
        }
        apps={
          apps ? (
            <TeamAppsPanel
              orgId={orgId}
              teamId={team.id}
              defaultPermission={team.defaultPermission}
              manage={manage}
              q={q}
              rows={apps.rows}
              pager={pager(apps.nextCursor)}
            />
          ) : null
        }
      />
    </main>
  );
}
