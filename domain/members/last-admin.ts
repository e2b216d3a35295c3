import 'server-only';
import type { Tx } from '@/db';
import { countAdmins } from '@/db/queries/organizations';
import { ActionError } from '@/domain/errors';
import { OWNER_ROLE, type OrgRole } from '@/lib/permissions';

export const LAST_ADMIN_MESSAGE = 'You are the last Admin of this organization. Make another member Admin, or delete the organization.';

/**
 * Every organization keeps an Admin: refuses a change that would take away the last one's role. Callers
 * hold the organization's lock (lockMembershipForChange), so the count cannot change under them; the
 * database trigger is the backstop.
 */
export async function keepAnAdmin(tx: Tx, orgId: string, leavingRole: OrgRole, message: string): Promise<void> {
  if (leavingRole === OWNER_ROLE && (await countAdmins(tx, orgId)) <= 1) throw new ActionError('CONFLICT', message);
}
