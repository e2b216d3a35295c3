import 'server-only';
import { z } from 'zod';
import { findPendingInvitation, findPendingInvitationIds } from '@/db/queries/invitations';
import { listPendingInvitations, type PendingInvitationRow } from '@/db/queries/members';
import { inviteMembers, type InviteOutcome } from '@/domain/invitations/invite-members';
import { rescindInvitation } from '@/domain/invitations/rescind-invitation';
import { resendInvitation } from '@/domain/invitations/resend-invitation';
import { ActionError, NOT_FOUND_MESSAGE } from '@/domain/errors';
import { defineOperation } from '@/lib/api/operation';
import { needsResend } from '@/lib/permissions';
import { MAX_INVITES_PER_REQUEST, parseEmailList, roleSchema } from '@/lib/validations/members';
import { orgParams, pageOf, pageQuery, pageReply, roleField, timestamp } from './common';

const DELIVERY = ['queued', 'sent', 'failed', 'unknown'] as const;

const invitationSchema = z
  .object({
    id: z.uuid(),
    email: z.email(),
    role: roleField,
    invited_by: z.string().nullable().meta({ description: "The sender's name (null: none, or their account is gone)." }),
    sent_at: timestamp,
    expires_at: timestamp,
    expired: z.boolean().meta({ description: 'Past its expiry: it can no longer be accepted until resent.' }),
    delivery: z.enum(DELIVERY).meta({ description: "The last invitation email's delivery (unknown: no email on record)." }),
    delivery_error: z.string().nullable().meta({ description: 'Why the last delivery failed, when it did.' }),
    needs_resend: z
      .boolean()
      .meta({ description: 'Its sender can no longer grant its role (removed, demoted): resend it to make it valid.' }),
  })
  .meta({ id: 'Invitation', description: 'A pending invitation to join the organization.' });

const toInvitation = (i: PendingInvitationRow) => ({
  id: i.id,
  email: i.email,
  role: i.role,
  invited_by: i.invitedBy,
  sent_at: i.sentAt.toISOString(),
  expires_at: i.expiresAt.toISOString(),
  expired: i.expired,
  delivery: i.delivery,
  delivery_error: i.deliveryError,
  needs_resend: needsResend(i),
});

const invitationParams = orgParams.extend({ invitationId: z.uuid().meta({ description: 'The invitation ID.' }) });

/** One address per item, checked as the browser's dialog checks each address it splits out. */
const emailItem = z
  .string()
  .max(1000, 'That is too much text.')
  .superRefine((raw, ctx) => {
    const { valid, invalid } = parseEmailList(raw);
    if (invalid.length > 0) ctx.addIssue({ code: 'custom', message: `Not a valid email address: ${raw.trim()}.` });
    else if (valid.length === 0) ctx.addIssue({ code: 'custom', message: 'Enter an email address.' });
    else if (valid.length > 1) ctx.addIssue({ code: 'custom', message: 'Give one email address per item.' });
  });

const inviteBody = z
  .object({
    emails: z
      .array(emailItem)
      .min(1, 'Enter at least one email address.')
      .max(MAX_INVITES_PER_REQUEST, `Invite at most ${MAX_INVITES_PER_REQUEST} addresses at once.`)
      .meta({ description: 'The addresses to invite; compared lowercased, duplicates collapsed.' }),
    role: roleSchema.meta({ description: 'The role they get on accepting; never above your own.' }),
  })
  .meta({ id: 'InviteMembers' });

const RESULTS = ['invited', 'already_member', 'already_invited'] as const;
type Result = (typeof RESULTS)[number];

// The command reports a skipped address by these reasons (domain/invitations/invite-members.ts).
const SKIP_RESULTS: Record<string, Result> = {
  'is already a member': 'already_member',
  'already has a pending invitation': 'already_invited',
};

const inviteResultSchema = z
  .object({
    results: z.array(
      z
        .object({
          email: z.email().meta({ description: 'The address, lowercased.' }),
          result: z.enum(RESULTS).meta({
            description:
              'invited: invited now and emailed; already_member: a member already; already_invited: it has a pending invitation (resend it to send it again).',
          }),
          invitation_id: z.uuid().nullable().meta({ description: 'Its pending invitation, if it has one.' }),
        })
        .meta({ id: 'InviteResult' }),
    ),
  })
  .meta({ id: 'InviteMembersResult', description: 'What happened to each distinct address, in the order given.' });

function resultOf(email: string, outcome: InviteOutcome): Result {
  if (outcome.invited.includes(email)) return 'invited';
  const reason = outcome.skipped.find((s) => s.email === email)?.reason;
  const result = reason === undefined ? undefined : SKIP_RESULTS[reason];
  // Rolls the invitation back (500) rather than answer something untrue if the command's reasons change.
  if (!result) throw new Error(`invite outcome has no known result for ${email}: ${reason}`);
  return result;
}

export const listInvitationsRoute = defineOperation({
  kind: 'read',
  method: 'get',
  path: '/orgs/{orgId}/invitations',
  operationId: 'listInvitations',
  summary: 'List pending invitations',
  description: 'Pending invitations, newest first, 50 a page (expired ones included, flagged); searched by email.',
  tag: 'Invitations',
  scope: 'members.view',
  params: orgParams,
  query: pageQuery.pick({ cursor: true }).extend({
    q: z.string().max(100).optional().meta({ description: 'Part of an email address.' }),
  }),
  success: { status: 200, description: 'A page of pending invitations.', schema: pageOf(invitationSchema, 'InvitationPage') },
  errors: [400],
  handle: async ({ db, params, query, url }) => {
    const page = await listPendingInvitations(db, params.orgId, { q: query.q, after: query.cursor });
    return pageReply(page, url, toInvitation);
  },
});

export const inviteMembersRoute = defineOperation({
  kind: 'write',
  method: 'post',
  path: '/orgs/{orgId}/invitations',
  operationId: 'inviteMembers',
  summary: 'Invite members',
  description:
    'Invites each address and emails it, reporting per address those that are members or already invited. Refused whole (409) when none can be invited or the plan has too few seats left, and (429) beyond the hourly invitation allowance of you or the organization. Needs a verified email address.',
  tag: 'Invitations',
  params: orgParams,
  body: inviteBody,
  success: { status: 200, description: 'What happened to each address.', schema: inviteResultSchema },
  // 400: a malformed Idempotency-Key or JSON; 413: a body beyond the size read.
  errors: [400, 409, 413],
  idempotent: true,
  handle: async ({ ctx, body }) => {
    const outcome = await inviteMembers(ctx, { emails: body.emails.join('\n'), role: body.role });
    // The command collapses duplicates and lowercases the same way: one result per distinct address.
    const { valid: addresses } = parseEmailList(body.emails.join('\n'));
    const pending = await findPendingInvitationIds(ctx.tx, ctx.orgId, addresses);
    const results = addresses.map((email) => ({ email, result: resultOf(email, outcome), invitation_id: pending.get(email) ?? null }));
    return { body: { results } };
  },
});

export const resendInvitationRoute = defineOperation({
  kind: 'write',
  idempotent: true,
  method: 'post',
  path: '/orgs/{orgId}/invitations/{invitationId}/resend',
  operationId: 'resendInvitation',
  summary: 'Resend an invitation',
  description:
    'A new link and expiry (the previous link stops working) and a new email; the invitation is now yours. Counts against the hourly invitation allowance (429).',
  tag: 'Invitations',
  params: invitationParams,
  success: { status: 200, description: 'The invitation as resent.', schema: invitationSchema },
  errors: [409],
  handle: async ({ ctx, params }) => {
    await resendInvitation(ctx, { invitationId: params.invitationId });
    const invitation = await findPendingInvitation(ctx.tx, ctx.orgId, params.invitationId);
    if (!invitation) throw new ActionError('NOT_FOUND', NOT_FOUND_MESSAGE);
    return { body: toInvitation(invitation) };
  },
});

export const rescindInvitationRoute = defineOperation({
  kind: 'write',
  method: 'delete',
  path: '/orgs/{orgId}/invitations/{invitationId}',
  operationId: 'rescindInvitation',
  summary: 'Rescind an invitation',
  description: 'The link in its email stops working and the invitee’s notification disappears.',
  tag: 'Invitations',
  params: invitationParams,
  success: { status: 204, description: 'Rescinded.' },
  errors: [409],
  handle: async ({ ctx, params }) => {
    await rescindInvitation(ctx, { invitationId: params.invitationId });
    return {};
  },
});
