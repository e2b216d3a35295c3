import 'server-only';
import { deleteConceptRow } from '@/db/queries/concepts';
import { authorizeOnApp } from '../authorize';
import type { AppCommandContext } from '../context';
import { requireConcept } from './concept';

/** Deleting a concept removes it from labeling tasks and removes the annotations that used it. */
export async function deleteConcept(ctx: AppCommandContext, input: { conceptId: string }): Promise<{ id: string }> {
  authorizeOnApp(ctx, 'concepts.write');
  const concept = await requireConcept(ctx, input.conceptId);
  await deleteConceptRow(ctx.tx, ctx.orgId, ctx.app.id, concept.id);
  ctx.audit({ action: 'concept.deleted', targetType: 'concept', targetId: concept.id, data: { app: ctx.app.slug, name: concept.name } });
  return { id: concept.id };
}
