import type { RejectedItem, WorkItem } from '@/db/queries/annotations';
import type { TaskDetail } from '@/db/queries/labeling-tasks';
import { REVIEW_STATUS_LABELS } from '@/lib/validations/labeling';
import { Pager } from '@/components/ui/pager';
import { ProgressBar } from '@/components/ui/progress-bar';
import { EmptyState } from '@/components/ui/empty-state';
import { InputPreview, inputLabel } from './input-preview';
import { LabelSelect, StatusSelect } from './work-controls';

type Props = {
  task: TaskDetail & { myStatus: NonNullable<TaskDetail['myStatus']> };
  items: { rows: WorkItem[]; nextCursor: string | null };
  rejected: RejectedItem[];
  refs: { orgId: string; appId: string; taskId: string };
  pageHref: string;
  after: string | undefined;
};

const annotatedOf = (counts: TaskDetail['myReviewCounts']) => counts.pending + counts.approved + counts.rejected;

/** "Your work": the assignee's status and progress, the reviewers' feedback, and the inputs to label. */
export function YourWork({ task, items, rejected, refs, pageHref, after }: Props) {
  const mine = task.myReviewCounts;
  return (
    <section aria-labelledby="work-heading" id="your-work" className="space-y-4">
      <h3 id="work-heading" className="text-base font-semibold">
        Your work
      </h3>
      <div className="grid gap-4 rounded-lg border border-border p-4 sm:grid-cols-2">
        <StatusSelect {...refs} status={task.myStatus} />
        <div className="flex flex-col gap-1">
          <span className="text-sm font-medium" aria-hidden>
            Your progress
          </span>
          <ProgressBar value={annotatedOf(mine)} max={task.inputCount} label="Your progress" />
          <p className="text-xs text-fg-muted">
            {REVIEW_STATUS_LABELS.approved}: {mine.approved} · {REVIEW_STATUS_LABELS.rejected}: {mine.rejected} ·{' '}
            {REVIEW_STATUS_LABELS.pending}: {mine.pending}
          </p>
        </div>
      </div>

      {rejected.length > 0 ? (
        <section aria-labelledby="feedback-heading" className="rounded-lg border border-danger/40 p-4">
          <h4 id="feedback-heading" className="font-semibold">
            Feedback on your rejected annotations
          </h4>
          <p className="mb-2 text-xs text-fg-muted">Label these inputs again below; a new label goes back to review.</p>
          <ul className="space-y-2 text-sm">
            {rejected.map((r) => (
              <li key={r.annotationId} className="border-t border-border pt-2 first:border-0 first:pt-0">
                <InputPreview kind={r.kind} content={r.content} image={r.hasFile ? { ...refs, inputId: r.inputId } : null} />
                <p className="text-fg-muted">
                  You labeled it <strong className="text-fg">{r.conceptName}</strong>.
                </p>
                <p className="break-words whitespace-pre-wrap">Feedback: {r.feedback || '(none)'}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {items.rows.length === 0 ? (
        <EmptyState>This task&apos;s dataset has no inputs yet.</EmptyState>
      ) : (
        <ul className="divide-y divide-border rounded-lg border border-border" aria-label="Inputs to label">
          {items.rows.map((item) => (
            <li key={item.inputId} className="grid gap-2 px-4 py-3 text-sm sm:grid-cols-[1fr_14rem] sm:items-start">
              <div className="min-w-0">
                <InputPreview kind={item.kind} content={item.content} image={item.hasFile ? { ...refs, inputId: item.inputId } : null} />
                {item.reviewStatus ? (
                  <p className={`mt-1 text-xs ${item.reviewStatus === 'rejected' ? 'text-danger' : 'text-fg-muted'}`}>
                    {REVIEW_STATUS_LABELS[item.reviewStatus]}
                    {item.reviewStatus === 'rejected' && item.feedback ? ` — ${item.feedback}` : ''}
                  </p>
                ) : null}
              </div>
              <LabelSelect
                {...refs}
                inputId={item.inputId}
                label={inputLabel(item.content)}
                conceptId={item.conceptId}
                concepts={task.concepts}
              />
            </li>
          ))}
        </ul>
      )}
      <Pager
        firstHref={after ? `${pageHref}#your-work` : null}
        nextHref={items.nextCursor ? `${pageHref}?after=${items.nextCursor}#your-work` : null}
      />
    </section>
  );
}
