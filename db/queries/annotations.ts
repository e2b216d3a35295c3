import 'server-only';
import { and, asc, desc, eq, ne, sql } from 'drizzle-orm';
import { schema, type Executor, type Tx } from '@/db';
import type { ReviewStatus } from '@/lib/validations/labeling';
import { decodeUuidCursor } from '@/db/cursor';
import type { Page } from '@/db/paging';
import { hasImageFile } from './input-files';

const an = schema.annotations;
const i = schema.inputs;
const c = schema.concepts;

export const WORK_PAGE_SIZE = 20;
export const QUEUE_LIMIT = 20;
const FEEDBACK_LIMIT = 20;

export type InputKind = 'image' | 'text';
export type WorkItem = {
  inputId: string;
  kind: InputKind;
  content: string;
  /** An uploaded image (db/queries/input-files.ts), shown from the input's image route. */
  hasFile: boolean;
  /** The caller's own annotation of this input, if any. */
  annotationId: string | null;
  conceptId: string | null;
  reviewStatus: ReviewStatus | null;
  feedback: string;
};
export type RejectedItem = {
  annotationId: string;
  inputId: string;
  kind: InputKind;
  content: string;
  hasFile: boolean;
  conceptName: string;
  feedback: string;
  reviewedAt: Date | null;
};
export type QueueItem = {
  annotationId: string;
  inputId: string;
  kind: InputKind;
  content: string;
  hasFile: boolean;
  conceptName: string;
  /** null unless the reviewer may see member names. */
  annotator: string | null;
  createdAt: Date;
};

/**
 * "Your work": one page of the task's inputs (its dataset's, oldest first, keyset on (created_at, id))
 * with the caller's own annotation of each, in one query.
 */
export async function listWorkItems(
  executor: Executor,
  orgId: string,
  appId: string,
  task: { id: string; datasetId: string },
  userId: string,
  after?: string,
): Promise<Page<WorkItem>> {
  const cursor = decodeUuidCursor(after);
  const keyset = cursor
    ? sql`(inputs.created_at, inputs.id) > (select p.created_at, p.id from ${i} p where p.id = ${cursor} and p.dataset_id = ${task.datasetId})`
    : sql`true`;
  const rows = await executor
    .select({
      inputId: i.id,
      kind: i.kind,
      content: i.content,
      hasFile: hasImageFile,
      annotationId: an.id,
      conceptId: an.conceptId,
      reviewStatus: an.reviewStatus,
      feedback: an.feedback,
    })
    .from(i)
    .leftJoin(an, and(eq(an.orgId, i.orgId), eq(an.taskId, task.id), eq(an.inputId, i.id), eq(an.annotatorId, userId)))
    .where(and(eq(i.orgId, orgId), eq(i.appId, appId), eq(i.datasetId, task.datasetId), keyset))
    .orderBy(asc(i.createdAt), asc(i.id))
    .limit(WORK_PAGE_SIZE + 1);
  const page = rows.slice(0, WORK_PAGE_SIZE).map((r) => ({
    ...r,
    kind: r.kind as InputKind,
    reviewStatus: r.reviewStatus as ReviewStatus | null,
    feedback: r.feedback ?? '',
  }));
  return { rows: page, nextCursor: rows.length > WORK_PAGE_SIZE ? (page.at(-1)?.inputId ?? null) : null };
}

/** The caller's rejected annotations on the task with the reviewers' feedback, latest first (assess completed work). */
export async function listRejectedForAnnotator(
  executor: Executor,
  orgId: string,
  appId: string,
  taskId: string,
  userId: string,
): Promise<RejectedItem[]> {
  const rows = await executor
    .select({
      annotationId: an.id,
      inputId: i.id,
      kind: i.kind,
      content: i.content,
      hasFile: hasImageFile,
      conceptName: c.name,
      feedback: an.feedback,
      reviewedAt: an.reviewedAt,
    })
    .from(an)
    .innerJoin(i, and(eq(i.orgId, an.orgId), eq(i.appId, an.appId), eq(i.id, an.inputId)))
    .innerJoin(c, and(eq(c.orgId, an.orgId), eq(c.appId, an.appId), eq(c.id, an.conceptId)))
    .where(
      and(eq(an.orgId, orgId), eq(an.appId, appId), eq(an.taskId, taskId), eq(an.annotatorId, userId), eq(an.reviewStatus, 'rejected')),
    )
    .orderBy(desc(an.reviewedAt), asc(an.id))
    .limit(FEEDBACK_LIMIT);
  return rows.map((r) => ({ ...r, kind: r.kind as InputKind }));
}

/** Pending annotations of the task for a reviewer, oldest first, never the reviewer's own. */
export async function listReviewQueue(
  executor: Executor,
  orgId: string,
  appId: string,
  taskId: string,
  reviewerId: string,
  withNames: boolean,
): Promise<QueueItem[]> {
  const rows = await executor
    .select({
      annotationId: an.id,
      inputId: i.id,
      kind: i.kind,
      content: i.content,
      hasFile: hasImageFile,
      conceptName: c.name,
      annotator: sql<string>`coalesce(${schema.users.name}, ${schema.users.email})`,
      createdAt: an.createdAt,
    })
    .from(an)
    .innerJoin(i, and(eq(i.orgId, an.orgId), eq(i.appId, an.appId), eq(i.id, an.inputId)))
    .innerJoin(c, and(eq(c.orgId, an.orgId), eq(c.appId, an.appId), eq(c.id, an.conceptId)))
    .innerJoin(schema.users, eq(schema.users.id, an.annotatorId))
    .where(
      and(eq(an.orgId, orgId), eq(an.appId, appId), eq(an.taskId, taskId), eq(an.reviewStatus, 'pending'), ne(an.annotatorId, reviewerId)),
    )
    .orderBy(asc(an.createdAt), asc(an.id))
    .limit(QUEUE_LIMIT);
  return rows.map((r) => ({ ...r, kind: r.kind as InputKind, annotator: withNames ? r.annotator : null }));
}

// ---------------------------------------------------------------------------------------------- writes
// A save holds what its annotation refers to against deletion: the task (FOR KEY SHARE), then the
// labeler's assignment (locked; domain/labeling/task.ts), then the input and the concept (FOR KEY SHARE).
// A delete of any of them waits for the save or finds the save refused; task first, as deleting a task
// takes it before its assignments, so the two wait rather than deadlock. Other labelers' saves never wait.

/** The input, if it belongs to the dataset, held against deletion for the rest of the transaction. */
export async function holdInputOfDataset(tx: Tx, orgId: string, appId: string, datasetId: string, inputId: string): Promise<string | null> {
  const [row] = await tx
    .select({ id: i.id })
    .from(i)
    .where(and(eq(i.orgId, orgId), eq(i.appId, appId), eq(i.datasetId, datasetId), eq(i.id, inputId)))
    .for('key share');
  return row?.id ?? null;
}

/** The concept, if it is one of the task's, held against deletion for the rest of the transaction. */
export async function holdConceptOfTask(tx: Tx, orgId: string, taskId: string, conceptId: string): Promise<string | null> {
  const tc = schema.taskConcepts;
  const [row] = await tx
    .select({ id: c.id })
    .from(tc)
    .innerJoin(c, and(eq(c.orgId, tc.orgId), eq(c.appId, tc.appId), eq(c.id, tc.conceptId)))
    .where(and(eq(tc.orgId, orgId), eq(tc.taskId, taskId), eq(tc.conceptId, conceptId)))
    .for('key share', { of: c });
  return row?.id ?? null;
}

/**
 * Creates or replaces the annotator's label of the input. A changed label, or any new label on a rejected
 * annotation, goes back to pending review (the old review no longer applies); the same label again keeps its review.
 */
export async function upsertOwnAnnotation(
  tx: Tx,
  row: { orgId: string; appId: string; taskId: string; inputId: string; conceptId: string; annotatorId: string },
): Promise<{ id: string; reviewStatus: ReviewStatus }> {
  const keepReview = sql`annotations.concept_id = excluded.concept_id and annotations.review_status <> 'rejected'`;
  const [saved] = await tx
    .insert(an)
    .values(row)
    .onConflictDoUpdate({
      target: [an.taskId, an.inputId, an.annotatorId],
      set: {
        conceptId: sql`excluded.concept_id`,
        reviewStatus: sql`case when ${keepReview} then annotations.review_status else 'pending' end`,
        feedback: sql`case when ${keepReview} then annotations.feedback else '' end`,
        reviewedBy: sql`case when ${keepReview} then annotations.reviewed_by else null end`,
        reviewedAt: sql`case when ${keepReview} then annotations.reviewed_at else null end`,
      },
    })
    .returning({ id: an.id, reviewStatus: an.reviewStatus });
  return { id: saved!.id, reviewStatus: saved!.reviewStatus as ReviewStatus };
}

export type AnnotationToReview = { id: string; taskId: string; annotatorId: string; reviewStatus: ReviewStatus };

/** The app's annotation, locked for the rest of the transaction (two reviews of it queue). */
export async function lockAnnotation(tx: Tx, orgId: string, appId: string, annotationId: string): Promise<AnnotationToReview | null> {
  const [row] = await tx
    .select({ id: an.id, taskId: an.taskId, annotatorId: an.annotatorId, reviewStatus: an.reviewStatus })
    .from(an)
    .where(and(eq(an.orgId, orgId), eq(an.appId, appId), eq(an.id, annotationId)))
    .for('update');
  return row ? { ...row, reviewStatus: row.reviewStatus as ReviewStatus } : null;
}

/** Records the review decision, its feedback, the reviewer and the time. */
export async function setAnnotationReview(
  tx: Tx,
  orgId: string,
  appId: string,
  annotationId: string,
  review: { decision: 'approved' | 'rejected'; feedback: string; reviewerId: string },
): Promise<void> {
  await tx
    .update(an)
    .set({ reviewStatus: review.decision, feedback: review.feedback, reviewedBy: review.reviewerId, reviewedAt: sql`now()` })
    .where(and(eq(an.orgId, orgId), eq(an.appId, appId), eq(an.id, annotationId)));
}
