import 'server-only';
import { holdConceptOfTask, holdInputOfDataset, upsertOwnAnnotation } from '@/db/queries/annotations';
import { setAssignmentStatus } from '@/db/queries/task-assignments';
import { ActionError, fieldError } from '@/domain/errors';
import type { ReviewStatus } from '@/lib/validations/labeling';
import { authorizeOnApp } from '../authorize';
import type { AppCommandContext } from '../context';
import { requireOwnAssignment } from './task';
import { requirePerson } from '@/domain/actors';

/**
 * An assignee labels one input of the task with one of the task's concepts: their own annotation is
 * created or replaced (a changed label goes back to pending review; see upsertOwnAnnotation). The first
 * label moves a "Not started" assignment to "In progress".
 *
 * Not audited: annotations are the labelers' routine work (many per minute) and each row already
 * records its annotator, and its reviewer and review time; the audit log keeps access and
 * administration changes, and the reviews themselves (annotation.reviewed).
 *
 * The grant that allows the save is read when the app is opened, not held: a save racing a withdrawn
 * team grant lands as if it came just before the withdrawal; the next one is refused.
 */
export async function saveAnnotation(
  ctx: AppCommandContext,
  input: { taskId: string; inputId: string; conceptId: string },
): Promise<{ annotationId: string; reviewStatus: ReviewStatus }> {
  authorizeOnApp(ctx, 'tasks.work_assigned');
  const own = await requireOwnAssignment(ctx, input.taskId);
  const inputId = await holdInputOfDataset(ctx.tx, ctx.orgId, ctx.app.id, own.datasetId, input.inputId);
  if (!inputId) throw new ActionError('NOT_FOUND', 'That input is not part of this task.');
  const conceptId = await holdConceptOfTask(ctx.tx, ctx.orgId, own.id, input.conceptId);
  if (!conceptId) throw fieldError('conceptId', "Choose one of this task's concepts.");

  const saved = await upsertOwnAnnotation(ctx.tx, {
    orgId: ctx.orgId,
    appId: ctx.app.id,
    taskId: own.id,
    inputId,
    conceptId,
    annotatorId: requirePerson(ctx.actor).id,
  });
  if (own.status === 'not_started') await setAssignmentStatus(ctx.tx, ctx.orgId, own.id, requirePerson(ctx.actor).id, 'in_progress');
  return { annotationId: saved.id, reviewStatus: saved.reviewStatus };
}
