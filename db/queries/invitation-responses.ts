import 'server-only';
import { and, eq } from 'drizzle-orm';
import { schema, type Executor, type Tx } from '@/db';
import type { OrgRole } from '@/lib/permissions';
import { hashToken } from '@/lib/tokens';
import { inviterNameOr, inviterRoleNow, type InvitationSenderRef } from './inviter-rights';
import { inviterMayGrant } from '@/lib/permissions';

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

export type InvitationToAnswer = InvitationView & InvitationSenderRef;

function refCondition(ref: InvitationRef) {
  return 'token' in ref ? eq(inv.tokenHash, hashToken(ref.token)) : eq(inv.id, ref.invitationId);
}

async function loadInvitation(executor: Executor, ref: InvitationRef, lock: boolean): Promise<InvitationToAnswer | null> {
  const query = executor
    .select({
      id: inv.id,
      orgId: inv.orgId,
      orgName: schema.organizations.name,
      inviterName: inviterNameOr(schema.users.name),
      email: inv.email,
      role: inv.role,
      status: inv.status,
      expiresAt: inv.expiresAt,
      invitedBy: inv.invitedBy,
      invitedByKeyId: inv.invitedByKeyId,
      invitedByScim: inv.invitedByScim,
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
    state: expired ? 'expired' : (row.status as InvitationView['state']),
    inviterMayGrant: inviterMayGrant(inviterRole, row.role),
  };
}

/** What the /invite/[token] page shows. */
export async function findInvitationByToken(executor: Executor, token: string): Promise<InvitationView | null> {
  const found = await loadInvitation(executor, { token }, false);
  if (!found) return null;
  const { invitedBy: _invitedBy, invitedByKeyId: _invitedByKeyId, invitedByScim: _invitedByScim, ...view } = found;
  return view;
}

/** The invitation, locked so that the same token used twice at once is answered once; null when there is none. */
export async function lockInvitationToAnswer(tx: Tx, ref: InvitationRef): Promise<InvitationToAnswer | null> {
  return loadInvitation(tx, ref, true);
}

/** The invitee joins with the invitation's role (a membership they already have is kept as it is). */
export async function insertInvitedMembership(tx: Tx, orgId: string, userId: string, role: OrgRole): Promise<void> {
  await tx.insert(schema.memberships).values({ orgId, userId, role }).onConflictDoNothing();
}

export async function recordInvitationAnswer(
  tx: Tx,
  orgId: string,
  invitationId: string,
  status: 'accepted' | 'declined',
  respondedBy: string,
): Promise<void> {
  await tx
    .update(inv)
    .set({ status, respondedAt: new Date(), respondedBy })
    .where(and(eq(inv.orgId, orgId), eq(inv.id, invitationId)));
}
