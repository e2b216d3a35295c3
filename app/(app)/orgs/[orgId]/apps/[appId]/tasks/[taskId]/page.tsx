import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getDb } from '@/db';
import { listRejectedForAnnotator, listReviewQueue, listWorkItems } from '@/db/queries/annotations';
import { findTask, listLabelCandidates, taskAnalytics } from '@/db/queries/labeling-tasks';
import { urlText } from '@/db/text';
import { requireAppAccess } from '@/lib/auth/app-access';
import { REVIEW_STATUS_LABELS } from '@/lib/validations/labeling';
import { ProgressBar } from '@/components/ui/progress-bar';
import { AssignDialog, DeleteTaskButton } from '../_components/manage-controls';
import { ReviewDialog } from '../_components/review-dialog';
import { TaskAnalytics } from '../_components/task-analytics';
import { assigneesText } from '../_components/task-status';
import { YourWork } from '../_components/your-work';
import { singleValues } from '@/lib/search-params';

export const metadata: Metadata = { title: 'Labeling task' };

type Props = { params: Promise<{ orgId: string; appId: string; taskId: string }>; searchParams: Promise<{ after?: string | string[] }> };

/**
 * One labeling task. Task managers see it all (assignees, analytics, Assign, Delete task); reviewers get
 * Review; an assignee allowed to label gets "Your work"; 'tasks.view' alone (an Organization User) reads
 * the task and its overall progress, with no control. A labeler not assigned to it gets 404, like anyone
 * without a task permission: for them it does not exist.
 */
export default async function TaskPage({ params, searchParams }: Props) {
  const { orgId, appId, taskId } = await params;
  const { after } = singleValues(await searchParams);
  const { app, permissions, user } = await requireAppAccess(orgId, appId);
  const manage = permissions.has('tasks.manage');
  const work = permissions.has('tasks.work_assigned');
  const viewAll = permissions.has('tasks.view');
  if (!viewAll && !work) notFound();
  const db = await getDb();
  const task = await findTask(db, orgId, app.id, urlText(taskId, 36), user.id);
  if (!task || (!viewAll && task.myStatus === null)) notFound();
  const review = permissions.has('annotations.review');
  const withNames = permissions.has('tasks.view_member_names');
  const myStatus = work ? task.myStatus : null;

  const [analytics, candidates, queue, items, rejected] = await Promise.all([
    manage ? taskAnalytics(db, orgId, app.id, task.id, withNames) : null,
    manage ? listLabelCandidates(db, orgId, app.id, task.id) : null,
    review ? listReviewQueue(db, orgId, app.id, task.id, user.id, withNames) : null,
    myStatus ? listWorkItems(db, orgId, app.id, task, user.id, after) : null,
    myStatus ? listRejectedForAnnotator(db, orgId, app.id, task.id, user.id) : null,
  ]);
  const refs = { orgId, appId: app.id, taskId: task.id };
  const tasksHref = `/orgs/${orgId}/apps/${app.slug}/tasks`;
  const counts = task.reviewCounts;
  const totalAnnotations = counts.pending + counts.approved + counts.rejected;
  // Nobody assigned yet: Assign moves into the analytics' empty state, one `Assign` on the page.
  const assign = candidates ? <AssignDialog {...refs} candidates={candidates.rows} more={candidates.more} /> : null;
  const unassigned = analytics?.length === 0;

  return (
    <section aria-labelledby="task-heading" className="space-y-6">
      <div>
        <Link href={tasksHref} className="text-sm text-fg-muted hover:underline">
          ← Labeling tasks
        </Link>
        <div className="mt-1 flex flex-wrap items-start justify-between gap-3">
          <h2 id="task-heading" className="min-w-0 text-lg font-semibold break-words">
            {task.name}
          </h2>
          <div className="flex flex-wrap gap-2">
            {unassigned ? null : assign}
            {queue ? <ReviewDialog orgId={orgId} appId={app.id} queue={queue} pending={counts.pending} /> : null}
            {manage ? <DeleteTaskButton {...refs} name={task.name} tasksHref={tasksHref} annotations={totalAnnotations} /> : null}
          </div>
        </div>
      </div>

      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 rounded-lg border border-border p-4 text-sm">
        <dt className="text-fg-muted">Dataset</dt>
        <dd className="min-w-0 break-words">
          {permissions.has('datasets.view') ? (
            <Link href={`/orgs/${orgId}/apps/${app.slug}/datasets/${task.datasetId}`} className="hover:underline">
              {task.datasetName}
            </Link>
          ) : (
            task.datasetName
          )}
          <span className="text-fg-muted">
            {' '}
            · {task.inputCount.toLocaleString('en-US')} input{task.inputCount === 1 ? '' : 's'}
          </span>
        </dd>
        <dt className="text-fg-muted">Concepts</dt>
        <dd>
          <ul className="flex flex-wrap gap-1" aria-label="Concepts">
            {task.concepts.map((c) => (
              <li key={c.id} className="rounded-full border border-border px-2 py-0.5 text-xs">
                {c.name}
              </li>
            ))}
          </ul>
        </dd>
        <dt className="text-fg-muted">Instructions</dt>
        <dd className="min-w-0 break-words whitespace-pre-wrap">{task.instructions || 'No instructions.'}</dd>
      </dl>

      {manage || review || viewAll ? (
        <section aria-labelledby="analytics-heading" className="space-y-3">
          <h3 id="analytics-heading" className="text-base font-semibold">
            {manage || review ? 'Task analytics' : 'Progress'}
          </h3>
          <ProgressBar value={totalAnnotations} max={task.inputCount * task.assigneeCount} label="Progress of this task" />
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Review status counts">
            <li>{assigneesText(task.assigneeCount)}</li>
            <li>
              {REVIEW_STATUS_LABELS.pending}: <span className="tabular-nums">{counts.pending}</span>
            </li>
            <li>
              {REVIEW_STATUS_LABELS.approved}: <span className="tabular-nums">{counts.approved}</span>
            </li>
            <li>
              {REVIEW_STATUS_LABELS.rejected}: <span className="tabular-nums">{counts.rejected}</span>
            </li>
          </ul>
          {analytics ? <TaskAnalytics rows={analytics} inputCount={task.inputCount} refs={refs} assign={assign} /> : null}
        </section>
      ) : null}

      {myStatus && items && rejected ? (
        <YourWork
          task={{ ...task, myStatus }}
          items={items}
          rejected={rejected}
          refs={refs}
          pageHref={`${tasksHref}/${task.id}`}
          after={after}
        />
      ) : manage && task.myStatus === null && work ? (
        <p className="text-sm text-fg-muted">You are not assigned to this task; assign yourself to label it.</p>
      ) : null}
    </section>
  );
}
