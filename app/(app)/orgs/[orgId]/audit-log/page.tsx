import type { Metadata } from 'next';
import { Pager } from '@/components/ui/pager';
import { getDb } from '@/db';
import { AUDIT_ACTIONS, listAuditEvents } from '@/db/queries/audit';
import { requireOrgAccess } from '@/lib/auth/access';
import { buttonClass } from '@/components/ui/button-class';
import { formatDateTime } from '@/components/ui/date';
import { inputClass } from '@/components/ui/field';
import { DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { singleValues } from '@/lib/search-params';

export const metadata: Metadata = { title: 'Audit log' };

function summarize(data: Record<string, unknown>): string {
  const parts: string[] = [];
  if ('before' in data || 'after' in data) parts.push(`${JSON.stringify(data.before)} → ${JSON.stringify(data.after)}`);
  for (const key of ['role', 'permission', 'name', 'teamId']) if (typeof data[key] === 'string') parts.push(`${key}: ${data[key]}`);
  return parts.join(' · ');
}

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
  const action = AUDIT_ACTIONS.find((a) => a === search.action);
  const member = search.member?.slice(0, 100);
  const events = await listAuditEvents(await getDb(), orgId, { action, member, after: search.after });
  const filters = new URLSearchParams({ ...(action ? { action } : {}), ...(member ? { member } : {}) });
  return (
    <main className="p-4 sm:p-6">
      <h1 className="text-xl font-semibold">Audit log</h1>
      <p className="mb-4 text-sm text-fg-muted">Who did what to whom, and when. Every change to members, invitations, teams and apps.</p>
      <form
        role="search"
        aria-label="Filter the audit log"
        className="mb-4 flex flex-wrap items-end gap-2"
        action={`/orgs/${orgId}/audit-log`}
      >
        <label className="flex flex-col gap-1 text-sm font-medium">
          Action
          <select name="action" defaultValue={action ?? ''} className={`${inputClass} w-60`}>
            <option value="">All actions</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          Member
          <input name="member" type="search" defaultValue={member} placeholder="Name or email" className={`${inputClass} w-60`} />
        </label>
        <button type="submit" className={buttonClass('secondary')}>
          Filter
        </button>
      </form>
      {events.rows.length === 0 ? (
        <EmptyState>No events match.</EmptyState>
      ) : (
        <DataTable
          caption="Audit events"
          compact
          topAligned
          rows={events.rows}
          rowKey={(event) => event.id}
          columns={[
            { header: 'When', numeric: true, className: 'whitespace-nowrap', cell: (event) => formatDateTime(event.createdAt) },
            {
              header: 'Who',
              cell: (event) => (
                <>
                  {event.actorName ?? event.actorEmail ?? 'deleted user'}
                  <div className="text-xs text-fg-muted">{event.actorEmail}</div>
                </>
              ),
            },
            { header: 'Action', cell: (event) => <code className="text-xs">{event.action}</code> },
            { header: 'Target', cell: (event) => `${event.targetType} ${event.targetId}` },
            {
              header: 'Details',
              from: 'lg',
              className: 'max-w-md text-xs break-words text-fg-muted',
              cell: (event) => summarize(event.data),
            },
          ]}
        />
      )}
      <Pager
        firstHref={search.after ? `/orgs/${orgId}/audit-log?${filters}` : null}
        nextHref={
          events.nextCursor
            ? `/orgs/${orgId}/audit-log?${new URLSearchParams({ ...Object.fromEntries(filters), after: events.nextCursor })}`
            : null
        }
      />
    </main>
  );
}
