'use server';

import { orgAction } from '@/lib/actions/wrapper';
import {
  clusterRefSchema,
  createClusterSchema,
  createNodepoolSchema,
  nodepoolRefSchema,
  renameClusterSchema,
} from '@/lib/validations/compute';
import { createCluster, createNodepool, deleteCluster, deleteNodepool, renameCluster } from '@/db/queries/compute';

export const createClusterAction = orgAction({
  schema: createClusterSchema,
  permission: 'compute.manage',
  run: (ctx, input) => createCluster(ctx, input),
});

export const renameClusterAction = orgAction({
  schema: renameClusterSchema,
  permission: 'compute.manage',
  run: (ctx, input) => renameCluster(ctx, input.clusterId, input.name),
});

export const deleteClusterAction = orgAction({
  schema: clusterRefSchema,
  permission: 'compute.manage',
  run: (ctx, input) => deleteCluster(ctx, input.clusterId),
});

export const createNodepoolAction = orgAction({
  schema: createNodepoolSchema,
  permission: 'compute.manage',
  run: (ctx, input) => createNodepool(ctx, input),
});

export const deleteNodepoolAction = orgAction({
  schema: nodepoolRefSchema,
  permission: 'compute.manage',
  run: (ctx, input) => deleteNodepool(ctx, input.clusterId, input.nodepoolId),
});
