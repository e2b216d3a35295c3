import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { schema, type Executor, type Tx } from '@/db';
import { ActionError } from '@/lib/actions/result';
import { writeAuditEvents } from '@/lib/actions/audit';
import type { OrgRole } from '@/lib/permissions';
import { hashToken } from '@/lib/tokens';
import { notifyPendingInvitationsFor } from './invitations';
import { inviterMayGrant, inviterRoleNow, lockInviterRole, voidInvitationMessage } from './inviter-rights';

const inv = schema.invitations;

export type InvitationRef = { invitationId: string } | { token: string };
export type InvitationView = {
  id: string;
  orgId: string;
  orgName: string;
  inviterName: string | null;
  email: string;
  role: OrgRole;
  state: 'pending' | 'accepted' | 'declined' | 'revoked' | 'expired';
  expiresAt: Date;
  /** False when its sender can no longer grant its role: accepting is refused until an Admin resends it. */
  inviterMayGrant: boolean;
};

function refCondition(ref: InvitationRef) {
  return 'token' in ref ? eq(inv.tokenHash, hashToken(ref.token)) : eq(inv.id, ref.invitationId);
}

async function loadInvitation(
  executor: Executor,
  ref: InvitationRef,
  lock: boolean,
): Promise<(InvitationView & { invitedBy: string | null }) | null> {
  const query = executor
    .select({
      id: inv.id,
      orgId: inv.orgId,
      orgName: schema.organizations.name,
      inviterName: schema.users.name,
      email: inv.email,
      role: inv.role,
      status: inv.status,
      expiresAt: inv.expiresAt,
      invitedBy: inv.invitedBy,
      inviterRole: inviterRoleNow,
    })
    .from(inv)
    .innerJoin(schema.organizations, eq(schema.organizations.id, inv.orgId))
    .leftJoin(schema.users, eq(schema.users.id, inv.invitedBy))
    .where(refCondition(ref));
  const [row] = lock ? await query.for('update', { of: inv }) : await query;
  if (!row) return null;
  const { inviterRole, ...view } = row;
  const expired = row.status === 'pending' && row.expiresAt.getTime() <= Date.now();
  return {
    ...view,
    role: row.role as OrgRole,
    state: expired ? 'expired' : (row.status as InvitationView['state']),
    inviterMayGrant: inviterMayGrant(inviterRole, row.role),
  };
}

/** What the /invite/[token] page shows. */
export async function findInvitationByToken(executor: Executor, token: string): Promise<InvitationView | null> {
  const found = await loadInvitation(executor, { token }, false);
  if (!found) return null;
  const { invitedBy: _invitedBy, ...view } = found;
  return view;
}

const stateMessages: Record<Exclude<InvitationView['state'], 'pending'>, string> = {
  accepted: 'This invitation was already accepted.',
  declined: 'This invitation was declined.',
  revoked: 'This invitation was withdrawn by the organization.',
  expired: 'This invitation has expired. Ask an Admin of the organization to send a new one.',
};

type Responder = { id: string; email: string; name: string | null; emailVerified: boolean };

/**
 * Accepts or declines. The invitation row is locked, so the same token used twice at once yields one
 * membership. Only the invited address may answer: from the notification bar that address must be
 * verified; through the email link the token itself proves it (and so verifies the address). Accepting
 * needs the sender to still be able to grant the role (inviter-rights.ts); declining never does.
 */
export async function respondToInvitation(
  tx: Tx,
  user: Responder,
  ref: InvitationRef,
  answer: 'accept' | 'decline',
): Promise<{ orgId: string; orgName: string }> {
  const invitation = await loadInvitation(tx, ref, true);
  if (!invitation) throw new ActionError('NOT_FOUND', 'This invitation is invalid.');
  // The address check comes first: someone else's invitation reveals nothing about its state.
  if (invitation.email !== user.email.toLowerCase()) {
    throw new ActionError('FORBIDDEN', `This invitation was sent to another email address. Sign in as ${invitation.email} to answer it.`);
  }
  if (invitation.state !== 'pending') throw new ActionError('CONFLICT', stateMessages[invitation.state]);
  const byToken = 'token' in ref;
  if (!byToken && !user.emailVerified) throw new ActionError('FORBIDDEN', 'Verify your email address to answer invitations.');
  // The sender's rights are re-checked under a lock on their membership: a removal or demotion racing
  // this accept either lands first (and voids it) or waits until the new member is in.
  if (answer === 'accept' && !inviterMayGrant(await lockInviterRole(tx, invitation.orgId, invitation.invitedBy), invitation.role)) {
    throw new ActionError('CONFLICT', voidInvitationMessage(invitation.orgName));
  }
  const verifiedNow = byToken && !user.emailVerified;
  if (verifiedNow) {
    await tx
      .update(schema.users)
      .set({ emailVerified: new Date() })
      .where(and(eq(schema.users.id, user.id), isNull(schema.users.emailVerified)));
  }

  if (answer === 'accept') {
    await tx.insert(schema.memberships).values({ orgId: invitation.orgId, userId: user.id, role: invitation.role }).onConflictDoNothing();
  }
  await tx
    .update(inv)
    .set({ status: answer === 'accept' ? 'accepted' : 'declined', respondedAt: new Date(), respondedBy: user.id })
    .where(eq(inv.id, invitation.id));
  await tx.delete(schema.notifications).where(eq(schema.notifications.invitationId, invitation.id));
  // The address just became verified: its other pending invitations now reach the notification bar.
  if (verifiedNow) await notifyPendingInvitationsFor(tx, invitation.email);
  await writeAuditEvents(tx, invitation.orgId, user.id, [
    {
      action: answer === 'accept' ? 'invitation.accepted' : 'invitation.declined',
      targetType: 'invitation',
      targetId: invitation.email,
      data: { role: invitation.role, invitationId: invitation.id },
    },
  ]);
  return { orgId: invitation.orgId, orgName: invitation.orgName };
}
