import 'server-only';
import { findVersionToDeploy, holdNodepool, insertDeployment } from '@/db/queries/deployments';
import { fieldError } from '@/domain/errors';
import { splitNodepoolTarget } from '@/lib/validations/models';
import type { OrgCommandContext } from '../context';
import { openAppToDeploy } from './open-app-to-deploy';
import { requirePerson } from '@/domain/actors';

/**
 * Deploys a version of one of the app's models to a nodepool of the organization, once per nodepool. Two
 * deploys of the same version to the same nodepool at once: the insert waits for the first and answers
 * the second with the same message as a deployment that was already there.
 */
export async function deployModel(ctx: OrgCommandContext, input: { appId: string; modelVersionId: string; nodepool: string }) {
  const { app } = await openAppToDeploy(ctx, input.appId);
  const version = await findVersionToDeploy(ctx.tx, ctx.orgId, app.id, input.modelVersionId);
  if (!version) throw fieldError('modelVersionId', 'That model version does not exist in this app.');
  const { clusterId, nodepoolId } = splitNodepoolTarget(input.nodepool);
  if (!(await holdNodepool(ctx.tx, ctx.orgId, clusterId, nodepoolId))) {
    throw fieldError('nodepool', 'That nodepool does not exist in this organization.');
  }
  const id = await insertDeployment(ctx.tx, {
    orgId: ctx.orgId,
    appId: app.id,
    modelVersionId: version.id,
    clusterId,
    nodepoolId,
    createdBy: requirePerson(ctx.actor).id,
  });
  if (!id) {
    throw fieldError('nodepool', `Version ${version.version} of ${version.modelName} is already deployed on ${clusterId}/${nodepoolId}.`);
  }
  ctx.audit({
    action: 'model.deployed',
    targetType: 'deployment',
    targetId: id,
    data: {
      app: app.slug,
      modelId: version.modelId,
      model: version.modelName,
      version: version.version,
      cluster: clusterId,
      nodepool: nodepoolId,
    },
  });
  return { id, version: version.version, modelName: version.modelName, clusterId, nodepoolId };
}
