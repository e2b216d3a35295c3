import { z } from 'zod';
import { multilineTextSchema, nameSchema } from './common';
import { appRefSchema } from './apps';
import { orgScopedSchema } from './organization';

/** Models of an app, their training runs, and deployments of their versions (one schema per form and action). */

const descriptionSchema = multilineTextSchema(500, 'Keep the description under 500 characters.');

export const createModelSchema = appRefSchema.extend({ name: nameSchema('a model name'), description: descriptionSchema });
export const updateModelSchema = createModelSchema.extend({ modelId: z.uuid() });
export const modelRefSchema = appRefSchema.extend({ modelId: z.uuid() });

/**
 * A deployment target is one select: "<clusterId>/<nodepoolId>". Both IDs are slugs (no "/"), so the
 * value splits unambiguously; the data layer checks that the pair exists in the organization.
 */
export const nodepoolTargetSchema = z.string('Choose a nodepool.').regex(/^[a-z0-9_-]{1,48}\/[a-z0-9_-]{1,48}$/, 'Choose a nodepool.');

export function splitNodepoolTarget(target: string): { clusterId: string; nodepoolId: string } {
  const slash = target.indexOf('/');
  return { clusterId: target.slice(0, slash), nodepoolId: target.slice(slash + 1) };
}

export const deployModelSchema = appRefSchema.extend({
  modelVersionId: z.uuid('Choose a model version.'),
  nodepool: nodepoolTargetSchema,
});
export const undeployModelSchema = orgScopedSchema.extend({ deploymentId: z.uuid() });
export const searchModelVersionsSchema = orgScopedSchema.extend({ q: z.string().max(100).default('') });
