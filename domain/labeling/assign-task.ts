import 'server-only';
import { insertAssignedNotifications, insertAssignments, membersToAssign } from '@/db/queries/task-assignments';
import { ActionError, fieldError } from '@/domain/errors';
import { authorizeOnApp } from '../authorize';
import type { AppCommandContext } from '../context';
import { requireTask } from './task';

/**
 * Assigns members who can label in this app; anyone else (a non-member, a member without labeling access)
 * is refused. Each newly assigned person hears of it in their notification bar (not whoever assigned
 * themselves). A grant withdrawn while this runs ends as if it was withdrawn just after: assignments
 * outlive later changes of access, and the labeler's own work checks their access each time.
 */
export async function assignTask(ctx: AppCommandContext, input: { taskId: string; userIds: string[] }): Promise<{ added: number }> {
  authorizeOnApp(ctx, 'tasks.manage');
  const task = await requireTask(ctx, input.taskId, 'key share');
  const wanted = [...new Set(input.userIds)];
  const members = await membersToAssign(ctx.tx, ctx.orgId, ctx.app.id, wanted);
  if (members.length !== wanted.length)
    throw new ActionError('NOT_FOUND', 'Only members of this organization can be assigned to its tasks.');
  const unable = members.filter((x) => !x.canLabel);
  if (unable.length > 0) {
    throw fieldError(
      'userIds',
      `${unable.map((x) => x.email).join(', ')} cannot label in this app. Give them a labeling team on it first.`,
    );
  }
  const added = await insertAssignments(
    ctx.tx,
    ctx.orgId,
    ctx.app.id,
    task.id,
    members.map((x) => x.userId),
  );
  for (const userId of added) {
    ctx.audit({
      action: 'task.assigned',
      targetType: 'labeling_task',
      targetId: task.id,
      data: { app: ctx.app.slug, name: task.name, userId },
    });
  }
  await insertAssignedNotifications(
    ctx.tx,
    ctx.orgId,
    added.filter((userId) => userId !== ctx.actor.id),
    { taskName: task.name, appName: ctx.app.name, href: `/orgs/${ctx.orgId}/apps/${ctx.app.slug}/tasks/${task.id}` },
  );
  return { added: added.length };
}
