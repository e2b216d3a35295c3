'use server';

import { orgAction } from '@/lib/actions/wrapper';
import { changeRoleSchema, invitationIdSchema, inviteMembersSchema, removeMemberSchema } from '@/lib/validations/members';
import { inviteMembers } from '@/domain/invitations/invite-members';
import { rescindInvitation } from '@/domain/invitations/rescind-invitation';
import { resendInvitation } from '@/domain/invitations/resend-invitation';
import { changeMemberRole } from '@/domain/members/change-member-role';
import { previewRoleChange } from '@/domain/members/preview-role-change';
import { removeMember } from '@/domain/members/remove-member';

export const inviteMembersAction = orgAction({
  schema: inviteMembersSchema,
  run: (ctx, input) => inviteMembers(ctx, { emails: input.emails, role: input.role }),
});

export const resendInvitationAction = orgAction({
  schema: invitationIdSchema,
  run: (ctx, input) => resendInvitation(ctx, { invitationId: input.invitationId }),
});

export const rescindInvitationAction = orgAction({
  schema: invitationIdSchema,
  run: (ctx, input) => rescindInvitation(ctx, { invitationId: input.invitationId }),
});

// Read-only: what the role change would do, shown before Confirm.
export const previewRoleChangeAction = orgAction({
  schema: changeRoleSchema,
  run: (ctx, input) => previewRoleChange(ctx, { userId: input.userId, role: input.role }),
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
