import 'server-only';
import { z } from 'zod';
import { listTeamMembers, type TeamMemberRow } from '@/db/queries/team-grants';
import { addTeamMembers } from '@/domain/teams/add-team-members';
import { removeTeamMember } from '@/domain/teams/remove-team-member';
import { defineOperation } from '@/lib/api/operation';
import { addTeamMembersSchema } from '@/lib/validations/teams';
import { pageOf, pageReply, timestamp, userIdParam } from './common';
import { outsidersAsFieldError, pageUpTo, teamListQuery, teamParams, visibleTeam } from './team-common';

const teamMemberSchema = z
  .object({ user_id: z.string(), name: z.string().nullable(), email: z.email(), added_at: timestamp })
  .meta({ id: 'TeamMember', description: 'A member of the organization in the team.' });

const toTeamMember = (m: TeamMemberRow) => ({ user_id: m.userId, name: m.name, email: m.email, added_at: m.addedAt.toISOString() });

export const listTeamMembersRoute = defineOperation({
  kind: 'read',
  method: 'get',
  path: '/orgs/{orgId}/teams/{teamId}/members',
  operationId: 'listTeamMembers',
  summary: "List a team's members",
  description: 'By email, searched by name or email.',
  tag: 'Teams',
  scope: 'teams.view_own',
  params: teamParams,
  query: teamListQuery('a name or email address'),
  success: { status: 200, description: 'A page of the team’s members.', schema: pageOf(teamMemberSchema, 'TeamMemberPage') },
  errors: [400],
  handle: async ({ db, params, query, caller, url }) => {
    // Both at once, as the team page: whether the caller may see the team, and the page (shown only if so).
    const read = (after: string | undefined) => listTeamMembers(db, params.orgId, params.teamId, { q: query.q, after });
    const [, page] = await Promise.all([
      visibleTeam(db, caller, params.orgId, params.teamId),
      pageUpTo(query.limit, query.cursor, read, (m) => m.email),
    ]);
    return pageReply(page, url, toTeamMember);
  },
});

export const addTeamMembersRoute = defineOperation({
  kind: 'write',
  method: 'post',
  path: '/orgs/{orgId}/teams/{teamId}/members',
  operationId: 'addTeamMembers',
  summary: 'Add members to a team',
  description:
    'Only members of the organization: any other user ID refuses the whole request (422 on `user_ids`). Those already in the team are skipped; each one added is told.',
  tag: 'Teams',
  params: teamParams,
  body: z.object({ user_ids: addTeamMembersSchema.shape.userIds }).meta({ id: 'AddTeamMembers' }),
  success: {
    status: 200,
    description: 'How many were added (those already in the team are not counted).',
    schema: z.object({ added: z.number().int() }).meta({ id: 'TeamMembersAdded' }),
  },
  errors: [400],
  idempotent: true,
  handle: async ({ ctx, params, body }) => {
    const { added } = await outsidersAsFieldError('user_ids', () => addTeamMembers(ctx, { teamId: params.teamId, userIds: body.user_ids }));
    return { body: { added } };
  },
});

export const removeTeamMemberRoute = defineOperation({
  kind: 'write',
  method: 'delete',
  path: '/orgs/{orgId}/teams/{teamId}/members/{userId}',
  operationId: 'removeTeamMember',
  summary: 'Remove a member from a team',
  description: 'They stay in the organization, and are told.',
  tag: 'Teams',
  params: teamParams.extend({ userId: userIdParam }),
  success: { status: 204, description: 'Removed.' },
  handle: async ({ ctx, params }) => {
    await removeTeamMember(ctx, { teamId: params.teamId, userId: params.userId });
    return {};
  },
});
