import type { ReactNode } from 'react';
import type { AssigneeAnalytics } from '@/db/queries/labeling-tasks';
import { ASSIGNMENT_STATUS_LABELS } from '@/lib/validations/labeling';
import { ProgressBar } from '@/components/ui/progress-bar';
import { DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { UnassignButton } from './manage-controls';

/**
 * Task analytics (tasks.manage): per assignee, status, progress and their annotations by review status.
 * With nobody assigned, `assign` (the page's Assign button, moved here) says what to do next.
 */
export function TaskAnalytics({
  rows,
  inputCount,
  refs,
  assign,
}: {
  rows: AssigneeAnalytics[];
  inputCount: number;
  refs: { orgId: string; appId: string; taskId: string };
  assign?: ReactNode;
}) {
  if (rows.length === 0) return <EmptyState action={assign}>Nobody is assigned yet: assign members who can label in this app.</EmptyState>;
  const unassign = (row: AssigneeAnalytics, who: string) => (
    <UnassignButton {...refs} userId={row.userId} who={who} annotated={row.annotated} />
  );
  const who = (row: AssigneeAnalytics, index: number) => row.email ?? `Assignee ${index + 1}`;
  return (
    <DataTable
      caption="Assignees and their progress"
      topAligned
      rows={rows}
      rowKey={(row) => row.userId}
      columns={[
        {
          header: 'Assignee',
          className: 'min-w-32',
          cell: (row, index) => (
            <>
              <div className="font-medium break-words">{row.name ?? who(row, index)}</div>
              {row.name && row.email ? <div className="text-xs break-all text-fg-muted">{row.email}</div> : null}
              <div className="text-xs text-fg-muted">{ASSIGNMENT_STATUS_LABELS[row.status]}</div>
              {/* Narrow screens: the action sits under the name instead of in a column of its own. */}
              <div className="mt-2 sm:hidden">{unassign(row, who(row, index))}</div>
            </>
          ),
        },
        {
          header: 'Progress',
          className: 'min-w-36',
          cell: (row, index) => (
            <>
              <ProgressBar value={row.annotated} max={inputCount} label={`Progress of ${row.name ?? who(row, index)}`} />
              <p className="mt-1 text-xs text-fg-muted sm:hidden">
                Approved {row.approved} · Rejected {row.rejected} · Pending {row.pending}
              </p>
            </>
          ),
        },
        { header: 'Approved', from: 'sm', numeric: true, align: 'right', cell: (row) => row.approved },
        { header: 'Rejected', from: 'sm', numeric: true, align: 'right', cell: (row) => row.rejected },
        { header: 'Pending', from: 'sm', numeric: true, align: 'right', cell: (row) => row.pending },
        { header: 'Actions', hideHeader: true, from: 'sm', align: 'right', cell: (row, index) => unassign(row, who(row, index)) },
      ]}
    />
  );
}
