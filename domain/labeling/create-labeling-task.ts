import 'server-only';
import { holdConceptsOfApp, holdDatasetOfApp, insertLabelingTask } from '@/db/queries/labeling-task-writes';
import { fieldError } from '@/domain/errors';
import { authorizeOnApp } from '../authorize';
import type { AppCommandContext } from '../context';
import { requirePerson } from '@/domain/actors';

/** Creates a labeling task on one of the app's datasets; a dataset or concept of another app is refused beside its field. */
export async function createLabelingTask(
  ctx: AppCommandContext,
  input: { name: string; datasetId: string; conceptIds: string[]; instructions: string },
): Promise<{ id: string }> {
  authorizeOnApp(ctx, 'tasks.manage');
  // Ids from the client must be this app's: checked (and held against deletion) here, so the answer is a
  // clear field error; the composite foreign keys would refuse them anyway.
  const datasetId = await holdDatasetOfApp(ctx.tx, ctx.orgId, ctx.app.id, input.datasetId);
  if (!datasetId) throw fieldError('datasetId', 'Choose a dataset of this app.');
  const conceptIds = [...new Set(input.conceptIds)];
  const found = await holdConceptsOfApp(ctx.tx, ctx.orgId, ctx.app.id, conceptIds);
  if (found.length !== conceptIds.length) throw fieldError('conceptIds', 'Choose concepts of this app.');

  const id = await insertLabelingTask(ctx.tx, {
    orgId: ctx.orgId,
    appId: ctx.app.id,
    datasetId,
    name: input.name,
    instructions: input.instructions,
    createdBy: requirePerson(ctx.actor).id,
    conceptIds,
  });
  ctx.audit({
    action: 'task.created',
    targetType: 'labeling_task',
    targetId: id,
    data: { app: ctx.app.slug, name: input.name, datasetId, conceptIds },
  });
  return { id };
}
