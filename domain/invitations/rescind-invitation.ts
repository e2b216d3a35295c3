import 'server-only';
import { revokeInvitation } from '@/db/queries/invitations';
import { deleteInvitationNotification } from '@/db/queries/notifications';
import { authorize } from '../authorize';
import type { OrgCommandContext } from '../context';
import { lockPendingInvitation } from './pending-invitation';

/** Rescind: the link stops working and the invitee's notification disappears. */
export async function rescindInvitation(ctx: OrgCommandContext, input: { invitationId: string }): Promise<{ email: string }> {
  authorize(ctx, 'members.manage');
  const row = await lockPendingInvitation(ctx.tx, ctx.orgId, input.invitationId);
  await revokeInvitation(ctx.tx, ctx.orgId, row.id, ctx.actor.id);
  await deleteInvitationNotification(ctx.tx, row.id);
  ctx.audit({
    action: 'invitation.revoked',
    targetType: 'invitation',
    targetId: row.email,
    data: { role: row.role, invitationId: row.id },
  });
  return { email: row.email };
}
