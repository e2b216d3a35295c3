import 'server-only';
import { z } from 'zod';
import { findTeamDetail, listTeams } from '@/db/queries/teams';
import { ActionError, NOT_FOUND_MESSAGE } from '@/domain/errors';
import type { OrgCommandContext } from '@/domain/context';
import { changeTeamDefaultPermission } from '@/domain/teams/change-team-default-permission';
import { createTeam } from '@/domain/teams/create-team';
import { deleteTeam } from '@/domain/teams/delete-team';
import { renameTeam } from '@/domain/teams/rename-team';
import { defineOperation } from '@/lib/api/operation';
import { DEFAULT_NEW_TEAM_LEVEL } from '@/lib/permissions';
import { createTeamSchema, renameTeamSchema } from '@/lib/validations/teams';
import { orgParams, pageOf, pageReply } from './common';
import { managesTeams, pageUpTo, teamLevelField, teamListQuery, teamParams, teamSchema, toTeam, visibleTeam } from './team-common';

/** The team as it is now, in the write's transaction (after its command). */
async function teamNow(ctx: OrgCommandContext, teamId: string) {
  const team = await findTeamDetail(ctx.tx, ctx.orgId, teamId, ctx.actor.id);
  if (!team) throw new ActionError('NOT_FOUND', NOT_FOUND_MESSAGE);
  return toTeam(team);
}

export const listTeamsRoute = defineOperation({
  kind: 'read',
  method: 'get',
  path: '/orgs/{orgId}/teams',
  operationId: 'listTeams',
  summary: 'List teams',
  description:
    'Teams by Team ID, searched by ID or name. A token that may manage teams (teams.manage, and its owner’s role) sees them all; any other only the teams its owner belongs to.',
  tag: 'Teams',
  scope: 'teams.view_own',
  params: orgParams,
  query: teamListQuery('a Team ID or name'),
  success: { status: 200, description: 'A page of teams.', schema: pageOf(teamSchema, 'TeamPage') },
  errors: [400],
  handle: async ({ db, params, query, caller, url }) => {
    const onlyMemberId = managesTeams(caller) ? undefined : caller.actor.id;
    const page = await pageUpTo(
      query.limit,
      query.cursor,
      (after) => listTeams(db, params.orgId, { q: query.q, after, onlyMemberId }),
      (team) => team.id,
    );
    return pageReply(page, url, toTeam);
  },
});

export const createTeamRoute = defineOperation({
  kind: 'write',
  method: 'post',
  path: '/orgs/{orgId}/teams',
  operationId: 'createTeam',
  summary: 'Create a team',
  description: `Its Team ID is unique in the organization and cannot change. \`default_permission\` (default ${DEFAULT_NEW_TEAM_LEVEL}) is the level apps added to it start at.`,
  tag: 'Teams',
  params: orgParams,
  body: z
    .object({
      id: createTeamSchema.shape.id,
      name: createTeamSchema.shape.name,
      default_permission: teamLevelField.optional(),
    })
    .meta({ id: 'CreateTeam' }),
  success: { status: 201, description: 'The team.', schema: teamSchema, headers: { Location: 'The team’s URL.' } },
  errors: [400],
  idempotent: true,
  handle: async ({ ctx, params, body }) => {
    const { id } = await createTeam(ctx, {
      id: body.id,
      name: body.name,
      defaultPermission: body.default_permission ?? DEFAULT_NEW_TEAM_LEVEL,
    });
    return {
      status: 201,
      body: await teamNow(ctx, id),
      headers: { Location: `/api/v1/orgs/${encodeURIComponent(params.orgId)}/teams/${encodeURIComponent(id)}` },
    };
  },
});

export const getTeamRoute = defineOperation({
  kind: 'read',
  method: 'get',
  path: '/orgs/{orgId}/teams/{teamId}',
  operationId: 'getTeam',
  summary: 'Get a team',
  description: 'A team the token may not see (not its owner’s, without teams.manage) is not found.',
  tag: 'Teams',
  scope: 'teams.view_own',
  params: teamParams,
  success: { status: 200, description: 'The team.', schema: teamSchema },
  handle: async ({ db, params, caller }) => ({ body: toTeam(await visibleTeam(db, caller, params.orgId, params.teamId)) }),
});

export const updateTeamRoute = defineOperation({
  kind: 'write',
  method: 'patch',
  path: '/orgs/{orgId}/teams/{teamId}',
  operationId: 'updateTeam',
  summary: 'Rename a team or change its default permission',
  description: 'The apps the team already holds keep their levels: a new default permission applies to apps added from now on.',
  tag: 'Teams',
  params: teamParams,
  body: z
    .object({ name: renameTeamSchema.shape.name.optional(), default_permission: teamLevelField.optional() })
    .refine((body) => body.name !== undefined || body.default_permission !== undefined, 'Send name, default_permission or both.')
    .meta({ id: 'UpdateTeam' }),
  success: { status: 200, description: 'The team as changed.', schema: teamSchema },
  handle: async ({ ctx, params, body }) => {
    // Each change through its own command, as the browser's two forms: both or neither (one transaction).
    if (body.name !== undefined) await renameTeam(ctx, { teamId: params.teamId, name: body.name });
    if (body.default_permission !== undefined) {
      await changeTeamDefaultPermission(ctx, { teamId: params.teamId, defaultPermission: body.default_permission });
    }
    return { body: await teamNow(ctx, params.teamId) };
  },
});

export const deleteTeamRoute = defineOperation({
  kind: 'write',
  method: 'delete',
  path: '/orgs/{orgId}/teams/{teamId}',
  operationId: 'deleteTeam',
  summary: 'Delete a team',
  description: 'Its memberships and app grants go with it (its members are told); the people and apps remain.',
  tag: 'Teams',
  params: teamParams,
  success: { status: 204, description: 'Deleted.' },
  handle: async ({ ctx, params }) => {
    await deleteTeam(ctx, { teamId: params.teamId });
    return {};
  },
});
