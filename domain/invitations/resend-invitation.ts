import 'server-only';
import { setInvitationSender } from '@/db/queries/invitations';
import { ActionError } from '@/domain/errors';
import { canAssignRole } from '@/lib/permissions';
import { invitationHoldsSeat } from '@/db/queries/seats';
import { requireSeats } from '../billing/seats';
import { authorize } from '../authorize';
import type { OrgCommandContext } from '../context';
import { spendInvitationAllowance } from './invitation-allowance';
import { issueInvitations } from './issue-invitations';
import { notifyInvitees } from './notify-invitees';
import { lockPendingInvitation } from './pending-invitation';
import { invitationSender, requireVerifiedSender } from './sender';
import { senderRefOf } from '@/domain/actors';

/**
 * New token and expiry (the old link stops working), a new email, and the notification again. The
 * invitation is now the resender's: it grants its role on their rights, so one whose sender was removed
 * or demoted becomes valid again.
 */
export async function resendInvitation(ctx: OrgCommandContext, input: { invitationId: string }): Promise<{ email: string }> {
  authorize(ctx, 'members.manage');
  requireVerifiedSender(ctx);
  const row = await lockPendingInvitation(ctx.tx, ctx.orgId, input.invitationId);
  if (!canAssignRole(ctx.role, row.role)) throw new ActionError('FORBIDDEN', 'You cannot give a role above your own.');
  // An expired invitation holds no seat; resending it takes one again.
  if (!(await invitationHoldsSeat(ctx.tx, ctx.orgId, row.id))) await requireSeats(ctx, 1);
  await spendInvitationAllowance(ctx, 1);
  const sender = await invitationSender(ctx);
  await issueInvitations(ctx, [{ id: row.id, email: row.email }], row.role, sender);
  await setInvitationSender(ctx.tx, ctx.orgId, row.id, senderRefOf(ctx.actor));
  await notifyInvitees(ctx.tx, [{ id: row.id, orgId: ctx.orgId, email: row.email, role: row.role, ...sender }]);
  ctx.audit({ action: 'invitation.resent', targetType: 'invitation', targetId: row.email, data: { invitationId: row.id } });
  return { email: row.email };
}
