import 'server-only';
import { renameConceptRow } from '@/db/queries/concepts';
import { authorizeOnApp } from '../authorize';
import type { AppCommandContext } from '../context';
import { requireConcept } from './concept';

/** A name another concept of the app has is refused by the unique index, beside the field. */
export async function renameConcept(
  ctx: AppCommandContext,
  input: { conceptId: string; name: string },
): Promise<{ id: string; name: string }> {
  authorizeOnApp(ctx, 'concepts.write');
  const concept = await requireConcept(ctx, input.conceptId);
  await renameConceptRow(ctx.tx, ctx.orgId, ctx.app.id, concept.id, input.name);
  ctx.audit({
    action: 'concept.renamed',
    targetType: 'concept',
    targetId: concept.id,
    data: { app: ctx.app.slug, before: concept.name, after: input.name },
  });
  return { id: concept.id, name: input.name };
}
