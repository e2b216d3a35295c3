'use server';

import { appAction } from '@/lib/actions/wrapper';
import {
  assignTaskSchema,
  createLabelingTaskSchema,
  reviewAnnotationSchema,
  saveAnnotationSchema,
  taskRefSchema,
  unassignTaskSchema,
  updateAssignmentStatusSchema,
} from '@/lib/validations/labeling';
import { assignTask } from '@/domain/labeling/assign-task';
import { createLabelingTask } from '@/domain/labeling/create-labeling-task';
import { deleteLabelingTask } from '@/domain/labeling/delete-labeling-task';
import { reviewAnnotation } from '@/domain/labeling/review-annotation';
import { saveAnnotation } from '@/domain/labeling/save-annotation';
import { unassignTask } from '@/domain/labeling/unassign-task';
import { updateAssignmentStatus } from '@/domain/labeling/update-assignment-status';

export const createLabelingTaskAction = appAction({ schema: createLabelingTaskSchema, run: createLabelingTask });

export const deleteLabelingTaskAction = appAction({ schema: taskRefSchema, run: deleteLabelingTask });

export const assignTaskAction = appAction({ schema: assignTaskSchema, run: assignTask });

export const unassignTaskAction = appAction({ schema: unassignTaskSchema, run: unassignTask });

// An assignee's own work (domain/labeling/save-annotation.ts, update-assignment-status.ts): not audited.
export const saveAnnotationAction = appAction({ schema: saveAnnotationSchema, run: saveAnnotation });

export const updateAssignmentStatusAction = appAction({ schema: updateAssignmentStatusSchema, run: updateAssignmentStatus });

export const reviewAnnotationAction = appAction({ schema: reviewAnnotationSchema, run: reviewAnnotation });
