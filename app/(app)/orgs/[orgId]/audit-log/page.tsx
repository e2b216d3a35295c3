import type { Metadata } from 'next';
import { Pager } from '@/components/ui/pager';
import { getDb } from '@/db';
import { AUDIT_ACTIONS, hasAuditEvents, isAuditAction, listAuditEvents, type AuditAction } from '@/db/queries/audit';
import { requireOrgAccess } from '@/lib/auth/access';
import { AUDIT_ACTION_GROUPS, AUDIT_ACTION_LABELS } from '@/lib/audit/labels';
import { buttonClass } from '@/components/ui/button-class';
import { AppLink } from '@/components/ui/app-link';
import { inputClass } from '@/components/ui/field';
import { DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { singleValues } from '@/lib/search-params';
import { AuditEvent, EventTime } from './_components/audit-event';

export const metadata: Metadata = { title: 'Audit log' };

/** The action filter's options, grouped by what they act on, in the order of AUDIT_ACTIONS. */
const ACTION_GROUPS = Object.entries(
  AUDIT_ACTIONS.reduce<Record<string, AuditAction[]>>((groups, action) => {
    const group = AUDIT_ACTION_GROUPS[action.split('.')[0]!] ?? 'Other';
    (groups[group] ??= []).push(action);
    return groups;
  }, {}),
);

export default async function AuditLogPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgId: string }>;
  searchParams: Promise<Partial<Record<'action' | 'member' | 'after', string | string[]>>>;
}) {
  const { orgId } = await params;
  const search = singleValues(await searchParams);
  await requireOrgAccess(orgId, 'audit.view');
  const action = isAuditAction(search.action) ? search.action : undefined;
  const member = search.member?.trim().slice(0, 100) || undefined;
  const db = await getDb();
  const events = await listAuditEvents(db, orgId, { action, member, after: search.after });
  const filtered = Boolean(action || member);
  const empty = events.rows.length === 0 && !search.after && !(filtered && (await hasAuditEvents(db, orgId)));
  const filters = new URLSearchParams({ ...(action ? { action } : {}), ...(member ? { member } : {}) });
  const base = `/orgs/${orgId}/audit-log`;
  return (
    <main className="p-4 sm:p-6">
      <h1 className="text-xl font-semibold">Audit log</h1>
      <p className="mb-4 text-sm text-fg-muted">Who did what to whom, and when. Every change to members, invitations, teams and apps.</p>
      <form role="search" aria-label="Filter the audit log" className="mb-4 flex flex-wrap items-end gap-2" action={base}>
        <label className="flex w-full flex-col gap-1 text-sm font-medium sm:w-60">
          Action
          <select name="action" defaultValue={action ?? ''} className={inputClass}>
            <option value="">All actions</option>
            {ACTION_GROUPS.map(([group, actions]) => (
              <optgroup key={group} label={group}>
                {actions.map((a) => (
                  <option key={a} value={a}>
                    {AUDIT_ACTION_LABELS[a]}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <label className="flex w-full flex-col gap-1 text-sm font-medium sm:w-60">
          Member
          <input name="member" type="search" defaultValue={member} placeholder="Name or email" className={inputClass} />
        </label>
        <button type="submit" className={buttonClass('secondary')}>
          Filter
        </button>
        {filtered ? (
          <AppLink href={base} className={buttonClass('ghost')}>
            Clear filters
          </AppLink>
        ) : null}
        {empty ? null : (
          // A plain link: the file is a download from a route handler, not a page to navigate to.
          <a href={`${base}/export${filters.size ? `?${filters}` : ''}`} className={`${buttonClass('secondary')} sm:ml-auto`}>
            Export CSV
          </a>
        )}
      </form>
      {empty ? (
        <EmptyState>Nothing has happened in this organization yet. Changes to members, teams and apps will show here.</EmptyState>
      ) : events.rows.length === 0 ? (
        <EmptyState
          action={
            <AppLink href={base} className={buttonClass('secondary')}>
              Clear filters
            </AppLink>
          }
        >
          No events match these filters.
        </EmptyState>
      ) : (
        <DataTable
          caption="Audit events"
          compact
          topAligned
          rows={events.rows}
          rowKey={(event) => event.id}
          columns={[
            { header: 'Event', cell: (event) => <AuditEvent event={event} /> },
            {
              header: 'When',
              from: 'md',
              numeric: true,
              className: 'whitespace-nowrap',
              cell: (event) => <EventTime at={event.createdAt} />,
            },
          ]}
        />
      )}
      <Pager
        firstHref={search.after ? `${base}?${filters}` : null}
        nextHref={events.nextCursor ? `${base}?${new URLSearchParams({ ...Object.fromEntries(filters), after: events.nextCursor })}` : null}
      />
    </main>
  );
}
