'use server';

import { orgAction } from '@/lib/actions/wrapper';
import { addInputsSchema, createDatasetSchema, datasetRefSchema, inputRefSchema, parseInputLines } from '@/lib/validations/workspace';
import { addInputs, createDataset, deleteDataset, deleteInput } from '@/db/queries/datasets';

// App-level actions: 'datasets.write' is checked on the app itself in the data layer.
export const createDatasetAction = orgAction({
  schema: createDatasetSchema,
  permission: null,
  run: (ctx, input) => createDataset(ctx, input.appId, { name: input.name, description: input.description }),
});

export const deleteDatasetAction = orgAction({
  schema: datasetRefSchema,
  permission: null,
  run: (ctx, input) => deleteDataset(ctx, input.appId, input.datasetId),
});

export const addInputsAction = orgAction({
  schema: addInputsSchema,
  permission: null,
  run: (ctx, input) => addInputs(ctx, input.appId, input.datasetId, parseInputLines(input.inputs)),
});

export const deleteInputAction = orgAction({
  schema: inputRefSchema,
  permission: null,
  run: (ctx, input) => deleteInput(ctx, input.appId, input.datasetId, input.inputId),
});
