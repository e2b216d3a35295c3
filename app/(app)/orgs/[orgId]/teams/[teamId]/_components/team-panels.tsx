import type { ReactNode } from 'react';
import { Pager } from '@/components/ui/pager';
import { buttonClass } from '@/components/ui/button-class';
import { formatDate } from '@/components/ui/date';
import { inputClass } from '@/components/ui/field';
import { AppLink } from '@/components/ui/app-link';
import { DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import type { TeamAppRow, TeamMemberRow } from '@/db/queries/team-grants';
import { TEAM_LEVEL_LABELS, type TeamLevel } from '@/lib/permissions';
import { AddAppDialog, AddMembersDialog } from './team-dialogs';
import { RemoveTeamAppButton, RemoveTeamMemberButton, TeamAppPermissionSelect } from './team-rows';

type Pages = { firstHref: string | null; nextHref: string | null };

/** A search of the tab shown, on the server (the tab's rows are paged); `tab` keeps the Apps tab selected. */
function FilterForm({
  orgId,
  teamId,
  tab,
  q,
  label,
}: {
  orgId: string;
  teamId: string;
  tab: 'members' | 'apps';
  q?: string;
  label: string;
}) {
  const id = `team-${tab}-filter`;
  return (
    <form role="search" className="flex max-w-md flex-1 gap-2" action={`/orgs/${orgId}/teams/${teamId}`}>
      {tab === 'apps' ? <input type="hidden" name="tab" value="apps" /> : null}
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input id={id} name="q" type="search" defaultValue={q} placeholder={label} className={inputClass} />
      <button type="submit" className={buttonClass('secondary')}>
        Filter
      </button>
    </form>
  );
}

/**
 * A tab's frame: its filter and add button, then its rows (or why there are none), then the pager. A tab with
 * no rows at all (no filter, first page) shows the add button in its empty state instead, so it stays one.
 */
function Panel({
  filter,
  add,
  q,
  pager,
  empty,
  table,
}: {
  filter: ReactNode;
  add: ReactNode;
  q?: string;
  pager: Pages;
  empty: string | null;
  table: ReactNode;
}) {
  const addInEmpty = empty !== null && !q && pager.firstHref === null;
  return (
    <>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        {filter}
        {addInEmpty ? null : add}
      </div>
      {empty !== null ? <EmptyState action={addInEmpty ? add : null}>{empty}</EmptyState> : table}
      <Pager {...pager} />
    </>
  );
}

/** `manage`: the viewer may add and remove members (never on a `managed` team: its group decides them). */
export function TeamMembersPanel({
  orgId,
  teamId,
  manage,
  managed,
  q,
  rows,
  pager,
}: {
  orgId: string;
  teamId: string;
  manage: boolean;
  managed: boolean;
  q?: string;
  rows: TeamMemberRow[];
  pager: Pages;
}) {
  const none = managed ? 'No members yet: they join when the identity provider adds them to its group.' : 'No members yet.';
  return (
    <Panel
      filter={<FilterForm orgId={orgId} teamId={teamId} tab="members" q={q} label="Filter members by name or email" />}
      add={manage ? <AddMembersDialog orgId={orgId} teamId={teamId} /> : null}
      q={q}
      empty={rows.length > 0 ? null : q ? `No member of this team matches “${q}”.` : pager.firstHref ? 'No more members.' : none}
      table={
        <DataTable
          caption="Team members"
          cards
          rows={rows}
          rowKey={(m) => m.userId}
          columns={[
            {
              header: 'Name',
              cell: (m) => (
                <>
                  {m.name || m.email}
                  <div className="text-xs text-fg-muted sm:hidden">{m.email}</div>
                </>
              ),
            },
            { header: 'Email', from: 'sm', cell: (m) => m.email },
            { header: 'Added', from: 'md', numeric: true, cell: (m) => formatDate(m.addedAt) },
            manage && {
              header: 'Actions',
              hideHeader: true,
              cell: (m) => <RemoveTeamMemberButton orgId={orgId} teamId={teamId} userId={m.userId} email={m.email} />,
            },
          ]}
        />
      }
      pager={pager}
    />
  );
}

export function TeamAppsPanel({
  orgId,
  teamId,
  defaultPermission,
  manage,
  q,
  rows,
  pager,
}: {
  orgId: string;
  teamId: string;
  defaultPermission: TeamLevel;
  manage: boolean;
  q?: string;
  rows: TeamAppRow[];
  pager: Pages;
}) {
  return (
    <Panel
      filter={<FilterForm orgId={orgId} teamId={teamId} tab="apps" q={q} label="Filter apps by App ID or name" />}
      add={manage ? <AddAppDialog orgId={orgId} teamId={teamId} defaultPermission={defaultPermission} /> : null}
      q={q}
      empty={rows.length > 0 ? null : q ? `No app of this team matches “${q}”.` : pager.firstHref ? 'No more apps.' : 'No apps yet.'}
      table={
        <DataTable
          caption="Team apps"
          cards
          rows={rows}
          rowKey={(app) => app.appId}
          columns={[
            {
              header: 'App',
              cell: (app) => (
                <>
                  <AppLink href={`/orgs/${orgId}/apps/${app.slug}/settings`}>{app.slug}</AppLink>
                  <div>{app.name}</div>
                </>
              ),
            },
            {
              header: 'Permission',
              cell: (app) =>
                manage ? (
                  <TeamAppPermissionSelect
                    key={app.permission}
                    orgId={orgId}
                    teamId={teamId}
                    appId={app.appId}
                    slug={app.slug}
                    permission={app.permission}
                  />
                ) : (
                  TEAM_LEVEL_LABELS[app.permission]
                ),
            },
            manage && {
              header: 'Actions',
              hideHeader: true,
              cell: (app) => <RemoveTeamAppButton orgId={orgId} teamId={teamId} appId={app.appId} slug={app.slug} />,
            },
          ]}
        />
      }
      pager={pager}
    />
  );
}
