import 'server-only';
import type { Tx } from '@/db';
import { insertAuditEvents } from '@/db/queries/audit';
import {
  insertInvitedMembership,
  lockInvitationToAnswer,
  recordInvitationAnswer,
  type InvitationRef,
  type InvitationView,
} from '@/db/queries/invitation-responses';
import { inviterMayGrant } from '@/lib/permissions';
import { lockLiveKeyRole } from '@/db/queries/api-tokens';
import type { InvitationSenderRef } from '@/db/queries/inviter-rights';
import { lockMemberRole } from '@/db/queries/members';
import { lockScimGrant } from '@/db/queries/scim-connections';
import { joinScimTeams } from '@/db/queries/scim-groups';
import { settleInvitationNotification } from '@/db/queries/notifications';
import { markEmailVerified } from '@/db/queries/users';
import { ActionError } from '@/domain/errors';
import type { ActorCommandContext } from '../context';
import { notifyPendingInvitationsFor } from './notify-invitees';

const stateMessages: Record<Exclude<InvitationView['state'], 'pending'>, string> = {
  accepted: 'This invitation was already accepted.',
  declined: 'This invitation was declined.',
  revoked: 'This invitation was withdrawn by the organization.',
  expired: 'This invitation has expired. Ask an Admin of the organization to send a new one.',
};

const voidInvitationMessage = (orgName: string) =>
  `This invitation is no longer valid: the person who sent it can no longer grant this role. Ask an Admin of ${orgName} to send it again.`;

export type InvitationAnswered = { orgId: string; orgName: string };

/** The actor joins the invitation's organization with its role (from the notification bar, the email link, or signing up from it). */
export function acceptInvitation(ctx: ActorCommandContext, ref: InvitationRef): Promise<InvitationAnswered> {
  return answerInvitation(ctx, ref, 'accept');
}

/** The actor turns the invitation down; it stays in the organization's records as declined. */
export function declineInvitation(ctx: ActorCommandContext, ref: InvitationRef): Promise<InvitationAnswered> {
  return answerInvitation(ctx, ref, 'decline');
}

/**
 * Accepts or declines. The invitation row is locked, so the same token used twice at once yields one
 * membership. Only the invited address may answer: from the notification bar that address must be
 * verified; through the email link the token itself proves it (and so verifies the address). Accepting
 * needs the sender to still be able to grant the role (db/queries/inviter-rights.ts); declining never does.
 */
async function answerInvitation(ctx: ActorCommandContext, ref: InvitationRef, answer: 'accept' | 'decline'): Promise<InvitationAnswered> {
  const { tx, actor } = ctx;
  const invitation = await lockInvitationToAnswer(tx, ref);
  if (!invitation) throw new ActionError('NOT_FOUND', 'This invitation is invalid.');
  // The address check comes first: someone else's invitation reveals nothing about its state.
  if (invitation.email !== actor.email.toLowerCase()) {
    throw new ActionError('FORBIDDEN', `This invitation was sent to another email address. Sign in as ${invitation.email} to answer it.`);
  }
  if (invitation.state !== 'pending') throw new ActionError('CONFLICT', stateMessages[invitation.state]);
  const byToken = 'token' in ref;
  if (!byToken && !actor.emailVerified) throw new ActionError('FORBIDDEN', 'Verify your email address to answer invitations.');
  // The sender's rights are re-checked under a lock on their membership: a removal or demotion racing
  // this accept either lands first (and voids it) or waits until the new member is in.
  if (answer === 'accept' && !inviterMayGrant(await senderRoleNow(tx, invitation.orgId, invitation), invitation.role)) {
    throw new ActionError('CONFLICT', voidInvitationMessage(invitation.orgName));
  }
  const verifiedNow = byToken && !actor.emailVerified;
  if (verifiedNow) await markEmailVerified(tx, actor.id);

  if (answer === 'accept') await insertInvitedMembership(tx, invitation.orgId, actor.id, invitation.role);
  // Invited by SCIM: the new member joins the teams of the identity provider's groups they are in.
  const joinedTeams = answer === 'accept' && invitation.invitedByScim ? await joinScimTeams(tx, invitation.orgId, actor.id) : [];
  await recordInvitationAnswer(tx, invitation.orgId, invitation.id, answer === 'accept' ? 'accepted' : 'declined', actor.id);
  await settleInvitationNotification(tx, invitation.id, answer === 'accept' ? 'accepted' : 'declined');
  // The address just became verified: its other pending invitations now reach the notification bar.
  if (verifiedNow) await notifyPendingInvitationsFor(tx, invitation.email);
  await insertAuditEvents(tx, invitation.orgId, { id: actor.id, kind: actor.kind }, [
    {
      action: answer === 'accept' ? 'invitation.accepted' : 'invitation.declined',
      targetType: 'invitation',
      targetId: invitation.email,
      data: { role: invitation.role, invitationId: invitation.id },
    },
    ...joinedTeams.map((teamId) => ({
      action: 'team.member_added' as const,
      targetType: 'team' as const,
      targetId: teamId,
      data: { userId: actor.id },
    })),
  ]);
  return { orgId: invitation.orgId, orgName: invitation.orgName };
}

/** The sender's role now, share-locked so a concurrent removal or demotion waits for the answer (or the answer for it). */
function senderRoleNow(tx: Tx, orgId: string, sender: InvitationSenderRef) {
  if (sender.invitedBy) return lockMemberRole(tx, orgId, sender.invitedBy);
  if (sender.invitedByKeyId) return lockLiveKeyRole(tx, orgId, sender.invitedByKeyId);
  return sender.invitedByScim ? lockScimGrant(tx, orgId) : Promise.resolve(null);
}
