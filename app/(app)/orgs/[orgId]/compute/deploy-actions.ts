'use server';

import { orgAction } from '@/lib/actions/wrapper';
import { deployModelSchema, searchModelVersionsSchema, undeployModelSchema } from '@/lib/validations/models';
import { deployModel } from '@/domain/deployments/deploy-model';
import { searchDeployableVersions } from '@/domain/deployments/search-deployable-versions';
import { undeployModel } from '@/domain/deployments/undeploy-model';

// Deploying a model version to a nodepool, from the compute page or from a model's page. Not an appAction:
// the role's 'compute.deploy' deploys any app's models, also one the caller does not view (the command opens the app).

export const deployModelAction = orgAction({
  schema: deployModelSchema,
  run: (ctx, input) => deployModel(ctx, { appId: input.appId, modelVersionId: input.modelVersionId, nodepool: input.nodepool }),
});

export const undeployModelAction = orgAction({
  schema: undeployModelSchema,
  run: (ctx, input) => undeployModel(ctx, { deploymentId: input.deploymentId }),
});

/** The compute page's version picker: only for roles that deploy any app's models. */
export const searchDeployableVersionsAction = orgAction({
  schema: searchModelVersionsSchema,
  run: (ctx, input) => searchDeployableVersions(ctx, { q: input.q }),
});
