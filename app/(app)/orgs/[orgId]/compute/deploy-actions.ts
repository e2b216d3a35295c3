'use server';

import { orgAction } from '@/lib/actions/wrapper';
import { deployModelSchema, searchModelVersionsSchema, undeployModelSchema } from '@/lib/validations/models';
import { deployModel, searchDeployableVersions, undeployModel } from '@/db/queries/deployments';

// Deploying a model version to a nodepool, from the compute page or from a model's page. Authorized in the
// data layer: the role's 'compute.deploy' (any app) or 'app.deploy' on the model's app (a Model Trainer team).

export const deployModelAction = orgAction({ schema: deployModelSchema, permission: null, run: (ctx, input) => deployModel(ctx, input) });

export const undeployModelAction = orgAction({
  schema: undeployModelSchema,
  permission: null,
  run: (ctx, input) => undeployModel(ctx, input.deploymentId),
});

/** The compute page's version picker: only for roles that deploy any app's models. */
export const searchDeployableVersionsAction = orgAction({
  schema: searchModelVersionsSchema,
  permission: 'compute.deploy',
  run: (ctx, input) => searchDeployableVersions(ctx.tx, ctx.orgId, input.q),
});
