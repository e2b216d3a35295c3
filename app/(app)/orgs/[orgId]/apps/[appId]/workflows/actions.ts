'use server';

import { orgAction } from '@/lib/actions/wrapper';
import { createWorkflowSchema, updateWorkflowSchema, workflowRefSchema } from '@/lib/validations/workspace';
import { createWorkflow, deleteWorkflow, updateWorkflow } from '@/db/queries/workflows';

// App-level actions: 'workflows.write' is checked on the app itself in the data layer.
export const createWorkflowAction = orgAction({
  schema: createWorkflowSchema,
  permission: null,
  run: (ctx, input) => createWorkflow(ctx, input.appId, { name: input.name, description: input.description, steps: input.steps }),
});

export const updateWorkflowAction = orgAction({
  schema: updateWorkflowSchema,
  permission: null,
  run: (ctx, input) =>
    updateWorkflow(ctx, input.appId, input.workflowId, { name: input.name, description: input.description, steps: input.steps }),
});

export const deleteWorkflowAction = orgAction({
  schema: workflowRefSchema,
  permission: null,
  run: (ctx, input) => deleteWorkflow(ctx, input.appId, input.workflowId),
});
