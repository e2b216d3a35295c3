'use server';

import { appAction } from '@/lib/actions/wrapper';
import { addInputsSchema, createDatasetSchema, datasetRefSchema, inputRefSchema, parseInputLines } from '@/lib/validations/workspace';
import { addInputs } from '@/domain/datasets/add-inputs';
import { createDataset } from '@/domain/datasets/create-dataset';
import { deleteDataset } from '@/domain/datasets/delete-dataset';
import { deleteInput } from '@/domain/datasets/delete-input';

export const createDatasetAction = appAction({ schema: createDatasetSchema, run: createDataset });

export const deleteDatasetAction = appAction({ schema: datasetRefSchema, run: deleteDataset });

export const addInputsAction = appAction({
  schema: addInputsSchema,
  run: (ctx, input) => addInputs(ctx, { datasetId: input.datasetId, lines: parseInputLines(input.inputs), files: input.files }),
});

export const deleteInputAction = appAction({ schema: inputRefSchema, run: deleteInput });
