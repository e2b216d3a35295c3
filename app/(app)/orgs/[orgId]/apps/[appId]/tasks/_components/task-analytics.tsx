import type { AssigneeAnalytics } from '@/db/queries/labeling-tasks';
import { ASSIGNMENT_STATUS_LABELS } from '@/lib/validations/labeling';
import { ProgressBar } from '@/components/ui/progress-bar';
import { EmptyState, thClass } from '@/components/ui/table';
import { UnassignButton } from './manage-controls';

/** Task analytics (tasks.manage): per assignee, status, progress and their annotations by review status. */
export function TaskAnalytics({
  rows,
  inputCount,
  refs,
}: {
  rows: AssigneeAnalytics[];
  inputCount: number;
  refs: { orgId: string; appId: string; taskId: string };
}) {
  if (rows.length === 0) return <EmptyState>Nobody is assigned yet — Assign members who can label in this app.</EmptyState>;
  return (
    <div className="overflow-x-auto rounded-lg border border-border">
      <table className="w-full text-sm">
        <caption className="sr-only">Assignees and their progress</caption>
        <thead>
          <tr>
            <th scope="col" className={thClass}>
              Assignee
            </th>
            <th scope="col" className={thClass}>
              Progress
            </th>
            <th scope="col" className={`${thClass} hidden text-right sm:table-cell`}>
              Approved
            </th>
            <th scope="col" className={`${thClass} hidden text-right sm:table-cell`}>
              Rejected
            </th>
            <th scope="col" className={`${thClass} hidden text-right sm:table-cell`}>
              Pending
            </th>
            <th scope="col" className={`${thClass} hidden sm:table-cell`}>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const who = row.email ?? `Assignee ${index + 1}`;
            const remove = <UnassignButton {...refs} userId={row.userId} who={who} annotated={row.annotated} />;
            return (
              <tr key={row.userId} className="border-t border-border align-top">
                <td className="min-w-32 px-3 py-3 sm:px-4">
                  <div className="font-medium break-words">{row.name ?? who}</div>
                  {row.name && row.email ? <div className="text-xs break-all text-fg-muted">{row.email}</div> : null}
                  <div className="text-xs text-fg-muted">{ASSIGNMENT_STATUS_LABELS[row.status]}</div>
                  {/* Narrow screens: the action sits under the name instead of in a column of its own. */}
                  <div className="mt-2 sm:hidden">{remove}</div>
                </td>
                <td className="min-w-36 px-3 py-3 sm:px-4">
                  <ProgressBar value={row.annotated} max={inputCount} label={`Progress of ${row.name ?? who}`} />
                  <p className="mt-1 text-xs text-fg-muted sm:hidden">
                    Approved {row.approved} · Rejected {row.rejected} · Pending {row.pending}
                  </p>
                </td>
                <td className="hidden px-3 py-3 text-right tabular-nums sm:table-cell sm:px-4">{row.approved}</td>
                <td className="hidden px-3 py-3 text-right tabular-nums sm:table-cell sm:px-4">{row.rejected}</td>
                <td className="hidden px-3 py-3 text-right tabular-nums sm:table-cell sm:px-4">{row.pending}</td>
                <td className="hidden px-3 py-3 text-right sm:table-cell sm:px-4">{remove}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
