import 'server-only';
import { setAssignmentStatus } from '@/db/queries/task-assignments';
import type { AssignmentStatus } from '@/lib/validations/labeling';
import { authorizeOnApp } from '../authorize';
import type { AppCommandContext } from '../context';
import { requireOwnAssignment } from './task';
import { requirePerson } from '@/domain/actors';

/**
 * An assignee sets their own status on the task. Not audited: it is the labeler's own progress note,
 * visible in the task analytics, not a change of anyone's access or of the app's data.
 */
export async function updateAssignmentStatus(
  ctx: AppCommandContext,
  input: { taskId: string; status: AssignmentStatus },
): Promise<{ status: AssignmentStatus }> {
  authorizeOnApp(ctx, 'tasks.work_assigned');
  const own = await requireOwnAssignment(ctx, input.taskId);
  await setAssignmentStatus(ctx.tx, ctx.orgId, own.id, requirePerson(ctx.actor).id, input.status);
  return { status: input.status };
}
