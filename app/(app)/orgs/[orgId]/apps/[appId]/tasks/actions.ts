'use server';

import { orgAction } from '@/lib/actions/wrapper';
import {
  assignTaskSchema,
  createLabelingTaskSchema,
  reviewAnnotationSchema,
  saveAnnotationSchema,
  taskRefSchema,
  unassignTaskSchema,
  updateAssignmentStatusSchema,
} from '@/lib/validations/labeling';
import { assignTask, createLabelingTask, deleteLabelingTask, unassignTask, updateAssignmentStatus } from '@/db/queries/labeling-tasks';
import { reviewAnnotation, saveAnnotation } from '@/db/queries/annotations';

// App-level actions: any member may call them; the data layer checks the app permission on the app itself
// (role and team grants; an app the caller cannot see answers NOT_FOUND), then that the task belongs to
// this app and, for an assignee's own work, that the caller is assigned to it.

export const createLabelingTaskAction = orgAction({
  schema: createLabelingTaskSchema,
  permission: null,
  run: (ctx, input) => createLabelingTask(ctx, input),
});

export const deleteLabelingTaskAction = orgAction({
  schema: taskRefSchema,
  permission: null,
  run: (ctx, input) => deleteLabelingTask(ctx, input.appId, input.taskId),
});

export const assignTaskAction = orgAction({
  schema: assignTaskSchema,
  permission: null,
  run: (ctx, input) => assignTask(ctx, input.appId, input.taskId, input.userIds),
});

export const unassignTaskAction = orgAction({
  schema: unassignTaskSchema,
  permission: null,
  run: (ctx, input) => unassignTask(ctx, input.appId, input.taskId, input.userId),
});

// Saving an annotation and changing one's own status are not audited (see the data layer): routine work,
// recorded on the rows themselves.
export const saveAnnotationAction = orgAction({
  schema: saveAnnotationSchema,
  permission: null,
  run: (ctx, input) => saveAnnotation(ctx, input),
});

export const updateAssignmentStatusAction = orgAction({
  schema: updateAssignmentStatusSchema,
  permission: null,
  run: (ctx, input) => updateAssignmentStatus(ctx, input.appId, input.taskId, input.status),
});

export const reviewAnnotationAction = orgAction({
  schema: reviewAnnotationSchema,
  permission: null,
  run: (ctx, input) => reviewAnnotation(ctx, input),
});
