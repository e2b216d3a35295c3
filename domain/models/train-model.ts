import 'server-only';
import { annotationStats, insertModelVersion, insertUsageRecord, nextModelVersion } from '@/db/queries/models';
import { computeTrainingMetrics, trainingCostCents, type TrainingMetrics } from '@/lib/training';
import { authorizeOnApp } from '../authorize';
import type { AppCommandContext } from '../context';
import { requireModel } from './model';
import { requirePerson } from '@/domain/actors';

/**
 * A (simulated) training run: metrics from the app's annotations (lib/training.ts), recorded as the
 * model's next version, and its cost as a usage record of this month. The model row is locked, so two
 * runs at once get consecutive versions; the unique (model_id, version) backs it.
 */
export async function trainModel(
  ctx: AppCommandContext,
  input: { modelId: string },
): Promise<{ id: string; version: number; metrics: TrainingMetrics }> {
  authorizeOnApp(ctx, 'models.write');
  const model = await requireModel(ctx, input.modelId);
  const stats = await annotationStats(ctx.tx, ctx.orgId, ctx.app.id);
  const version = await nextModelVersion(ctx.tx, ctx.orgId, ctx.app.id, model.id);
  // Each run continues from the model's last: its version is the number of epochs so far.
  const metrics = computeTrainingMetrics(stats.concepts, stats.inputs, version);
  const id = await insertModelVersion(ctx.tx, {
    orgId: ctx.orgId,
    appId: ctx.app.id,
    modelId: model.id,
    version,
    metrics,
    trainedBy: requirePerson(ctx.actor).id,
  });
  await insertUsageRecord(ctx.tx, {
    orgId: ctx.orgId,
    appId: ctx.app.id,
    appLabel: ctx.app.slug,
    category: 'training',
    amountCents: trainingCostCents(metrics.examples),
  });
  ctx.audit({
    action: 'model.trained',
    targetType: 'model',
    targetId: model.id,
    data: { app: ctx.app.slug, name: model.name, version, examples: metrics.examples, accuracy: metrics.accuracy },
  });
  return { id, version, metrics };
}
