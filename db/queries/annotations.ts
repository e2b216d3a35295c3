import 'server-only';
import { and, asc, desc, eq, ne, sql } from 'drizzle-orm';
import { schema, type Executor } from '@/db';
import { ActionError, fieldError } from '@/lib/actions/result';
import type { OrgContext } from '@/lib/actions/wrapper';
import type { ReviewStatus } from '@/lib/validations/labeling';
import { requireAppPermission } from './apps';
import { requireOwnAssignment } from './labeling-tasks';
import { decodeUuidCursor } from '@/db/cursor';
import type { Page } from './members';

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
  /** The caller's own annotation of this input, if any. */
  annotationId: string | null;
  conceptId: string | null;
  reviewStatus: ReviewStatus | null;
  feedback: string;
};
export type RejectedItem = {
  annotationId: string;
  kind: InputKind;
  content: string;
  conceptName: string;
  feedback: string;
  reviewedAt: Date | null;
};
export type QueueItem = {
  annotationId: string;
  kind: InputKind;
  content: string;
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
      kind: i.kind,
      content: i.content,
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
      kind: i.kind,
      content: i.content,
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

/**
 * An assignee labels one input of the task with one of the task's concepts: their own annotation is
 * created or replaced. A changed label, or any new label on a rejected annotation, goes back to pending
 * review (the old review no longer applies); saving the same label again keeps its review. The first
 * label moves a "Not started" assignment to "In progress".
 *
 * Not audited: annotations are the labelers' routine work (many per minute) and each row already
 * records its annotator, and its reviewer and review time; the audit log keeps access and
 * administration changes, and the reviews themselves (annotation.reviewed).
 */
export async function saveAnnotation(
  ctx: OrgContext,
  input: { appId: string; taskId: string; inputId: string; conceptId: string },
): Promise<{ annotationId: string; reviewStatus: ReviewStatus }> {
  const app = await requireAppPermission(ctx, input.appId, 'tasks.work_assigned');
  const own = await requireOwnAssignment(ctx, app.id, input.taskId);
  const [item] = await ctx.tx
    .select({ id: i.id })
    .from(i)
    .where(and(eq(i.orgId, ctx.orgId), eq(i.appId, app.id), eq(i.datasetId, own.datasetId), eq(i.id, input.inputId)))
    .for('share');
  if (!item) throw new ActionError('NOT_FOUND', 'That input is not part of this task.');
  const [concept] = await ctx.tx
    .select({ id: schema.taskConcepts.conceptId })
    .from(schema.taskConcepts)
    .where(
      and(
        eq(schema.taskConcepts.orgId, ctx.orgId),
        eq(schema.taskConcepts.taskId, own.id),
        eq(schema.taskConcepts.conceptId, input.conceptId),
      ),
    )
    .for('share');
  if (!concept) throw fieldError('conceptId', "Choose one of this task's concepts.");

  const keepReview = sql`annotations.concept_id = excluded.concept_id and annotations.review_status <> 'rejected'`;
  const [saved] = await ctx.tx
    .insert(an)
    .values({ orgId: ctx.orgId, appId: app.id, taskId: own.id, inputId: item.id, conceptId: concept.id, annotatorId: ctx.user.id })
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
  if (own.status === 'not_started') {
    await ctx.tx
      .update(schema.taskAssignees)
      .set({ status: 'in_progress' })
      .where(
        and(
          eq(schema.taskAssignees.orgId, ctx.orgId),
          eq(schema.taskAssignees.taskId, own.id),
          eq(schema.taskAssignees.userId, ctx.user.id),
        ),
      );
  }
  return { annotationId: saved!.id, reviewStatus: saved!.reviewStatus as ReviewStatus };
}

/**
 * Approve or reject an annotation of this app, with feedback; records the reviewer and the time. Nobody
 * reviews their own annotation: a second pair of eyes is the point of a review.
 */
export async function reviewAnnotation(
  ctx: OrgContext,
  input: { appId: string; annotationId: string; decision: 'approved' | 'rejected'; feedback: string },
): Promise<{ annotationId: string; reviewStatus: ReviewStatus }> {
  const app = await requireAppPermission(ctx, input.appId, 'annotations.review');
  const [row] = await ctx.tx
    .select({ id: an.id, taskId: an.taskId, annotatorId: an.annotatorId, reviewStatus: an.reviewStatus })
    .from(an)
    .where(and(eq(an.orgId, ctx.orgId), eq(an.appId, app.id), eq(an.id, input.annotationId)))
    .for('update');
  if (!row) throw new ActionError('NOT_FOUND', 'That annotation does not exist in this app.');
  if (row.annotatorId === ctx.user.id) throw new ActionError('FORBIDDEN', 'You cannot review your own annotation; another reviewer must.');
  await ctx.tx
    .update(an)
    .set({ reviewStatus: input.decision, feedback: input.feedback, reviewedBy: ctx.user.id, reviewedAt: sql`now()` })
    .where(and(eq(an.orgId, ctx.orgId), eq(an.appId, app.id), eq(an.id, row.id)));
  ctx.audit({
    action: 'annotation.reviewed',
    targetType: 'annotation',
    targetId: row.id,
    data: {
      app: app.slug,
      taskId: row.taskId,
      annotatorId: row.annotatorId,
      before: row.reviewStatus,
      decision: input.decision,
      feedback: input.feedback,
    },
  });
  return { annotationId: row.id, reviewStatus: input.decision };
}
