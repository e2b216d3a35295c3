import 'server-only';
import { countAnnotationsBy, deleteAssignment, lockAssignment } from '@/db/queries/task-assignments';
import { ActionError } from '@/domain/errors';
import { authorizeOnApp } from '../authorize';
import type { AppCommandContext } from '../context';
import { requireTask } from './task';

/**
 * Their annotations of this task go with the assignment; the audit event keeps the count. The assignment
 * is locked first, so a save of theirs in flight is either counted or never happens.
 */
export async function unassignTask(ctx: AppCommandContext, input: { taskId: string; userId: string }): Promise<{ removed: boolean }> {
  authorizeOnApp(ctx, 'tasks.manage');
  const task = await requireTask(ctx, input.taskId, 'key share');
  if (!(await lockAssignment(ctx.tx, ctx.orgId, task.id, input.userId)))
    throw new ActionError('NOT_FOUND', 'That person is not assigned to this task.');
  const annotationsRemoved = await countAnnotationsBy(ctx.tx, ctx.orgId, task.id, input.userId);
  await deleteAssignment(ctx.tx, ctx.orgId, ctx.app.id, task.id, input.userId);
  ctx.audit({
    action: 'task.unassigned',
    targetType: 'labeling_task',
    targetId: task.id,
    data: { app: ctx.app.slug, name: task.name, userId: input.userId, annotationsRemoved },
  });
  return { removed: true };
}
