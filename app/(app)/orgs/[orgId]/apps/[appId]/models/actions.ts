'use server';

import { orgAction } from '@/lib/actions/wrapper';
import { createModelSchema, modelRefSchema, updateModelSchema } from '@/lib/validations/models';
import { createModel, deleteModel, trainModel, updateModel } from '@/db/queries/models';

// App-level actions: any member may call them; 'models.write' is checked on the app itself (role and
// team grants), and an app the caller cannot see answers NOT_FOUND. Deploying is in compute/deploy-actions.

export const createModelAction = orgAction({
  schema: createModelSchema,
  permission: null,
  run: (ctx, input) => createModel(ctx, input.appId, { name: input.name, description: input.description }),
});

export const updateModelAction = orgAction({
  schema: updateModelSchema,
  permission: null,
  run: (ctx, input) => updateModel(ctx, input.appId, input.modelId, { name: input.name, description: input.description }),
});

export const deleteModelAction = orgAction({
  schema: modelRefSchema,
  permission: null,
  run: (ctx, input) => deleteModel(ctx, input.appId, input.modelId),
});

/** A simulated training run (lib/training.ts): a new version with metrics from the app's annotations. */
export const trainModelAction = orgAction({
  schema: modelRefSchema,
  permission: null,
  run: (ctx, input) => trainModel(ctx, input.appId, input.modelId),
});
