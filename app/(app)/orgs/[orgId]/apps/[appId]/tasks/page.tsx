import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getDb } from '@/db';
import { listTasks, taskFormOptions, type TaskSummary } from '@/db/queries/labeling-tasks';
import { requireAppAccess } from '@/lib/auth/app-access';
import { ASSIGNMENT_STATUS_LABELS } from '@/lib/validations/labeling';
import { Pager } from '@/components/ui/pager';
import { ProgressBar } from '@/components/ui/progress-bar';
import { EmptyState } from '@/components/ui/empty-state';
import { CreateTaskDialog } from './_components/create-task-dialog';
import { assigneesText, overallStatus } from './_components/task-status';
import { singleValues } from '@/lib/search-params';

export const metadata: Metadata = { title: 'Labeling tasks' };

type Props = { params: Promise<{ orgId: string; appId: string }>; searchParams: Promise<{ after?: string | string[] }> };

/**
 * Labeling tasks. With 'tasks.view': every task of the app, with overall progress — read-only for an
 * Organization User, with Create labeling task for 'tasks.manage'; with 'tasks.work_assigned' only: the
 * tasks assigned to the caller, with their own progress. Anyone else (a Model Trainer) gets 404.
 */
export default async function TasksPage({ params, searchParams }: Props) {
  const { orgId, appId } = await params;
  const { after } = singleValues(await searchParams);
  const { app, permissions, user } = await requireAppAccess(orgId, appId);
  const manage = permissions.has('tasks.manage');
  const all = permissions.has('tasks.view');
  if (!all && !permissions.has('tasks.work_assigned')) notFound();
  const db = await getDb();
  const [tasks, options] = await Promise.all([
    listTasks(db, orgId, app.id, { userId: user.id, all, withNames: permissions.has('tasks.view_member_names'), after }),
    manage ? taskFormOptions(db, orgId, app.id) : Promise.resolve(null),
  ]);
  const base = `/orgs/${orgId}/apps/${app.slug}/tasks`;
  // No task yet (not a later page): the create button moves into the empty state, one on the page.
  const create = options ? (
    <CreateTaskDialog orgId={orgId} appId={app.id} tasksHref={base} datasets={options.datasets} concepts={options.concepts} />
  ) : null;
  const empty = !after && tasks.rows.length === 0;
  return (
    <section aria-labelledby="tasks-heading">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <div>
          <h2 id="tasks-heading" className="text-lg font-semibold">
            Labeling tasks
          </h2>
          <p className="text-sm text-fg-muted">
            {manage
              ? 'Every labeling task of this app, with its progress.'
              : all
                ? 'Every labeling task of this app, with its progress. You can view them, not change them.'
                : 'The labeling tasks assigned to you.'}
          </p>
        </div>
        {empty ? null : create}
      </div>
      {tasks.rows.length === 0 ? (
        <EmptyState action={empty ? create : null}>
          {after ? 'No more labeling tasks.' : all ? 'No labeling tasks yet.' : 'No labeling tasks are assigned to you yet.'}
        </EmptyState>
      ) : (
        <ul className="space-y-3">
          {tasks.rows.map((task) => (
            <TaskCard key={task.id} task={task} href={`${base}/${task.id}`} all={all} />
          ))}
        </ul>
      )}
      <Pager firstHref={after ? base : null} nextHref={tasks.nextCursor ? `${base}?after=${tasks.nextCursor}` : null} />
    </section>
  );
}

function TaskCard({ task, href, all }: { task: TaskSummary; href: string; all: boolean }) {
  const status = all || !task.myStatus ? overallStatus(task.assigneeCount, task.statusCounts) : ASSIGNMENT_STATUS_LABELS[task.myStatus];
  // Who sees every task sees the whole task (inputs × assignees); a labeler sees their own share (their inputs).
  const progress = all
    ? { value: task.annotatedCount, max: task.inputCount * task.assigneeCount, label: `Progress of ${task.name}` }
    : { value: task.myAnnotatedCount, max: task.inputCount, label: `Your progress on ${task.name}` };
  const shown = task.assigneeNames ?? [];
  return (
    <li className="rounded-lg border border-border p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="min-w-0 font-semibold break-words">
          <Link href={href} className="hover:underline">
            {task.name}
          </Link>
        </h3>
        <span className="rounded-full border border-border px-2 py-0.5 text-xs">{status}</span>
      </div>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-fg-muted">Dataset</dt>
        <dd className="min-w-0 break-words">{task.datasetName}</dd>
        <dt className="text-fg-muted">Concepts</dt>
        <dd className="min-w-0 break-words">{task.concepts.join(', ') || '—'}</dd>
        <dt className="text-fg-muted">Assignees</dt>
        <dd className="min-w-0 break-words">
          {assigneesText(task.assigneeCount)}
          {shown.length > 0 ? `: ${shown.join(', ')}${task.assigneeCount > shown.length ? ', …' : ''}` : ''}
        </dd>
      </dl>
      <ProgressBar className="mt-3" {...progress} />
    </li>
  );
}
