'use server';

import { orgAction } from '@/lib/actions/wrapper';
import { changeRoleSchema, invitationIdSchema, inviteMembersSchema, removeMemberSchema } from '@/lib/validations/members';
import { inviteMembers, rescindInvitation, resendInvitation } from '@/db/queries/invitations';
import { changeMemberRole } from '@/domain/members/change-member-role';
import { removeMember } from '@/domain/members/remove-member';

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
  serialize: true,
  run: (ctx, input) => changeMemberRole(ctx, { userId: input.userId, role: input.role }),
});

export const removeMemberAction = orgAction({
  schema: removeMemberSchema,
  serialize: true,
  run: (ctx, input) => removeMember(ctx, { userId: input.userId }),
});
