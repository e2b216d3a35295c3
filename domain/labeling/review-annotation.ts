import 'server-only';
import { lockAnnotation, setAnnotationReview } from '@/db/queries/annotations';
import { ActionError } from '@/domain/errors';
import type { ReviewStatus } from '@/lib/validations/labeling';
import { authorizeOnApp } from '../authorize';
import type { AppCommandContext } from '../context';
import { requirePerson } from '@/domain/actors';

/**
 * Approve or reject an annotation of this app, with feedback; records the reviewer and the time. Nobody
 * reviews their own annotation: a second pair of eyes is the point of a review.
 */
export async function reviewAnnotation(
  ctx: AppCommandContext,
  input: { annotationId: string; decision: 'approved' | 'rejected'; feedback: string },
): Promise<{ annotationId: string; reviewStatus: ReviewStatus }> {
  authorizeOnApp(ctx, 'annotations.review');
  const row = await lockAnnotation(ctx.tx, ctx.orgId, ctx.app.id, input.annotationId);
  if (!row) throw new ActionError('NOT_FOUND', 'That annotation does not exist in this app.');
  if (row.annotatorId === ctx.actor.id) throw new ActionError('FORBIDDEN', 'You cannot review your own annotation; another reviewer must.');
  await setAnnotationReview(ctx.tx, ctx.orgId, ctx.app.id, row.id, {
    decision: input.decision,
    feedback: input.feedback,
    reviewerId: requirePerson(ctx.actor).id,
  });
  ctx.audit({
    action: 'annotation.reviewed',
    targetType: 'annotation',
    targetId: row.id,
    data: {
      app: ctx.app.slug,
      taskId: row.taskId,
      annotatorId: row.annotatorId,
      before: row.reviewStatus,
      decision: input.decision,
      feedback: input.feedback,
    },
  });
  return { annotationId: row.id, reviewStatus: input.decision };
}
