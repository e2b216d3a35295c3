import type { Metadata } from 'next';
import { Pager } from '@/components/ui/pager';
import { getDb } from '@/db';
import { AUDIT_ACTIONS, listAuditEvents } from '@/db/queries/audit';
import { requireOrgAccess } from '@/lib/auth/access';
import { buttonClass } from '@/components/ui/button-class';
import { formatDateTime } from '@/components/ui/date';
import { inputClass } from '@/components/ui/field';
import { EmptyState, thClass } from '@/components/ui/table';
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
        <div className="overflow-x-auto rounded-lg border border-border">
          <table className="w-full text-sm">
            <caption className="sr-only">Audit events</caption>
            <thead className="sticky top-0 bg-bg-subtle">
              <tr>
                <th scope="col" className={thClass}>
                  When
                </th>
                <th scope="col" className={thClass}>
                  Who
                </th>
                <th scope="col" className={thClass}>
                  Action
                </th>
                <th scope="col" className={thClass}>
                  Target
                </th>
                <th scope="col" className={`${thClass} hidden lg:table-cell`}>
                  Details
                </th>
              </tr>
            </thead>
            <tbody>
              {events.rows.map((event) => (
                <tr key={event.id} className="border-t border-border align-top">
                  <td className="px-4 py-2 whitespace-nowrap tabular-nums">{formatDateTime(event.createdAt)}</td>
                  <td className="px-4 py-2">
                    {event.actorName ?? event.actorEmail ?? 'deleted user'}
                    <div className="text-xs text-fg-muted">{event.actorEmail}</div>
                  </td>
                  <td className="px-4 py-2">
                    <code className="text-xs">{event.action}</code>
                  </td>
                  <td className="px-4 py-2">
                    {event.targetType} {event.targetId}
                  </td>
                  <td className="hidden max-w-md px-4 py-2 text-xs break-words text-fg-muted lg:table-cell">{summarize(event.data)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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
