import 'server-only';
import { deleteOrganizationRow } from '@/db/queries/organizations';
import { fieldError } from '@/domain/errors';
import { authorize } from '../authorize';
import type { OrgCommandContext } from '../context';

/** Deletes the organization and everything in it, once the actor has typed its ID to confirm. */
export async function deleteOrganization(ctx: OrgCommandContext, input: { confirmation: string }): Promise<null> {
  authorize(ctx, 'org.delete');
  if (input.confirmation !== ctx.orgId) {
    throw fieldError('confirmation', `Type the Organization ID "${ctx.orgId}" to confirm.`);
  }
  await deleteOrganizationRow(ctx.tx, ctx.orgId);
  return null;
}
