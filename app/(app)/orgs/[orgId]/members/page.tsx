import type { Metadata } from 'next';
import { Pager } from '@/components/ui/pager';
import { getDb } from '@/db';
import { countMembersAndPending, listMembers, listPendingInvitations } from '@/db/queries/members';
import { requireOrgAccess } from '@/lib/auth/access';
import { assignableRoles, can, ORG_ROLE_LABELS, ORG_ROLES } from '@/lib/permissions';
import { formatDate } from '@/components/ui/date';
import { inputClass } from '@/components/ui/field';
import { buttonClass } from '@/components/ui/button-class';
import { InviteMembersDialog } from './_components/invite-members-dialog';
import { MembersTabs } from './_components/members-tabs';
import { PendingInvitationControls } from './_components/member-controls';
import { MembersTable } from './_components/members-table';
import { EmptyState, thClass } from '@/components/ui/table';

export const metadata: Metadata = { title: 'Members' };

type Search = { tab?: string; q?: string; after?: string };

const td = 'px-4 py-3 align-middle';

function pageHref(orgId: string, search: Search, after?: string): string {
  const params = new URLSearchParams();
  if (search.tab === 'pending') params.set('tab', 'pending');
  if (search.q) params.set('q', search.q);
  if (after) params.set('after', after);
  return `/orgs/${orgId}/members${params.size ? `?${params}` : ''}`;
}

export default async function MembersPage({ params, searchParams }: { params: Promise<{ orgId: string }>; searchParams: Promise<Search> }) {
  const { orgId } = await params;
  const search = await searchParams;
  const access = await requireOrgAccess(orgId, 'members.view');
  const manage = can(access.role, 'members.manage');
  const tab = search.tab === 'pending' ? 'pending' : 'members';
  const q = search.q?.slice(0, 100);
  const db = await getDb();
  // A fixed number of queries whatever the organization's size: one page of the active tab's list and both
  // counts. The other tab is not rendered: switching tabs asks the server for it (the tab is in the URL).
  const empty = { rows: [], nextCursor: null };
  const [members, pending, counts] = await Promise.all([
    tab === 'members' ? listMembers(db, orgId, { q, after: search.after }) : empty,
    tab === 'pending' ? listPendingInvitations(db, orgId, { q, after: search.after }) : empty,
    countMembersAndPending(db, orgId),
  ]);
  const roles = manage ? assignableRoles(access.role) : [...ORG_ROLES];

  const membersTable = members.rows.length === 0 ? (
    <EmptyState>{q ? `No members match “${q}”.` : 'No members.'}</EmptyState>
  ) : (
    <MembersTable
      orgId={orgId}
      orgName={access.org.name}
      manage={manage}
      roles={roles}
      rows={members.rows.map((m) => ({ userId: m.userId, name: m.name, email: m.email, role: m.role, joined: formatDate(m.joinedAt) }))}
    />
  );

  const pendingTable = pending.rows.length === 0 ? (
    <EmptyState>
      {q ? `No pending invitations match “${q}”.` : manage ? 'No pending invitations — Invite Members to add people.' : 'No pending invitations.'}
    </EmptyState>
  ) : (
    <div className="overflow-x-auto rounded-lg border border-border">
      <table className="w-full text-sm">
        <caption className="sr-only">Pending invitations</caption>
        <thead className="sticky top-0 bg-bg-subtle">
          <tr>
            <th scope="col" className={thClass}>Email</th>
            <th scope="col" className={thClass}>Role</th>
            <th scope="col" className={`${thClass} hidden lg:table-cell`}>Invited by</th>
            <th scope="col" className={`${thClass} hidden sm:table-cell`}>Sent</th>
            <th scope="col" className={thClass}>Expires</th>
            <th scope="col" className={`${thClass} hidden md:table-cell`}>Delivery</th>
            {manage ? <th scope="col" className={thClass}><span className="sr-only">Actions</span></th> : null}
          </tr>
        </thead>
        <tbody>
          {pending.rows.map((invitation) => (
            <tr key={invitation.id} className="border-t border-border">
              <td className={td}>{invitation.email}</td>
              <td className={td}>{ORG_ROLE_LABELS[invitation.role]}</td>
              <td className={`${td} hidden lg:table-cell`}>{invitation.invitedBy ?? '—'}</td>
              <td className={`${td} hidden tabular-nums sm:table-cell`}>{formatDate(invitation.sentAt)}</td>
              <td className={`${td} tabular-nums`}>
                {invitation.expired ? <span className="rounded bg-danger/10 px-1.5 py-0.5 text-xs font-medium text-danger">Expired</span> : formatDate(invitation.expiresAt)}
              </td>
              <td className={`${td} hidden md:table-cell`}>
                {invitation.delivery === 'failed' ? (
                  <span className="text-danger" title={invitation.deliveryError ?? undefined}>Failed — retried automatically; Resend sends it now</span>
                ) : invitation.delivery === 'sent' ? 'Sent' : invitation.delivery === 'queued' ? (process.env.RESEND_API_KEY ? 'Queued' : 'In dev mailbox') : '—'}
              </td>
              {manage ? (
                <td className={td}>
                  <PendingInvitationControls orgId={orgId} invitationId={invitation.id} email={invitation.email} expired={invitation.expired} />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );

  return (
    <main className="p-4 sm:p-6">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold">Members</h1>
          <p className="text-sm text-fg-muted">People in {access.org.name} and the invitations waiting for an answer.</p>
        </div>
        {manage ? <InviteMembersDialog orgId={orgId} roles={roles} /> : null}
      </div>
      <form role="search" className="mb-4 flex max-w-md gap-2" action={`/orgs/${orgId}/members`}>
        {tab === 'pending' ? <input type="hidden" name="tab" value="pending" /> : null}
        <label htmlFor="members-search" className="sr-only">Search by name or email</label>
        <input id="members-search" name="q" type="search" defaultValue={q} placeholder="Search by name or email" className={inputClass} />
        <button type="submit" className={buttonClass('secondary')}>Search</button>
      </form>
      <MembersTabs
        active={tab}
        counts={counts}
        members={tab === 'members' ? <>{membersTable}<Pager firstHref={search.after ? pageHref(orgId, search) : null} nextHref={tab === 'members' && members.nextCursor ? pageHref(orgId, search, members.nextCursor) : null} /></> : null}
        pending={tab === 'pending' ? <>{pendingTable}<Pager firstHref={search.after ? pageHref(orgId, search) : null} nextHref={tab === 'pending' && pending.nextCursor ? pageHref(orgId, search, pending.nextCursor) : null} /></> : null}
      />
    </main>
  );
}
