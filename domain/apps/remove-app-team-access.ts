import 'server-only';
import { deleteTeamAppGrant } from '@/db/queries/apps';
import { ActionError } from '@/domain/errors';
import { authorizeOnApp } from '../authorize';
import type { AppCommandContext } from '../context';

/** Takes a team's access to the app away (‡ edit collaborators). */
export async function removeAppTeamAccess(ctx: AppCommandContext, input: { teamId: string }): Promise<{ teamId: string }> {
  authorizeOnApp(ctx, 'app.collaborators.edit');
  if (!(await deleteTeamAppGrant(ctx.tx, ctx.orgId, ctx.app.id, input.teamId))) {
    throw new ActionError('NOT_FOUND', 'That team has no access to this app.');
  }
  ctx.audit({ action: 'app.team_access_removed', targetType: 'app', targetId: ctx.app.slug, data: { teamId: input.teamId } });
  return { teamId: input.teamId };
}
