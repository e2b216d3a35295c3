import 'server-only';
import { deleteLabelingTaskRow } from '@/db/queries/labeling-task-writes';
import { authorizeOnApp } from '../authorize';
import type { AppCommandContext } from '../context';
import { requireTask } from './task';

/** Deletes the task with its assignments and annotations. */
export async function deleteLabelingTask(ctx: AppCommandContext, input: { taskId: string }): Promise<{ id: string }> {
  authorizeOnApp(ctx, 'tasks.manage');
  const task = await requireTask(ctx, input.taskId, 'update');
  await deleteLabelingTaskRow(ctx.tx, ctx.orgId, ctx.app.id, task.id);
  ctx.audit({ action: 'task.deleted', targetType: 'labeling_task', targetId: task.id, data: { app: ctx.app.slug, name: task.name } });
  return { id: task.id };
}
