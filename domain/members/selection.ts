import 'server-only';
import type { Tx } from '@/db';
import { findMembers } from '@/db/queries/member-selection';
import type { Member } from '@/db/queries/members';
import { countAdmins } from '@/db/queries/organizations';
import { ActionError } from '@/domain/errors';
import { OWNER_ROLE } from '@/lib/permissions';

/** Selections are one page of the members list at most. */
export const MAX_SELECTED_MEMBERS = 100;

export const NO_ADMIN_LEFT = 'That would leave the organization without an Admin. Keep at least one Admin out of the selection.';

/** The selected members, all of them still members; refuses the whole selection otherwise (all or nothing). */
export async function selectedMembers(tx: Tx, orgId: string, userIds: readonly string[]): Promise<Member[]> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) throw new ActionError('VALIDATION', 'Select at least one member.');
  if (unique.length > MAX_SELECTED_MEMBERS) throw new ActionError('VALIDATION', `Select at most ${MAX_SELECTED_MEMBERS} members at once.`);
  const members = await findMembers(tx, orgId, unique);
  const missing = unique.length - members.length;
  if (missing > 0)
    throw new ActionError(
      'NOT_FOUND',
      missing === 1 ? 'One of them is no longer a member. Reload the list.' : `${missing} of them are no longer members. Reload the list.`,
    );
  return members;
}

/** Whether taking the Admin role from `leaving` (some of them Admins) would leave none. */
export async function wouldLeaveNoAdmin(tx: Tx, orgId: string, leaving: readonly Member[]): Promise<boolean> {
  const admins = leaving.filter((m) => m.role === OWNER_ROLE).length;
  return admins > 0 && (await countAdmins(tx, orgId)) <= admins;
}
