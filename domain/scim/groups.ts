import 'server-only';
import { setPendingInvitationRole } from '@/db/queries/invitations';
import { findScimConnection } from '@/db/queries/scim-connections';
import {
  deleteScimGroupMembers,
  externalIdTaken,
  insertScimGroup,
  insertScimGroupMembers,
  lockScimGroup,
  lockScimUsersForGroup,
  mappedRolesOf,
  updateScimGroup,
  type GroupMemberRef,
  type ScimGroupFields,
  type ScimGroupRow,
} from '@/db/queries/scim-groups';
import { listTeamMemberIds } from '@/db/queries/team-grants';
import { insertTeam } from '@/db/queries/teams';
import { SCIM_GROUP_TAKEN } from '@/domain/db-errors';
import { ActionError, fieldError } from '@/domain/errors';
import { canAssignRole, DEFAULT_NEW_TEAM_LEVEL, firstMappedRole, ORG_ROLE_LABELS, type OrgRole } from '@/lib/permissions';
import { authorize } from '../authorize';
import type { OrgCommandContext } from '../context';
import { changeMemberRoles } from '../members/change-member-roles';
import { addTeamMembers } from '../teams/add-team-members';
import { deleteTeam } from '../teams/delete-team';
import { removeTeamMember } from '../teams/remove-team-member';
import { renameTeam } from '../teams/rename-team';
import type { ScimCommandContext } from './users';

export const GROUP_NOT_FOUND = 'No such group in this organization.';

/** A Group as the identity provider sends it: its name, its id there, and the SCIM User ids of its members. */
export type ScimGroupInput = ScimGroupFields & { memberIds: string[] };

/**
 * Creates a SCIM Group: a team named after it (its Team ID made from the name), managed by the identity
 * provider from now on, with the group's members who are members of the organization; those still
 * invited join when they accept.
 */
export async function createScimGroup(ctx: ScimCommandContext, input: ScimGroupInput): Promise<{ id: string }> {
  authorize(ctx, 'teams.manage');
  const teamId = await insertTeamFor(ctx, input.displayName);
  const group = await insertScimGroup(ctx.tx, ctx.orgId, { teamId, displayName: input.displayName, externalId: input.externalId });
  if (!group) throw new ActionError('CONFLICT', SCIM_GROUP_TAKEN);
  ctx.audit({
    action: 'team.created',
    targetType: 'team',
    targetId: teamId,
    data: { name: input.displayName, defaultPermission: DEFAULT_NEW_TEAM_LEVEL, managedByIdp: true },
  });
  const row = await lockScimGroup(ctx.tx, ctx.orgId, group.id);
  await setGroupMembers(ctx, row!, input.memberIds);
  return group;
}

/** PUT, and PATCH once applied: the group's name and members as the identity provider wants them now. */
export async function replaceScimGroup(ctx: ScimCommandContext, id: string, input: ScimGroupInput): Promise<void> {
  authorize(ctx, 'teams.manage');
  const group = await lockScimGroup(ctx.tx, ctx.orgId, id);
  if (!group) throw new ActionError('NOT_FOUND', GROUP_NOT_FOUND);
  if (input.externalId && input.externalId !== group.externalId && (await externalIdTaken(ctx.tx, ctx.orgId, input.externalId, id)))
    throw new ActionError('CONFLICT', SCIM_GROUP_TAKEN);
  if (input.displayName !== group.displayName) await renameTeam(ctx, { teamId: group.teamId, name: input.displayName });
  await updateScimGroup(ctx.tx, ctx.orgId, id, { displayName: input.displayName, externalId: input.externalId });
  await setGroupMembers(ctx, group, input.memberIds);
}

/** DELETE: the team goes with its grants; members it mapped a role to fall back to their other groups' or the connection's. */
export async function deleteScimGroupCommand(ctx: ScimCommandContext, id: string): Promise<void> {
  authorize(ctx, 'teams.manage');
  const group = await lockScimGroup(ctx.tx, ctx.orgId, id);
  if (!group) throw new ActionError('NOT_FOUND', GROUP_NOT_FOUND);
  const members = await lockScimUsersForGroup(
    ctx.tx,
    ctx.orgId,
    group.members.map((m) => m.value),
  );
  await deleteTeam(ctx, { teamId: group.teamId });
  if (group.role) await applyMappedRoles(ctx, ctx.defaultRole, members);
}

/**
 * Maps a group to a role (or to none) from the provisioning page: its members get the role now, and
 * whoever joins it later; unmapped, they fall back to their other groups' role or the connection's.
 */
export async function setScimGroupRole(ctx: OrgCommandContext, input: { groupId: string; role: OrgRole | null }): Promise<null> {
  authorize(ctx, 'org.settings');
  if (input.role && !canAssignRole(ctx.role, input.role))
    throw fieldError('role', `You cannot give the ${ORG_ROLE_LABELS[input.role]} role.`);
  const connection = await findScimConnection(ctx.tx, ctx.orgId);
  const group = connection && (await lockScimGroup(ctx.tx, ctx.orgId, input.groupId));
  if (!connection || !group) throw new ActionError('NOT_FOUND', GROUP_NOT_FOUND);
  if (group.role === input.role) return null;
  await updateScimGroup(ctx.tx, ctx.orgId, group.id, { role: input.role });
  ctx.audit({
    action: 'scim.group_role_changed',
    targetType: 'team',
    targetId: group.teamId,
    data: { group: group.displayName, role: input.role },
  });
  const members = await lockScimUsersForGroup(
    ctx.tx,
    ctx.orgId,
    group.members.map((m) => m.value),
  );
  await applyMappedRoles(ctx, connection.defaultRole, members);
  return null;
}

/** The team for a new group: its Team ID from the name, or with a short suffix when that one is taken. */
async function insertTeamFor(ctx: ScimCommandContext, name: string): Promise<string> {
  const base =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9_-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'group';
  const candidates = [base.length >= 2 ? base : `${base}-group`];
  for (let i = 0; i < 4; i++) candidates.push(`${base.slice(0, 40)}-${crypto.randomUUID().slice(0, 6)}`);
  for (const id of candidates) {
    if (await insertTeam(ctx.tx, ctx.orgId, { id, name, defaultPermission: DEFAULT_NEW_TEAM_LEVEL })) return id;
  }
  throw new ActionError('CONFLICT', 'No free Team ID could be made from this group’s name; try again.');
}

/**
 * Makes the group's members those listed: the SCIM Users are recorded, and those who are members of the
 * organization join or leave its team (told and audited as any team change). Users who are not this
 * organization's refuse the whole request. Where the group maps to a role, the members it adds or drops
 * get the role their groups now give.
 */
async function setGroupMembers(ctx: ScimCommandContext, group: ScimGroupRow, wanted: string[]): Promise<void> {
  const now = new Set(group.members.map((m) => m.value));
  const want = new Set(wanted);
  const adding = [...want].filter((id) => !now.has(id));
  const dropping = [...now].filter((id) => !want.has(id));
  if (adding.length === 0 && dropping.length === 0) return;
  const users = await lockScimUsersForGroup(ctx.tx, ctx.orgId, [...adding, ...dropping]);
  const known = new Set(users.map((u) => u.id));
  const unknown = adding.find((id) => !known.has(id));
  if (unknown) throw new ActionError('VALIDATION', `No user ${unknown} in this organization: members must be its Users.`);
  await insertScimGroupMembers(ctx.tx, group.id, adding);
  await deleteScimGroupMembers(ctx.tx, group.id, dropping);

  const joining = users.filter((u) => u.isMember && adding.includes(u.id)).map((u) => u.accountId!);
  if (joining.length > 0) await addTeamMembers(ctx, { teamId: group.teamId, userIds: joining });
  const inTeam = new Set(await listTeamMemberIds(ctx.tx, ctx.orgId, group.teamId));
  for (const user of users) {
    if (dropping.includes(user.id) && user.accountId && inTeam.has(user.accountId))
      await removeTeamMember(ctx, { teamId: group.teamId, userId: user.accountId });
  }
  if (group.role) await applyMappedRoles(ctx, ctx.defaultRole, users);
}

/**
 * Gives each SCIM User the role its groups map to (the first in ORG_ROLES order), or `fallback` when
 * none of its groups has one: a member's role changes (never the last Admin's: refused), a pending
 * invitation offers the new role.
 */
async function applyMappedRoles(ctx: OrgCommandContext, fallback: OrgRole, users: GroupMemberRef[]): Promise<void> {
  const roles = await mappedRolesOf(
    ctx.tx,
    users.map((u) => u.id),
  );
  const byRole = new Map<OrgRole, string[]>();
  for (const user of users) {
    const role = firstMappedRole(roles.get(user.id) ?? []) ?? fallback;
    if (user.isMember && user.accountId) byRole.set(role, [...(byRole.get(role) ?? []), user.accountId]);
    else if (user.invitationId) await setPendingInvitationRole(ctx.tx, ctx.orgId, user.invitationId, role);
  }
  for (const [role, userIds] of byRole) await changeMemberRoles(ctx, { userIds, role });
}

/** The role a SCIM User's groups give it, or the connection's when none maps one. */
export async function roleForScimUser(ctx: ScimCommandContext, scimUserId: string): Promise<OrgRole> {
  const roles = await mappedRolesOf(ctx.tx, [scimUserId]);
  return firstMappedRole(roles.get(scimUserId) ?? []) ?? ctx.defaultRole;
}
