import 'server-only';
import { findPendingInvitationIds } from '@/db/queries/invitations';
import { insertInvitedMembership } from '@/db/queries/invitation-responses';
import { findOrganizationName } from '@/db/queries/organizations';
import {
  deleteScimUser,
  insertScimUser,
  lockScimUser,
  updateScimUser,
  type ScimUserFields,
  type ScimUserRow,
} from '@/db/queries/scim-users';
import { lockMemberRole } from '@/db/queries/members';
import { joinScimTeams } from '@/db/queries/scim-groups';
import { findAccountByEmail, insertUser } from '@/db/queries/users';
import { SCIM_USER_TAKEN } from '@/domain/db-errors';
import { ActionError } from '@/domain/errors';
import { deliverEmail } from '@/lib/email/outbox';
import { queueScimWelcome } from '@/lib/email/scim-welcome-email';
import type { OrgRole } from '@/lib/permissions';
import { authorize } from '../authorize';
import { requireSeats } from '../billing/seats';
import type { OrgCommandContext } from '../context';
import { inviteMembers } from '../invitations/invite-members';
import { rescindInvitation } from '../invitations/rescind-invitation';
import { removeMember } from '../members/remove-member';
import { roleForScimUser } from './groups';

/** A SCIM command: the SCIM door read the connection, and with it the role new members get. */
export type ScimCommandContext = OrgCommandContext & { defaultRole: OrgRole };

export const USER_NOT_FOUND = 'No such user in this organization.';
export const USER_NAME_FIXED = 'userName is the member’s email address and cannot change: create a new user instead.';

/**
 * Creates a SCIM User. Active, it gets access at once: an address with no account gets a new account
 * (no password) as a member with the connection's role, and a welcome email; an address that has an
 * account is not captured: its owner is invited, and the user stays pending until they accept. A second
 * create with the same userName or externalId, however concurrent, is refused by the unique indexes.
 */
export async function createScimUser(ctx: ScimCommandContext, fields: ScimUserFields): Promise<{ id: string }> {
  authorize(ctx, 'members.manage');
  const inserted = await insertScimUser(ctx.tx, ctx.orgId, fields);
  if (!inserted) throw new ActionError('CONFLICT', SCIM_USER_TAKEN);
  if (fields.active) await grantAccess(ctx, inserted.id, fields, null);
  return inserted;
}

/** PUT, and PATCH once applied: the whole user as the identity provider wants it now. */
export async function replaceScimUser(ctx: ScimCommandContext, id: string, fields: ScimUserFields): Promise<void> {
  authorize(ctx, 'members.manage');
  const row = await lockScimUser(ctx.tx, ctx.orgId, id);
  if (!row) throw new ActionError('NOT_FOUND', USER_NOT_FOUND);
  if (fields.userName !== row.userName) throw new ActionError('VALIDATION', USER_NAME_FIXED, { userName: [USER_NAME_FIXED] });
  await updateScimUser(ctx.tx, ctx.orgId, id, fields);
  if (fields.active && !row.active) await grantAccess(ctx, id, fields, row);
  if (!fields.active && row.active) await revokeAccess(ctx, row);
}

/** DELETE: access goes at once (as for `active: false`), then the user itself. */
export async function deleteScimUserCommand(ctx: ScimCommandContext, id: string): Promise<void> {
  authorize(ctx, 'members.manage');
  const row = await lockScimUser(ctx.tx, ctx.orgId, id);
  if (!row) throw new ActionError('NOT_FOUND', USER_NOT_FOUND);
  if (row.active) await revokeAccess(ctx, row);
  await deleteScimUser(ctx.tx, ctx.orgId, id);
}

const nameOf = (fields: ScimUserFields) => fields.displayName || [fields.givenName, fields.familyName].filter(Boolean).join(' ') || null;

/**
 * `before`: the user as it was, when reactivated. The role is the one the user's groups map to, or the
 * connection's; a member joins the teams of the user's groups.
 */
async function grantAccess(ctx: ScimCommandContext, id: string, fields: ScimUserFields, before: ScimUserRow | null): Promise<void> {
  const role = await roleForScimUser(ctx, id);
  const account = await findAccountByEmail(ctx.tx, fields.userName);
  if (!account) {
    await requireSeats(ctx, 1);
    const user = await insertUser(ctx.tx, { name: nameOf(fields), email: fields.userName, passwordHash: null });
    await updateScimUser(ctx.tx, ctx.orgId, id, { userId: user.id, invitationId: null, createdAccount: true });
    await addMember(ctx, user, role);
    await sendWelcome(ctx, user.email);
    return;
  }
  // The account this user's SCIM made: it was the organization's to begin with, so it comes back directly.
  if (before?.createdAccount && before.userId === account.id) {
    await requireSeats(ctx, 1);
    await addMember(ctx, account, role);
    return;
  }
  // Already a member: the user stands for that membership, whose role stays as it is.
  if (await lockMemberRole(ctx.tx, ctx.orgId, account.id)) {
    await updateScimUser(ctx.tx, ctx.orgId, id, { userId: account.id, invitationId: null });
    await joinTeams(ctx, account.id);
    return;
  }
  // Otherwise their invitation: the one already waiting, or a new one (a concurrent one wins the unique index).
  const pendingNow = async () => (await findPendingInvitationIds(ctx.tx, ctx.orgId, [account.email])).get(account.email) ?? null;
  let invitationId = await pendingNow();
  if (!invitationId) {
    await inviteMembers(ctx, { emails: account.email, role });
    invitationId = await pendingNow();
  }
  await updateScimUser(ctx.tx, ctx.orgId, id, { userId: account.id, invitationId });
}

async function addMember(ctx: ScimCommandContext, user: { id: string; email: string }, role: OrgRole): Promise<void> {
  await insertInvitedMembership(ctx.tx, ctx.orgId, user.id, role);
  ctx.audit({ action: 'member.provisioned', targetType: 'member', targetId: user.email, data: { userId: user.id, role } });
  await joinTeams(ctx, user.id);
}

async function joinTeams(ctx: ScimCommandContext, userId: string): Promise<void> {
  for (const teamId of await joinScimTeams(ctx.tx, ctx.orgId, userId))
    ctx.audit({ action: 'team.member_added', targetType: 'team', targetId: teamId, data: { userId } });
}

/** Access goes at once: the membership (never the last Admin's: refused), or the invitation still waiting. */
async function revokeAccess(ctx: ScimCommandContext, row: ScimUserRow): Promise<void> {
  if (row.userId && row.memberRole) await removeMember(ctx, { userId: row.userId });
  if (row.invitationId && row.invitationPending) await rescindInvitation(ctx, { invitationId: row.invitationId });
  await updateScimUser(ctx.tx, ctx.orgId, row.id, { active: false, invitationId: null });
}

async function sendWelcome(ctx: ScimCommandContext, email: string): Promise<void> {
  const orgName = (await findOrganizationName(ctx.tx, ctx.orgId)) ?? ctx.orgId;
  const id = await queueScimWelcome(ctx.tx, { orgName, email });
  ctx.afterCommit(() => deliverEmail(id));
}
