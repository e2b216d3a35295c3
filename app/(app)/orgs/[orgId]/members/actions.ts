'use server';

import { orgAction } from '@/lib/actions/wrapper';
import { changeRoleSchema, invitationIdSchema, inviteMembersSchema, removeMemberSchema } from '@/lib/validations/members';
import { inviteMembers, rescindInvitation, resendInvitation } from '@/db/queries/invitations';
import { changeMemberRole, removeMember } from '@/db/queries/members';

export const inviteMembersAction = orgAction({
  schema: inviteMembersSchema,
  permission: 'members.manage',
  run: (ctx, input) => inviteMembers(ctx, input),
});

export const resendInvitationAction = orgAction({
  schema: invitationIdSchema,
  permission: 'members.manage',
  run: (ctx, input) => resendInvitation(ctx, input.invitationId),
});

export const rescindInvitationAction = orgAction({
  schema: invitationIdSchema,
  permission: 'members.manage',
  run: (ctx, input) => rescindInvitation(ctx, input.invitationId),
});

export const changeMemberRoleAction = orgAction({
  schema: changeRoleSchema,
  permission: 'members.manage',
  serialize: true,
  run: (ctx, input) => changeMemberRole(ctx, input.userId, input.role),
});

export const removeMemberAction = orgAction({
  schema: removeMemberSchema,
  permission: 'members.manage',
  serialize: true,
  run: (ctx, input) => removeMember(ctx, input.userId),
});
