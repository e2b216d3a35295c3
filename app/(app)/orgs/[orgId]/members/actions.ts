'use server';

import { orgAction } from '@/lib/actions/wrapper';
import {
  changeRoleSchema,
  changeRolesSchema,
  invitationIdSchema,
  inviteMembersSchema,
  removeMemberSchema,
  removeMembersSchema,
} from '@/lib/validations/members';
import { inviteMembers } from '@/domain/invitations/invite-members';
import { rescindInvitation } from '@/domain/invitations/rescind-invitation';
import { resendInvitation } from '@/domain/invitations/resend-invitation';
import { changeMemberRole } from '@/domain/members/change-member-role';
import { previewRoleChange } from '@/domain/members/preview-role-change';
import { removeMember } from '@/domain/members/remove-member';
import { changeMemberRoles } from '@/domain/members/change-member-roles';
import { previewRoleChanges } from '@/domain/members/preview-role-changes';
import { removeMembers } from '@/domain/members/remove-members';

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

// Read-only: what giving the selected members one role would do, shown before Confirm.
export const previewRoleChangesAction = orgAction({
  schema: changeRolesSchema,
  run: (ctx, input) => previewRoleChanges(ctx, { userIds: input.userIds, role: input.role }),
});

export const changeMemberRolesAction = orgAction({
  schema: changeRolesSchema,
  serialize: true,
  run: (ctx, input) => changeMemberRoles(ctx, { userIds: input.userIds, role: input.role }),
});

export const removeMembersAction = orgAction({
  schema: removeMembersSchema,
  serialize: true,
  run: (ctx, input) => removeMembers(ctx, { userIds: input.userIds }),
});
