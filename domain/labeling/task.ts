import 'server-only';
import { lockTask, type TaskRef } from '@/db/queries/labeling-task-writes';
import { lockAssignment } from '@/db/queries/task-assignments';
import { ActionError } from '@/domain/errors';
import type { AssignmentStatus } from '@/lib/validations/labeling';
import type { AppCommandContext } from '../context';
import { requirePerson } from '@/domain/actors';

type InApp = Pick<AppCommandContext, 'tx' | 'orgId' | 'app'>;

const TASK_NOT_FOUND_MESSAGE = 'That labeling task does not exist in this app.';
const NOT_ASSIGNED_MESSAGE = 'That labeling task does not exist, or it is not assigned to you.';

/**
 * The app's task, locked for the rest of the transaction: 'update' to delete it, 'key share' to hold it
 * while its assignments change. A task of another app is not found.
 */
export async function requireTask(ctx: InApp, taskId: string, lock: 'update' | 'key share'): Promise<TaskRef> {
  const task = await lockTask(ctx.tx, ctx.orgId, ctx.app.id, taskId, lock);
  if (!task) throw new ActionError('NOT_FOUND', TASK_NOT_FOUND_MESSAGE);
  return task;
}

/**
 * For an assignee's own work: the app's task (held against deletion) and the actor's assignment to it
 * (locked, so their saves, their status and their removal queue on it). A task that does not exist and
 * one assigned to others answer alike, so a worker cannot probe for other tasks.
 */
export async function requireOwnAssignment(
  ctx: InApp & Pick<AppCommandContext, 'actor'>,
  taskId: string,
): Promise<TaskRef & { status: AssignmentStatus }> {
  const task = await lockTask(ctx.tx, ctx.orgId, ctx.app.id, taskId, 'key share');
  const assignment = task ? await lockAssignment(ctx.tx, ctx.orgId, task.id, requirePerson(ctx.actor).id) : null;
  if (!task || !assignment) throw new ActionError('NOT_FOUND', NOT_ASSIGNED_MESSAGE);
  return { ...task, status: assignment.status };
}
