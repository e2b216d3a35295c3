'use server';

import { appAction } from '@/lib/actions/wrapper';
import { conceptRefSchema, createConceptSchema, renameConceptSchema } from '@/lib/validations/workspace';
import { createConcept } from '@/domain/concepts/create-concept';
import { deleteConcept } from '@/domain/concepts/delete-concept';
import { renameConcept } from '@/domain/concepts/rename-concept';

export const createConceptAction = appAction({ schema: createConceptSchema, run: createConcept });

export const renameConceptAction = appAction({ schema: renameConceptSchema, run: renameConcept });

export const deleteConceptAction = appAction({ schema: conceptRefSchema, run: deleteConcept });
