import 'server-only';
import type { Tx } from '@/db';
import { findVerifiedUserIds, listPendingInvitationsTo } from '@/db/queries/invitations';
import { replaceInvitationNotifications } from '@/db/queries/notifications';

export type InviteeNotice = { id: string; orgId: string; email: string; role: string; orgName: string; inviterName: string };

/**
 * Puts invitations in the notification bar, only of accounts whose *verified* address is the invited
 * one: an address someone merely typed in must not receive them. One read and, when someone is to be
 * told, one delete (a resent invitation replaces its notification) and one insert, however many.
 */
export async function notifyInvitees(tx: Tx, invitations: ReadonlyArray<InviteeNotice>): Promise<void> {
  if (invitations.length === 0) return;
  const userIdByEmail = await findVerifiedUserIds(tx, [...new Set(invitations.map((i) => i.email))]);
  await replaceInvitationNotifications(
    tx,
    invitations.flatMap((invitation) => {
      const userId = userIdByEmail.get(invitation.email);
      if (!userId) return [];
      const { orgName, inviterName, role } = invitation;
      return [{ userId, orgId: invitation.orgId, invitationId: invitation.id, payload: { orgName, inviterName, role } }];
    }),
  );
}

/** When an address becomes verified, its pending invitations reach the notification bar too. */
export async function notifyPendingInvitationsFor(tx: Tx, email: string): Promise<void> {
  const pending = await listPendingInvitationsTo(tx, email);
  await notifyInvitees(
    tx,
    pending.map((row) => ({ ...row, inviterName: row.inviterName ?? 'An Admin' })),
  );
}
