import 'server-only';
import { teamExists, upsertTeamAppGrant } from '@/db/queries/apps';
import { ActionError } from '@/domain/errors';
import type { TeamLevel } from '@/lib/permissions';
import { authorizeOnApp } from '../authorize';
import type { AppCommandContext } from '../context';

/**
 * Grants a team of the organization access to the app, or changes its level (‡ edit collaborators). One
 * upsert, so two at once leave one grant; a team deleted meanwhile fails its foreign key (CONFLICT).
 */
export async function setAppTeamAccess(
  ctx: AppCommandContext,
  input: { teamId: string; permission: TeamLevel },
): Promise<{ teamId: string; permission: TeamLevel }> {
  authorizeOnApp(ctx, 'app.collaborators.edit');
  if (!(await teamExists(ctx.tx, ctx.orgId, input.teamId))) {
    throw new ActionError('NOT_FOUND', 'That team does not exist in this organization.');
  }
  await upsertTeamAppGrant(ctx.tx, ctx.orgId, ctx.app.id, input.teamId, input.permission);
  ctx.audit({
    action: 'app.team_access_set',
    targetType: 'app',
    targetId: ctx.app.slug,
    data: { teamId: input.teamId, permission: input.permission },
  });
  return { teamId: input.teamId, permission: input.permission };
}
