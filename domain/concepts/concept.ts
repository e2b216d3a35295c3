import 'server-only';
import { lockConcept, type ConceptRef } from '@/db/queries/concepts';
import { ActionError } from '@/domain/errors';
import type { AppCommandContext } from '../context';

/** The app's concept, locked for the rest of the transaction; one of another app is not found. */
export async function requireConcept(ctx: Pick<AppCommandContext, 'tx' | 'orgId' | 'app'>, conceptId: string): Promise<ConceptRef> {
  const concept = await lockConcept(ctx.tx, ctx.orgId, ctx.app.id, conceptId);
  if (!concept) throw new ActionError('NOT_FOUND', 'That concept does not exist in this app.');
  return concept;
}
