import { canAssignRole } from './can';
import { isOrgRole } from './roles';

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
