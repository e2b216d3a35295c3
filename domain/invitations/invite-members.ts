import 'server-only';
import { findPendingInvitationIds, insertPendingInvitations, listMemberEmailsAmong } from '@/db/queries/invitations';
import { ActionError, fieldError } from '@/domain/errors';
import { canAssignRole, type OrgRole } from '@/lib/permissions';
import { parseEmailList } from '@/lib/validations/members';
import { requireSeats } from '../billing/seats';
import { authorize } from '../authorize';
import type { OrgCommandContext } from '../context';
import { refuseOversizedBatch, spendInvitationAllowance } from './invitation-allowance';
import { issueInvitations } from './issue-invitations';
import { notifyInvitees } from './notify-invitees';
import { invitationSender, requireVerifiedSender } from './sender';
import { senderRefOf } from '@/domain/actors';

export type InviteOutcome = { invited: string[]; skipped: Array<{ email: string; reason: string; invitationId?: string }> };

function nothingToSend(outcome: InviteOutcome): ActionError {
  const message = outcome.skipped.map((s) => `${s.email} ${s.reason}`).join('; ') + '.';
  return new ActionError('CONFLICT', message, { emails: [message] });
}

/**
 * Invites many addresses at once (one transaction). Members and addresses with a pending invitation are
 * reported per address rather than failing the batch; the one-pending-per-email index settles races.
 * A batch beyond the plan's seats left is refused whole, naming the limit (domain/billing/seats.ts).
 */
export async function inviteMembers(ctx: OrgCommandContext, input: { emails: string; role: OrgRole }): Promise<InviteOutcome> {
  authorize(ctx, 'members.manage');
  requireVerifiedSender(ctx);
  if (!canAssignRole(ctx.role, input.role)) throw fieldError('role', 'You cannot give a role above your own.');
  const { valid } = parseEmailList(input.emails);

  const memberEmails = await listMemberEmailsAmong(ctx.tx, ctx.orgId, valid);
  const pendingByEmail = await findPendingInvitationIds(ctx.tx, ctx.orgId, valid);
  const outcome: InviteOutcome = { invited: [], skipped: [] };
  const fresh: string[] = [];
  for (const email of valid) {
    if (memberEmails.has(email)) outcome.skipped.push({ email, reason: 'is already a member' });
    else if (pendingByEmail.has(email))
      outcome.skipped.push({ email, reason: 'already has a pending invitation', invitationId: pendingByEmail.get(email) });
    else fresh.push(email);
  }
  if (fresh.length === 0) throw nothingToSend(outcome);
  refuseOversizedBatch(ctx, fresh.length, 'emails');
  // Under the seat lock: a concurrent invitation for the last seat waits here, then is refused.
  await requireSeats(ctx, fresh.length, 'emails');

  const inserted = await insertPendingInvitations(ctx.tx, ctx.orgId, { emails: fresh, role: input.role, sender: senderRefOf(ctx.actor) });
  // Only the addresses actually invited count; lost races are reported below.
  if (inserted.length > 0) await spendInvitationAllowance(ctx, inserted.length, 'emails');
  const sender = await invitationSender(ctx);
  await issueInvitations(ctx, inserted, input.role, sender);
  await notifyInvitees(
    ctx.tx,
    inserted.map((row) => ({ ...row, orgId: ctx.orgId, role: input.role, ...sender })),
  );
  for (const row of inserted) {
    ctx.audit({
      action: 'invitation.created',
      targetType: 'invitation',
      targetId: row.email,
      data: { role: input.role, invitationId: row.id },
    });
    outcome.invited.push(row.email);
  }
  // Lost a race against a concurrent invite of the same address: it is pending now, reported as above.
  const won = new Set(inserted.map((r) => r.email));
  for (const email of fresh) if (!won.has(email)) outcome.skipped.push({ email, reason: 'already has a pending invitation' });
  if (outcome.invited.length === 0) throw nothingToSend(outcome);
  return outcome;
}
