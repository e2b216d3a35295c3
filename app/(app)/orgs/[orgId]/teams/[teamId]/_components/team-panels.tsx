import type { ReactNode } from 'react';
import Link from 'next/link';
import { Pager } from '@/components/ui/pager';
import { buttonClass } from '@/components/ui/button-class';
import { formatDate } from '@/components/ui/date';
import { inputClass } from '@/components/ui/field';
import { EmptyState, thClass } from '@/components/ui/table';
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

/** A tab's frame: its filter and add button, then its rows (or why there are none), then the pager. */
function Panel({
  filter,
  add,
  empty,
  caption,
  head,
  rows,
  pager,
}: {
  filter: ReactNode;
  add: ReactNode;
  empty: string | null;
  caption: string;
  head: ReactNode;
  rows: ReactNode;
  pager: Pages;
}) {
  return (
    <>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        {filter}
        {add}
      </div>
      {empty !== null ? (
        <EmptyState>{empty}</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-border">
          <table className="w-full text-sm">
            <caption className="sr-only">{caption}</caption>
            <thead className="bg-bg-subtle">
              <tr>{head}</tr>
            </thead>
            <tbody>{rows}</tbody>
          </table>
        </div>
      )}
      <Pager {...pager} />
    </>
  );
}

export function TeamMembersPanel({
  orgId,
  teamId,
  manage,
  q,
  rows,
  pager,
}: {
  orgId: string;
  teamId: string;
  manage: boolean;
  q?: string;
  rows: TeamMemberRow[];
  pager: Pages;
}) {
  return (
    <Panel
      filter={<FilterForm orgId={orgId} teamId={teamId} tab="members" q={q} label="Filter members by name or email" />}
      add={manage ? <AddMembersDialog orgId={orgId} teamId={teamId} /> : null}
      empty={rows.length > 0 ? null : q ? `No member of this team matches “${q}”.` : `No members yet${manage ? ' — Add Members.' : '.'}`}
      caption="Team members"
      head={
        <>
          <th scope="col" className={thClass}>
            Name
          </th>
          <th scope="col" className={`${thClass} hidden sm:table-cell`}>
            Email
          </th>
          <th scope="col" className={`${thClass} hidden md:table-cell`}>
            Added
          </th>
          {manage ? (
            <th scope="col" className={thClass}>
              <span className="sr-only">Actions</span>
            </th>
          ) : null}
        </>
      }
      rows={rows.map((m) => (
        <tr key={m.userId} className="border-t border-border">
          <td className="px-4 py-3">
            {m.name || m.email}
            <div className="text-xs text-fg-muted sm:hidden">{m.email}</div>
          </td>
          <td className="hidden px-4 py-3 sm:table-cell">{m.email}</td>
          <td className="hidden px-4 py-3 tabular-nums md:table-cell">{formatDate(m.addedAt)}</td>
          {manage ? (
            <td className="px-4 py-3 text-right">
              <RemoveTeamMemberButton orgId={orgId} teamId={teamId} userId={m.userId} email={m.email} />
            </td>
          ) : null}
        </tr>
      ))}
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
      empty={rows.length > 0 ? null : q ? `No app of this team matches “${q}”.` : `No apps yet${manage ? ' — Add App.' : '.'}`}
      caption="Team apps"
      head={
        <>
          <th scope="col" className={thClass}>
            App
          </th>
          <th scope="col" className={thClass}>
            Permission
          </th>
          {manage ? (
            <th scope="col" className={thClass}>
              <span className="sr-only">Actions</span>
            </th>
          ) : null}
        </>
      }
      rows={rows.map((app) => (
        <tr key={app.appId} className="border-t border-border">
          <td className="px-4 py-3">
            <Link href={`/orgs/${orgId}/apps/${app.slug}/settings`} className="font-medium hover:underline">
              {app.slug}
            </Link>
            <div className="text-xs text-fg-muted">{app.name}</div>
          </td>
          <td className="px-4 py-3">
            {manage ? (
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
            )}
          </td>
          {manage ? (
            <td className="px-4 py-3 text-right">
              <RemoveTeamAppButton orgId={orgId} teamId={teamId} appId={app.appId} slug={app.slug} />
            </td>
          ) : null}
        </tr>
      ))}
      pager={pager}
    />
  );
}
