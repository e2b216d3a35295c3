import 'server-only';
import { insertConcept } from '@/db/queries/concepts';
import { authorizeOnApp } from '../authorize';
import type { AppCommandContext } from '../context';

/** A taken name is refused by the unique index, even when two people create it at once, with the message beside the field. */
export async function createConcept(ctx: AppCommandContext, input: { name: string }): Promise<{ id: string; name: string }> {
  authorizeOnApp(ctx, 'concepts.write');
  const id = await insertConcept(ctx.tx, ctx.orgId, ctx.app.id, input.name);
  ctx.audit({ action: 'concept.created', targetType: 'concept', targetId: id, data: { app: ctx.app.slug, name: input.name } });
  return { id, name: input.name };
}
