import 'server-only';
import { reissueInvitations } from '@/db/queries/invitations';
import { invitationEmailFor } from '@/lib/email/invitation-email';
import { deliverEmail, queueRenderedEmails } from '@/lib/email/outbox';
import { ORG_ROLE_LABELS, type OrgRole } from '@/lib/permissions';
import { newToken } from '@/lib/tokens';
import type { OrgCommandContext } from '../context';

const INVITATION_DAYS = 7;

/** Who the email says the invitation is from, and to what. */
export type InvitationSender = { orgName: string; inviterName: string };

/**
 * Sends (or re-sends) invitations: for each a fresh token and expiry (an earlier link stops working) and
 * its email in the outbox, delivered after commit. The emails are rendered once for the batch and
 * written a few hundred a statement, and the invitations updated in one, so inviting 1,000 addresses
 * costs a handful of round trips, not thousands.
 */
export async function issueInvitations(
  ctx: Pick<OrgCommandContext, 'tx' | 'orgId' | 'afterCommit'>,
  invitations: ReadonlyArray<{ id: string; email: string }>,
  role: OrgRole,
  sender: InvitationSender,
): Promise<void> {
  if (invitations.length === 0) return;
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 86_400_000);
  const emailFor = await invitationEmailFor({ ...sender, roleLabel: ORG_ROLE_LABELS[role], expiresAt });
  const issued = invitations.map((invitation) => ({ ...invitation, ...newToken() }));
  const queued = await queueRenderedEmails(ctx.tx, issued.map(emailFor));
  const emailIdByAddress = new Map(queued.map((row) => [row.to, row.id]));
  await reissueInvitations(
    ctx.tx,
    ctx.orgId,
    expiresAt,
    issued.map((i) => ({ id: i.id, tokenHash: i.hash, emailId: emailIdByAddress.get(i.email)! })),
  );
  for (const id of emailIdByAddress.values()) ctx.afterCommit(() => deliverEmail(id));
}
