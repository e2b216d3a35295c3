import 'server-only';
import { holdModelsOfApp } from '@/db/queries/workflows';
import { fieldError } from '@/domain/errors';
import type { AppCommandContext } from '../context';

/**
 * Every step must be a model of this app (the composite foreign key would refuse others too, less
 * clearly); the models are held against deletion until the steps are written.
 */
export async function requireStepModels(ctx: Pick<AppCommandContext, 'tx' | 'orgId' | 'app'>, modelIds: string[]): Promise<void> {
  const distinct = [...new Set(modelIds)];
  const found = await holdModelsOfApp(ctx.tx, ctx.orgId, ctx.app.id, distinct);
  if (found.length !== distinct.length) throw fieldError('steps', 'A step names a model that is not in this app. Reload and choose again.');
}
