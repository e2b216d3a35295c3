import { z } from 'zod';
import { multilineTextSchema, nameSchema } from './common';
import { appRefSchema } from './apps';

/** Labeling tasks, assignments, annotations and reviews: one schema per form, shared with its action. */

export const ASSIGNMENT_STATUSES = ['not_started', 'in_progress', 'completed'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];
export const ASSIGNMENT_STATUS_LABELS: Readonly<Record<AssignmentStatus, string>> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  completed: 'Completed',
};

export const REVIEW_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export const REVIEW_STATUS_LABELS: Readonly<Record<ReviewStatus, string>> = {
  pending: 'Pending review',
  approved: 'Approved',
  rejected: 'Rejected',
};

export const MAX_TASK_CONCEPTS = 50;
export const MAX_ASSIGN_AT_ONCE = 100;
const MAX_INSTRUCTIONS = 5000;
const MAX_FEEDBACK = 1000;

/** users.id is text (a uuid in practice); bounded so a hostile value never reaches SQL unbounded. */
const userIdSchema = z.string().min(1).max(64);

export const createLabelingTaskSchema = appRefSchema.extend({
  name: nameSchema('a task name'),
  datasetId: z.uuid('Choose a dataset.'),
  conceptIds: z
    .array(z.uuid('Choose concepts of this app.'), 'Choose at least one concept.')
    .min(1, 'Choose at least one concept.')
    .max(MAX_TASK_CONCEPTS, `Choose at most ${MAX_TASK_CONCEPTS} concepts.`),
  instructions: multilineTextSchema(MAX_INSTRUCTIONS, 'Keep the instructions under 5,000 characters.'),
});
export type CreateLabelingTaskInput = z.input<typeof createLabelingTaskSchema>;

export const taskRefSchema = appRefSchema.extend({ taskId: z.uuid() });

export const assignTaskSchema = taskRefSchema.extend({
  userIds: z
    .array(userIdSchema, 'Choose at least one member.')
    .min(1, 'Choose at least one member.')
    .max(MAX_ASSIGN_AT_ONCE, `Assign at most ${MAX_ASSIGN_AT_ONCE} members at a time.`),
});

export const unassignTaskSchema = taskRefSchema.extend({ userId: userIdSchema });

export const saveAnnotationSchema = taskRefSchema.extend({ inputId: z.uuid(), conceptId: z.uuid('Choose a concept.') });

export const updateAssignmentStatusSchema = taskRefSchema.extend({ status: z.enum(ASSIGNMENT_STATUSES, 'Choose a status.') });

export const reviewAnnotationSchema = appRefSchema
  .extend({
    annotationId: z.uuid(),
    decision: z.enum(['approved', 'rejected'], 'Approve or reject the annotation.'),
    feedback: multilineTextSchema(MAX_FEEDBACK, 'Keep the feedback under 1,000 characters.'),
  })
  // A rejection the labeler cannot act on helps nobody: it says what to fix.
  .refine((v) => v.decision !== 'rejected' || v.feedback.length > 0, { path: ['feedback'], message: 'Say what to fix when you reject.' });
export type ReviewAnnotationInput = z.input<typeof reviewAnnotationSchema>;
