import 'server-only';
import { deleteDeploymentRow, findDeployment } from '@/db/queries/deployments';
import { ActionError } from '@/domain/errors';
import type { OrgCommandContext } from '../context';
import { openAppToDeploy } from './open-app-to-deploy';

const NOT_FOUND = 'That deployment does not exist, or you do not have access.';

/** Removes a deployment, under the same rule as deploying its app's models. */
export async function undeployModel(ctx: OrgCommandContext, input: { deploymentId: string }): Promise<{ id: string }> {
  // Read without a lock, then open the app (as deploying does), then delete: one lock order for both.
  const found = await findDeployment(ctx.tx, ctx.orgId, input.deploymentId);
  if (!found) throw new ActionError('NOT_FOUND', NOT_FOUND);
  const { app } = await openAppToDeploy(ctx, found.appId, NOT_FOUND);
  if (!(await deleteDeploymentRow(ctx.tx, ctx.orgId, app.id, input.deploymentId))) {
    throw new ActionError('NOT_FOUND', 'That deployment was just removed.');
  }
  ctx.audit({
    action: 'model.undeployed',
    targetType: 'deployment',
    targetId: input.deploymentId,
    data: { app: app.slug, model: found.modelName, version: found.version, cluster: found.clusterId, nodepool: found.nodepoolId },
  });
  return { id: input.deploymentId };
}
