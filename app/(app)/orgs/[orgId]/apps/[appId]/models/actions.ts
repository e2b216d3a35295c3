'use server';

import { appAction } from '@/lib/actions/wrapper';
import { createModelSchema, modelRefSchema, updateModelSchema } from '@/lib/validations/models';
import { createModel } from '@/domain/models/create-model';
import { deleteModel } from '@/domain/models/delete-model';
import { trainModel } from '@/domain/models/train-model';
import { updateModel } from '@/domain/models/update-model';

// Deploying is in compute/deploy-actions.

export const createModelAction = appAction({ schema: createModelSchema, run: createModel });

export const updateModelAction = appAction({ schema: updateModelSchema, run: updateModel });

export const deleteModelAction = appAction({ schema: modelRefSchema, run: deleteModel });

/** A simulated training run (lib/training.ts): a new version with metrics from the app's annotations. */
export const trainModelAction = appAction({ schema: modelRefSchema, run: trainModel });
