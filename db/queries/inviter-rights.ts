import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { schema, type Tx } from '@/db';
import { canAssignRole, isOrgRole } from '@/lib/permissions';

/**
 * An invitation grants its role on its sender's rights as they are when it is answered, not as they were
 * when it was sent: a sender who was removed, demoted or whose account is gone (invited_by null) no
 * longer may, and their invitation is void until an Admin resends it (which makes it theirs).
 */
export function inviterMayGrant(inviterRole: string | null | undefined, role: string): boolean {
  return isOrgRole(inviterRole) && isOrgRole(role) && canAssignRole(inviterRole, role);
}

/**
 * For a pending-invitations row: true when the invitation needs resending. `inviterRole` undefined means
 * the list did not load it (nothing to say), null that the sender is no longer a member.
 */
export function needsResend(row: { role: string; inviterRole?: string | null }): boolean {
  return row.inviterRole !== undefined && !inviterMayGrant(row.inviterRole, row.role);
}

const inv = schema.invitations;
const m = schema.memberships;

/** The sender's role in the invitation's organization now, as a column of a query over `invitations`. */
export const inviterRoleNow = sql<
  string | null
>`(select ${m.role} from ${m} where ${m.orgId} = ${inv.orgId} and ${m.userId} = ${inv.invitedBy})`;

/** The sender's role now, the membership row share-locked so a concurrent removal or demotion waits for the answer (or the answer for it). */
export async function lockInviterRole(tx: Tx, orgId: string, invitedBy: string | null): Promise<string | null> {
  if (!invitedBy) return null;
  const [row] = await tx
    .select({ role: m.role })
    .from(m)
    .where(and(eq(m.orgId, orgId), eq(m.userId, invitedBy)))
    .for('share');
  return row?.role ?? null;
}

export const voidInvitationMessage = (orgName: string) =>
  `This invitation is no longer valid: the person who sent it can no longer grant this role. Ask an Admin of ${orgName} to send it again.`;
