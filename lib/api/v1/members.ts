import 'server-only';
import { z } from 'zod';
import { findMember, listMembers, type Member, type MemberRow } from '@/db/queries/members';
import { changeMemberRole } from '@/domain/members/change-member-role';
import { removeMember } from '@/domain/members/remove-member';
import { ActionError, NOT_FOUND_MESSAGE } from '@/domain/errors';
import { defineOperation } from '@/lib/api/operation';
import { entityTag } from '@/lib/api/run-command';
import { roleSchema } from '@/lib/validations/members';
import { iso, orgParams, pageOf, pageQuery, pageReply, roleField, timestamp, userIdParam } from './common';

export const memberSchema = z
  .object({
    user_id: z.string(),
    name: z.string().nullable(),
    email: z.email(),
    role: roleField,
    joined_at: timestamp,
  })
  .meta({ id: 'Member', description: 'A member of the organization.' });

const memberListItem = memberSchema
  .extend({
    teams: z.number().int().meta({ description: "How many of the organization's teams they are in." }),
    last_active_at: timestamp.nullable().meta({ description: 'Their latest use of a signed-in session.' }),
  })
  .meta({ id: 'MemberListItem' });

const memberParams = orgParams.extend({ userId: userIdParam });

export const toMember = (m: Member) => ({
  user_id: m.userId,
  name: m.name,
  email: m.email,
  role: m.role,
  joined_at: m.joinedAt.toISOString(),
});
const toListItem = (m: MemberRow) => ({ ...toMember(m), teams: m.teams, last_active_at: iso(m.lastActiveAt) });

/** What a role change may overwrite: If-Match compares against this. */
const memberTag = (m: Pick<Member, 'userId' | 'role'>) => entityTag({ member: m.userId, role: m.role });

export const listMembersRoute = defineOperation({
  kind: 'read',
  method: 'get',
  path: '/orgs/{orgId}/members',
  operationId: 'listMembers',
  summary: 'List members',
  description: 'Members by name, then email; searched by name or email and narrowed to one role.',
  tag: 'Members',
  scope: 'members.view',
  params: orgParams,
  query: pageQuery.extend({
    q: z.string().max(200).optional().meta({ description: 'Part of a name or email address.' }),
    role: roleField.optional(),
  }),
  success: { status: 200, description: 'A page of members.', schema: pageOf(memberListItem, 'MemberPage') },
  errors: [400],
  handle: async ({ db, params, query, url }) => {
    const page = await listMembers(db, params.orgId, { q: query.q, role: query.role, after: query.cursor, limit: query.limit });
    return pageReply(page, url, toListItem);
  },
});

export const getMemberRoute = defineOperation({
  kind: 'read',
  method: 'get',
  path: '/orgs/{orgId}/members/{userId}',
  operationId: 'getMember',
  summary: 'Get a member',
  description: 'The ETag it answers with is what `If-Match` takes when changing their role.',
  tag: 'Members',
  scope: 'members.view',
  params: memberParams,
  success: { status: 200, description: 'The member.', schema: memberSchema, headers: { ETag: 'The member’s role, as an entity tag.' } },
  handle: async ({ db, params }) => {
    const member = await findMember(db, params.orgId, params.userId);
    if (!member) throw new ActionError('NOT_FOUND', NOT_FOUND_MESSAGE);
    return { body: toMember(member), headers: { ETag: memberTag(member) } };
  },
});

export const changeMemberRoleRoute = defineOperation({
  kind: 'write',
  method: 'patch',
  path: '/orgs/{orgId}/members/{userId}',
  operationId: 'changeMemberRole',
  summary: "Change a member's role",
  description:
    'Never above your own role, never the last Admin’s away. Send `If-Match` with the ETag you read to refuse (412) if someone changed it meanwhile.',
  tag: 'Members',
  params: memberParams,
  body: z.object({ role: roleSchema }).meta({ id: 'ChangeMemberRole' }),
  success: { status: 200, description: 'The member with their new role.', schema: memberSchema, headers: { ETag: 'The new entity tag.' } },
  errors: [412, 422],
  serialize: true,
  permission: 'members.manage',
  etag: async ({ ctx, params }) => {
    const member = await findMember(ctx.tx, ctx.orgId, params.userId);
    return member && memberTag(member);
  },
  handle: async ({ ctx, params, body }) => {
    await changeMemberRole(ctx, { userId: params.userId, role: body.role });
    const member = await findMember(ctx.tx, ctx.orgId, params.userId);
    if (!member) throw new ActionError('NOT_FOUND', NOT_FOUND_MESSAGE);
    return { body: toMember(member), headers: { ETag: memberTag(member) } };
  },
});

export const removeMemberRoute = defineOperation({
  kind: 'write',
  method: 'delete',
  path: '/orgs/{orgId}/members/{userId}',
  operationId: 'removeMember',
  summary: 'Remove a member',
  description: 'Their team memberships go with them; the last Admin cannot be removed.',
  tag: 'Members',
  params: memberParams,
  success: { status: 204, description: 'Removed.' },
  errors: [409],
  serialize: true,
  handle: async ({ ctx, params }) => {
    await removeMember(ctx, { userId: params.userId });
    return {};
  },
});
