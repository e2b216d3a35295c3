import type { Metadata } from 'next';
import { Pager } from '@/components/ui/pager';
import { getDb } from '@/db';
import { membersTab } from '@/db/queries/members';
import { requireOrgAccess } from '@/lib/auth/access';
import { assignableRoles, can, isOrgRole, needsResend, ORG_ROLE_LABELS, ORG_ROLES } from '@/lib/permissions';
import { formatDate, formatLastActive } from '@/components/ui/date';
import { FilterSelect } from '@/components/ui/filter-select';
import { inputClass } from '@/components/ui/field';
import { buttonClass } from '@/components/ui/button-class';
import { InviteMembersDialog } from './_components/invite-members-dialog';
import { MembersTabs } from './_components/members-tabs';
import { MembersTable } from './_components/members-table';
import { PendingTable } from './_components/pending-table';
import { EmptyState } from '@/components/ui/empty-state';
import { singleValues } from '@/lib/search-params';
import { resendApiKey } from '@/lib/env';

export const metadata: Metadata = { title: 'Members' };

type Search = { tab?: string; q?: string; role?: string; after?: string };

/** The list's URL with its search and filter, on the page after `after`; `path` for the CSV export. */
function pageHref(orgId: string, search: Search, after?: string, path = ''): string {
  const params = new URLSearchParams();
  if (search.tab === 'pending' && !path) params.set('tab', 'pending');
  if (search.q) params.set('q', search.q);
  if (search.tab !== 'pending' && isOrgRole(search.role)) params.set('role', search.role);
  if (after) params.set('after', after);
  return `/orgs/${orgId}/members${path}${params.size ? `?${params}` : ''}`;
}

export default async function MembersPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgId: string }>;
  searchParams: Promise<Partial<Record<keyof Search, string | string[]>>>;
}) {
  const { orgId } = await params;
  const search = singleValues(await searchParams);
  const access = await requireOrgAccess(orgId, 'members.view');
  const manage = can(access.role, 'members.manage');
  const tab = search.tab === 'pending' ? 'pending' : 'members';
  const q = search.q?.slice(0, 100);
  const role = tab === 'members' && isOrgRole(search.role) ? search.role : undefined;
  const db = await getDb();
  // One statement whatever the organization's size: one page of the active tab's list with both counts.
  // The other tab is not rendered: switching tabs asks the server for it (the tab is in the URL).
  const { members, pending, counts } = await membersTab(db, orgId, tab, { q, role, after: search.after });
  const now = new Date();
  const roles = manage ? assignableRoles(access.role) : [...ORG_ROLES];

  const membersTable =
    members.rows.length === 0 ? (
      <EmptyState>{`No members${role ? ` with the role ${ORG_ROLE_LABELS[role]}` : ''}${q ? ` match “${q}”` : ''}.`}</EmptyState>
    ) : (
      <MembersTable
        orgId={orgId}
        orgName={access.org.name}
        selfId={access.user.id}
        manage={manage}
        roles={roles}
        rows={members.rows.map((m) => ({
          userId: m.userId,
          name: m.name,
          email: m.email,
          role: m.role,
          joined: formatDate(m.joinedAt),
          teams: m.teams,
          lastActive: formatLastActive(m.lastActiveAt, now),
        }))}
      />
    );

  const pendingTable =
    pending.rows.length === 0 ? (
      <EmptyState>
        {q
          ? `No pending invitations match “${q}”.`
          : manage
            ? 'No pending invitations — Invite Members to add people.'
            : 'No pending invitations.'}
      </EmptyState>
    ) : (
      <PendingTable
        orgId={orgId}
        manage={manage}
        queuedLabel={resendApiKey() ? 'Queued' : 'In dev mailbox'}
        rows={pending.rows.map((i) => ({
          id: i.id,
          email: i.email,
          role: i.role,
          invitedBy: i.invitedBy,
          sent: formatDate(i.sentAt),
          expires: formatDate(i.expiresAt),
          expired: i.expired,
          delivery: i.delivery,
          deliveryError: i.deliveryError,
          needsResend: needsResend(i),
        }))}
      />
    );

  return (
    <main className="p-4 sm:p-6">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold">Members</h1>
          <p className="text-sm text-fg-muted">People in {access.org.name} and the invitations waiting for an answer.</p>
        </div>
        {manage ? <InviteMembersDialog orgId={orgId} roles={roles} verified={access.user.emailVerified} /> : null}
      </div>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <form role="search" className="flex w-full max-w-xl flex-wrap gap-2 sm:flex-nowrap" action={`/orgs/${orgId}/members`}>
          {tab === 'pending' ? <input type="hidden" name="tab" value="pending" /> : null}
          <label htmlFor="members-search" className="sr-only">
            Search by name or email
          </label>
          <input
            id="members-search"
            name="q"
            type="search"
            defaultValue={q}
            maxLength={100}
            placeholder="Search by name or email"
            className={`${inputClass} min-w-0 basis-full sm:flex-1 sm:basis-0`}
          />
          {tab === 'members' ? (
            <>
              <label htmlFor="members-role" className="sr-only">
                Filter by role
              </label>
              <FilterSelect
                id="members-role"
                name="role"
                defaultValue={role ?? ''}
                className={`${inputClass} min-w-0 flex-1 sm:w-auto sm:flex-none`}
              >
                <option value="">All roles</option>
                {ORG_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {ORG_ROLE_LABELS[r]}
                  </option>
                ))}
              </FilterSelect>
            </>
          ) : null}
          <button type="submit" className={buttonClass('secondary')}>
            Search
          </button>
        </form>
        {tab === 'members' ? (
          // A plain link: the file is a download from a route handler (every member, not just this page).
          <a href={pageHref(orgId, search, undefined, '/export')} className={buttonClass('secondary')}>
            Export CSV
          </a>
        ) : null}
      </div>
      <MembersTabs
        active={tab}
        counts={counts}
        members={
          tab === 'members' ? (
            <>
              {membersTable}
              <Pager
                firstHref={search.after ? pageHref(orgId, search) : null}
                nextHref={members.nextCursor ? pageHref(orgId, search, members.nextCursor) : null}
              />
            </>
          ) : null
        }
        pending={
          tab === 'pending' ? (
            <>
              {pendingTable}
              <Pager
                firstHref={search.after ? pageHref(orgId, search) : null}
                nextHref={pending.nextCursor ? pageHref(orgId, search, pending.nextCursor) : null}
              />
            </>
          ) : null
        }
      />
    </main>
  );
}
