import { z } from 'zod';
import { ORG_ROLES } from '@/lib/permissions';
import { orgScopedSchema } from './organization';

export const MAX_INVITES_PER_REQUEST = 1000;

/** Splits "a@x.com, b@y.com\nc@z.com" into lowercased, de-duplicated addresses, keeping bad ones apart. */
export function parseEmailList(raw: string): { valid: string[]; invalid: string[] } {
  const valid = new Set<string>();
  const invalid: string[] = [];
  for (const part of raw.split(/[\s,;]+/)) {
    const candidate = part.trim();
    if (!candidate) continue;
    const parsed = z.email().max(254).safeParse(candidate);
    if (parsed.success) valid.add(candidate.toLowerCase());
    else invalid.push(candidate);
  }
  return { valid: [...valid], invalid };
}

export const roleSchema = z.enum(ORG_ROLES, 'Choose a role.');

export const inviteMembersSchema = orgScopedSchema.extend({
  emails: z
    .string()
    .max(MAX_INVITES_PER_REQUEST * 256, 'That is too much text.')
    .superRefine((raw, ctx) => {
      const { valid, invalid } = parseEmailList(raw);
      if (valid.length === 0 && invalid.length === 0) ctx.addIssue({ code: 'custom', message: 'Enter at least one email address.' });
      else if (invalid.length > 0) {
        const shown = invalid.slice(0, 5).join(', ');
        ctx.addIssue({
          code: 'custom',
          message: `${invalid.length > 1 ? 'Not valid email addresses' : 'Not a valid email address'}: ${shown}${invalid.length > 5 ? ` and ${invalid.length - 5} more` : ''}.`,
        });
      } else if (valid.length > MAX_INVITES_PER_REQUEST) {
        ctx.addIssue({ code: 'custom', message: `Invite at most ${MAX_INVITES_PER_REQUEST} addresses at once.` });
      }
    }),
  role: roleSchema,
});
export type InviteMembersInput = z.input<typeof inviteMembersSchema>;

export const invitationIdSchema = orgScopedSchema.extend({ invitationId: z.uuid('Unknown invitation.') });

export const changeRoleSchema = orgScopedSchema.extend({ userId: z.string().min(1).max(100), role: roleSchema });
export const removeMemberSchema = orgScopedSchema.extend({ userId: z.string().min(1).max(100) });

/** Several members at once (the selection of one page of the members list). */
const userIdsSchema = z
  .array(z.string().min(1).max(100))
  .min(1, 'Select at least one member.')
  .max(100, 'Select at most 100 members at once.');
export const changeRolesSchema = orgScopedSchema.extend({ userIds: userIdsSchema, role: roleSchema });
export const removeMembersSchema = orgScopedSchema.extend({ userIds: userIdsSchema });

/** Answering an invitation from the notification bar (by id) or from the email link (by token). */
export const respondToInvitationSchema = z.union([z.object({ invitationId: z.uuid() }), z.object({ token: z.string().min(20).max(200) })]);
