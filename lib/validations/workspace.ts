import { z } from 'zod';
import { multilineTextSchema, nameSchema } from './common';
import { appRefSchema } from './apps';
import { imageFilesSchema } from './input-files';

/** Concepts, datasets, inputs and workflows of an app: one schema per form, shared with its action. */

export const conceptNameSchema = nameSchema('a concept name', 60);
export const createConceptSchema = appRefSchema.extend({ name: conceptNameSchema });
export const renameConceptSchema = appRefSchema.extend({ conceptId: z.uuid(), name: conceptNameSchema });
export const conceptRefSchema = appRefSchema.extend({ conceptId: z.uuid() });

const descriptionSchema = multilineTextSchema(500, 'Keep the description under 500 characters.');

export const createDatasetSchema = appRefSchema.extend({ name: nameSchema('a dataset name'), description: descriptionSchema });
export const datasetRefSchema = appRefSchema.extend({ datasetId: z.uuid() });

export const MAX_INPUTS_PER_ADD = 500;
const MAX_INPUT_LENGTH = 2000;

export type ParsedInput = { kind: 'image' | 'text'; content: string };

/** One input a line: an http(s) URL is an image, anything else is text. Blank lines are skipped. */
export function parseInputLines(text: string): ParsedInput[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((content) => ({ kind: /^https?:\/\/\S+$/i.test(content) ? 'image' : 'text', content }));
}

/** Lines of URLs or text, and image files (lib/validations/input-files.ts): either may be empty, not both. */
export const addInputsSchema = datasetRefSchema
  .extend({
    inputs: z
      .string()
      .max(MAX_INPUTS_PER_ADD * (MAX_INPUT_LENGTH + 2), 'That is too much text for one addition.')
      .superRefine((text, ctx) => {
        const lines = parseInputLines(text);
        if (lines.length > MAX_INPUTS_PER_ADD)
          ctx.addIssue({ code: 'custom', message: `Add at most ${MAX_INPUTS_PER_ADD} inputs at a time.` });
        const long = lines.findIndex((l) => l.content.length > MAX_INPUT_LENGTH);
        if (long >= 0)
          ctx.addIssue({
            code: 'custom',
            message: `Line ${long + 1} is longer than ${MAX_INPUT_LENGTH.toLocaleString('en-US')} characters.`,
          });
      }),
    files: imageFilesSchema.optional(),
  })
  .superRefine((value, ctx) => {
    if (parseInputLines(value.inputs).length === 0 && (value.files ?? []).length === 0)
      ctx.addIssue({ code: 'custom', path: ['inputs'], message: 'Enter at least one image URL or text, one per line.' });
  });
export const inputRefSchema = datasetRefSchema.extend({ inputId: z.uuid() });

export const MAX_WORKFLOW_STEPS = 5;

export const workflowFieldsSchema = appRefSchema.extend({
  name: nameSchema('a workflow name'),
  description: descriptionSchema,
  /** Model ids in chain order; empty strings are unused step selects. */
  steps: z
    .array(z.union([z.literal(''), z.uuid('Choose a model of this app.')]))
    .max(MAX_WORKFLOW_STEPS)
    .transform((steps) => steps.filter((s): s is string => s !== ''))
    .refine((steps) => steps.length > 0, 'Choose at least the first model of the chain.'),
});
export const createWorkflowSchema = workflowFieldsSchema;
export const updateWorkflowSchema = workflowFieldsSchema.extend({ workflowId: z.uuid() });
export const workflowRefSchema = appRefSchema.extend({ workflowId: z.uuid() });
