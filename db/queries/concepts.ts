import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { schema, type Executor } from '@/db';
import { ActionError } from '@/lib/actions/result';
import type { OrgContext } from '@/lib/actions/wrapper';
import { requireAppPermission } from './apps';

const c = schema.concepts;

export type ConceptDto = { id: string; name: string; createdAt: Date };

/** An app has tens of concepts, not thousands; the cap keeps a page bounded anyway. */
export const CONCEPT_LIMIT = 500;

export async function listConcepts(executor: Executor, orgId: string, appId: string): Promise<ConceptDto[]> {
  return executor
    .select({ id: c.id, name: c.name, createdAt: c.createdAt })
    .from(c)
    .where(and(eq(c.orgId, orgId), eq(c.appId, appId)))
    .orderBy(asc(c.name))
    .limit(CONCEPT_LIMIT);
}

async function requireConcept(ctx: OrgContext, appId: string, conceptId: string) {
  const [row] = await ctx.tx
    .select({ id: c.id, name: c.name })
    .from(c)
    .where(and(eq(c.orgId, ctx.orgId), eq(c.appId, appId), eq(c.id, conceptId)))
    .for('update');
  if (!row) throw new ActionError('NOT_FOUND', 'That concept does not exist in this app.');
  return row;
}

export async function createConcept(ctx: OrgContext, appId: string, name: string) {
  const app = await requireAppPermission(ctx, appId, 'concepts.write');
  const [row] = await ctx.tx.insert(c).values({ orgId: ctx.orgId, appId: app.id, name }).returning({ id: c.id });
  ctx.audit({ action: 'concept.created', targetType: 'concept', targetId: row!.id, data: { app: app.slug, name } });
  return { id: row!.id, name };
}

export async function renameConcept(ctx: OrgContext, appId: string, conceptId: string, name: string) {
  const app = await requireAppPermission(ctx, appId, 'concepts.write');
  const concept = await requireConcept(ctx, app.id, conceptId);
  await ctx.tx
    .update(c)
    .set({ name })
    .where(and(eq(c.orgId, ctx.orgId), eq(c.appId, app.id), eq(c.id, conceptId)));
  ctx.audit({
    action: 'concept.renamed',
    targetType: 'concept',
    targetId: conceptId,
    data: { app: app.slug, before: concept.name, after: name },
  });
  return { id: conceptId, name };
}

/** Deleting a concept removes it from labeling tasks and removes the annotations that used it. */
export async function deleteConcept(ctx: OrgContext, appId: string, conceptId: string) {
  const app = await requireAppPermission(ctx, appId, 'concepts.write');
  const concept = await requireConcept(ctx, app.id, conceptId);
  await ctx.tx.delete(c).where(and(eq(c.orgId, ctx.orgId), eq(c.appId, app.id), eq(c.id, conceptId)));
  ctx.audit({ action: 'concept.deleted', targetType: 'concept', targetId: conceptId, data: { app: app.slug, name: concept.name } });
  return { id: conceptId };
}
