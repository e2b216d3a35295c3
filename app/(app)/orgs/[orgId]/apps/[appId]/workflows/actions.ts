'use server';

import { appAction } from '@/lib/actions/wrapper';
import { createWorkflowSchema, updateWorkflowSchema, workflowRefSchema } from '@/lib/validations/workspace';
import { createWorkflow } from '@/domain/workflows/create-workflow';
import { deleteWorkflow } from '@/domain/workflows/delete-workflow';
import { updateWorkflow } from '@/domain/workflows/update-workflow';

export const createWorkflowAction = appAction({ schema: createWorkflowSchema, run: createWorkflow });

export const updateWorkflowAction = appAction({ schema: updateWorkflowSchema, run: updateWorkflow });

export const deleteWorkflowAction = appAction({ schema: workflowRefSchema, run: deleteWorkflow });
