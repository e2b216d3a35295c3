import 'server-only';
import type { Tx } from '@/db';
import { lockInvitation, type InvitationToChange } from '@/db/queries/invitations';
import { ActionError } from '@/domain/errors';

/** The organization's invitation, locked for a change; refused unless it is still pending. */
export async function lockPendingInvitation(tx: Tx, orgId: string, invitationId: string): Promise<InvitationToChange> {
  const row = await lockInvitation(tx, orgId, invitationId);
  if (!row) throw new ActionError('NOT_FOUND', 'That invitation does not exist.');
  if (row.status !== 'pending') throw new ActionError('CONFLICT', `That invitation was already ${row.status}.`);
  return row;
}
