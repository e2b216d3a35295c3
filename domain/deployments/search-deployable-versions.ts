import 'server-only';
import { searchDeployableVersions as searchVersions, type DeployableVersion } from '@/db/queries/deployments';
import { authorize } from '../authorize';
import type { OrgCommandContext } from '../context';

/** The compute page's version picker, across the organization's apps: only for roles that deploy any app's models. */
export async function searchDeployableVersions(ctx: OrgCommandContext, input: { q: string }): Promise<DeployableVersion[]> {
  authorize(ctx, 'compute.deploy');
  return searchVersions(ctx.tx, ctx.orgId, input.q);
}
