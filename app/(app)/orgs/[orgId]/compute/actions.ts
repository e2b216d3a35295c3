'use server';

import { orgAction } from '@/lib/actions/wrapper';
import {
  clusterRefSchema,
  createClusterSchema,
  createNodepoolSchema,
  nodepoolRefSchema,
  renameClusterSchema,
  updateNodepoolSchema,
} from '@/lib/validations/compute';
import { createCluster } from '@/domain/compute/create-cluster';
import { createNodepool } from '@/domain/compute/create-nodepool';
import { deleteCluster } from '@/domain/compute/delete-cluster';
import { deleteNodepool } from '@/domain/compute/delete-nodepool';
import { renameCluster } from '@/domain/compute/rename-cluster';
import { updateNodepool } from '@/domain/compute/update-nodepool';

export const createClusterAction = orgAction({
  schema: createClusterSchema,
  run: (ctx, input) => createCluster(ctx, { id: input.id, name: input.name, region: input.region }),
});

export const renameClusterAction = orgAction({
  schema: renameClusterSchema,
  run: (ctx, input) => renameCluster(ctx, { clusterId: input.clusterId, name: input.name }),
});

export const deleteClusterAction = orgAction({
  schema: clusterRefSchema,
  run: (ctx, input) => deleteCluster(ctx, { clusterId: input.clusterId }),
});

export const createNodepoolAction = orgAction({
  schema: createNodepoolSchema,
  // The schema is the command's input: cluster, pool ID, instance type and size.
  run: (ctx, input) => createNodepool(ctx, input),
});

export const updateNodepoolAction = orgAction({
  schema: updateNodepoolSchema,
  run: (ctx, input) => updateNodepool(ctx, input),
});

export const deleteNodepoolAction = orgAction({
  schema: nodepoolRefSchema,
  run: (ctx, input) => deleteNodepool(ctx, { clusterId: input.clusterId, nodepoolId: input.nodepoolId }),
});
