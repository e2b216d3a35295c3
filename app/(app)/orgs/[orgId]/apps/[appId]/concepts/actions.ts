'use server';

import { orgAction } from '@/lib/actions/wrapper';
import { conceptRefSchema, createConceptSchema, renameConceptSchema } from '@/lib/validations/workspace';
import { createConcept, deleteConcept, renameConcept } from '@/db/queries/concepts';

// App-level actions: the app permission ('concepts.write') is checked on the app itself in the data layer.
export const createConceptAction = orgAction({
  schema: createConceptSchema,
  permission: null,
  run: (ctx, input) => createConcept(ctx, input.appId, input.name),
});

export const renameConceptAction = orgAction({
  schema: renameConceptSchema,
  permission: null,
  run: (ctx, input) => renameConcept(ctx, input.appId, input.conceptId, input.name),
});

export const deleteConceptAction = orgAction({
  schema: conceptRefSchema,
  permission: null,
  run: (ctx, input) => deleteConcept(ctx, input.appId, input.conceptId),
});
