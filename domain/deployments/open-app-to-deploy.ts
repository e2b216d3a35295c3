import 'server-only';
import { ActionError } from '@/domain/errors';
import { canDeployAppModels, canOnApp } from '@/lib/permissions';
import { APP_NOT_FOUND_MESSAGE, findAppWithGrant } from '../apps/open-app';
import type { AppCommandContext, OrgCommandContext } from '../context';

/**
 * Opens an app to deploy (or undeploy) its models, as openApp does but under the deploy rule
 * (canDeployAppModels): the role's 'compute.deploy' allows it on any app, even one the actor does not
 * view (an Infrastructure Manager), and 'app.deploy' on this app (a Model Trainer team). An app the actor
 * may not view otherwise answers NOT_FOUND, as if it did not exist; one they view, FORBIDDEN. The row is
 * held against deletion and transfer (FOR KEY SHARE) until the transaction ends.
 */
export async function openAppToDeploy(ctx: OrgCommandContext, appId: string, notFound = APP_NOT_FOUND_MESSAGE): Promise<AppCommandContext> {
  const found = await findAppWithGrant(ctx, appId, 'key share');
  if (found && canDeployAppModels(found.grant)) return { ...ctx, ...found };
  if (!found || !canOnApp(found.grant, 'app.view')) throw new ActionError('NOT_FOUND', notFound);
  throw new ActionError('FORBIDDEN', "Your access does not allow deploying this app's models.");
}
