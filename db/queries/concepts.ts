import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { schema, type Executor, type Tx } from '@/db';

const c = schema.concepts;

export type ConceptDto = { id: string; name: string; createdAt: Date };
export type ConceptRef = { id: string; name: string };

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

/** The app's concept, locked for the rest of the transaction (a rename and a delete queue on it). */
export async function lockConcept(tx: Tx, orgId: string, appId: string, conceptId: string): Promise<ConceptRef | null> {
  const [row] = await tx
    .select({ id: c.id, name: c.name })
    .from(c)
    .where(and(eq(c.orgId, orgId), eq(c.appId, appId), eq(c.id, conceptId)))
    .for('update');
  return row ?? null;
}

/** Names are unique per app: a taken one fails on concepts_app_name_unique (domain/db-errors.ts words it for every door). */
export async function insertConcept(tx: Tx, orgId: string, appId: string, name: string): Promise<string> {
  const [row] = await tx.insert(c).values({ orgId, appId, name }).returning({ id: c.id });
  return row!.id;
}

export async function renameConceptRow(tx: Tx, orgId: string, appId: string, conceptId: string, name: string): Promise<void> {
  await tx
    .update(c)
    .set({ name })
    .where(and(eq(c.orgId, orgId), eq(c.appId, appId), eq(c.id, conceptId)));
}

/** Deletes the concept; its place in labeling tasks and the annotations that used it go with it (cascades). */
export async function deleteConceptRow(tx: Tx, orgId: string, appId: string, conceptId: string): Promise<void> {
  await tx.delete(c).where(and(eq(c.orgId, orgId), eq(c.appId, appId), eq(c.id, conceptId)));
}
