import 'server-only';
import { insertTeam } from '@/db/queries/teams';
import { fieldError } from '@/domain/errors';
import type { TeamLevel } from '@/lib/permissions';
import { authorize } from '../authorize';
import type { OrgCommandContext } from '../context';

/**
 * Creates a team with the level its apps are granted at by default. A Team ID taken in the organization,
 * also by a creator racing this one, is refused beside the field.
 */
export async function createTeam(
  ctx: OrgCommandContext,
  input: { id: string; name: string; defaultPermission: TeamLevel },
): Promise<{ id: string }> {
  authorize(ctx, 'teams.manage');
  if (!(await insertTeam(ctx.tx, ctx.orgId, input))) {
    throw fieldError('id', 'This Team ID is taken in this organization. Choose another.');
  }
  ctx.audit({
    action: 'team.created',
    targetType: 'team',
    targetId: input.id,
    data: { name: input.name, defaultPermission: input.defaultPermission },
  });
  return { id: input.id };
}
