import 'server-only';
import { findTeam, lockTeam, type TeamDto } from '@/db/queries/teams';
import { insertNotification } from '@/db/queries/notifications';
import { ActionError } from '@/domain/errors';
import type { OrgCommandContext } from '../context';

export const TEAM_NOT_FOUND_MESSAGE = 'That team does not exist in this organization.';

/**
 * The organization's team, locked for the rest of the transaction: changes to one team (its name, its
 * members, its apps, deleting it) queue on it. A team of another organization is not found.
 */
export async function requireTeam(
  ctx: Pick<OrgCommandContext, 'tx' | 'orgId'>,
  teamId: string,
  { lock = true }: { lock?: boolean } = {},
): Promise<TeamDto> {
  // A read (a picker's search) only needs the team to exist; it does not queue behind changes to it.
  const team = await (lock ? lockTeam : findTeam)(ctx.tx, ctx.orgId, teamId);
  if (!team) throw new ActionError('NOT_FOUND', TEAM_NOT_FOUND_MESSAGE);
  return team;
}

const MANAGED: Record<'members' | 'rename' | 'delete', string> = {
  members: 'This team’s members come from your identity provider: change the group’s members there.',
  rename: 'This team is named after a group in your identity provider: rename the group there.',
  delete: 'This team is managed by your identity provider: delete the group there, or turn provisioning off to manage it here.',
};

/**
 * A team a SCIM group manages is the identity provider's to fill, rename and delete: every door but SCIM
 * is refused (what it grants stays the organization's to decide).
 */
export function refuseIfManaged(ctx: Pick<OrgCommandContext, 'actor'>, team: TeamDto, change: keyof typeof MANAGED): void {
  if (team.managedByIdp && ctx.actor.kind !== 'scim') throw new ActionError('FORBIDDEN', MANAGED[change]);
}

/** Tells members in their notification bar that they were added to the team or removed from it. */
export async function notifyTeamMembers(
  ctx: Pick<OrgCommandContext, 'tx' | 'orgId'>,
  userIds: string[],
  kind: 'team_added' | 'team_removed',
  team: { id: string; name: string },
): Promise<void> {
  const payload = { teamName: team.name, teamId: team.id };
  await insertNotification(
    ctx.tx,
    userIds.map((userId) => ({ userId, orgId: ctx.orgId, kind, payload })),
  );
}
