import { z } from 'zod';
import { nameSchema, slugSchema } from './common';
import { orgScopedSchema } from './organization';

export const REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-1'] as const;
export const INSTANCE_TYPES = ['cpu-small', 'cpu-large', 'gpu-t4', 'gpu-a10g', 'gpu-a100'] as const;

const nodeCount = (what: string) =>
  z.coerce
    .number(`Enter the ${what}.`)
    .int(`The ${what} must be a whole number.`)
    .min(0, `The ${what} cannot be negative.`)
    .max(1000, `The ${what} is at most 1,000.`);

export const createClusterSchema = orgScopedSchema.extend({
  id: slugSchema('Cluster ID'),
  name: nameSchema('a cluster name'),
  region: z.enum(REGIONS, 'Choose a region.'),
});
export const renameClusterSchema = orgScopedSchema.extend({ clusterId: z.string().min(1).max(48), name: nameSchema('a cluster name') });
export const clusterRefSchema = orgScopedSchema.extend({ clusterId: z.string().min(1).max(48) });

/** What a nodepool is sized by, the same when it is created and when it is edited. */
const nodepoolShape = {
  instanceType: z.enum(INSTANCE_TYPES, 'Choose an instance type.'),
  minNodes: nodeCount('minimum'),
  maxNodes: nodeCount('maximum'),
};
const maxAtLeastMin = (v: { minNodes: number; maxNodes: number }) => v.maxNodes >= v.minNodes;
const maxBelowMin = { path: ['maxNodes'], message: 'The maximum must be at least the minimum.' };

export const createNodepoolSchema = orgScopedSchema
  .extend({ clusterId: z.string().min(1).max(48), id: slugSchema('Nodepool ID'), ...nodepoolShape })
  .refine(maxAtLeastMin, maxBelowMin);
export const updateNodepoolSchema = orgScopedSchema
  .extend({ clusterId: z.string().min(1).max(48), nodepoolId: z.string().min(1).max(48), ...nodepoolShape })
  .refine(maxAtLeastMin, maxBelowMin);
export const nodepoolRefSchema = orgScopedSchema.extend({ clusterId: z.string().min(1).max(48), nodepoolId: z.string().min(1).max(48) });
