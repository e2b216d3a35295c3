import 'server-only';
import { createElement } from 'react';
import { and, eq, gt, inArray, isNotNull, sql } from 'drizzle-orm';
import { schema, type Tx } from '@/db';
import { ActionError, fieldError } from '@/lib/actions/result';
import type { OrgContext } from '@/lib/actions/wrapper';
import { consumeLimit, limitPoints, retryAfterText } from '@/lib/limits';
import { canAssignRole, ORG_ROLE_LABELS, type OrgRole } from '@/lib/permissions';
import { newToken } from '@/lib/tokens';
import { appUrl } from '@/lib/env';
import { render } from '@react-email/render';
import { deliverEmail } from '@/lib/email/outbox';
import { parseEmailList } from '@/lib/validations/members';
import InvitationEmail, { invitationSubject } from '@/emails/invitation';

export const INVITATION_DAYS = 7;
export const VERIFY_TO_INVITE = 'Verify your email address to invite members.';

const inv = schema.invitations;

type SendContext = Pick<OrgContext, 'tx' | 'afterCommit' | 'orgId'> & { inviterName: string; orgName: string };

async function orgName(tx: Tx, orgId: string): Promise<string> {
  const [org] = await tx.select({ name: schema.organizations.name }).from(schema.organizations).where(eq(schema.organizations.id, orgId));
  return org!.name;
}

/**
 * Stands for the token while the invitation email is rendered: as long as a real one (32 bytes in base64url)
 * so the plain-text version wraps exactly as it would around the token.
 */
const TOKEN_PLACEHOLDER = 'RosterInvitationTokenPlaceholder00000000000';

/**
 * Sends (or re-sends) invitations: for each a fresh token and expiry and its email in the outbox, delivery
 * after commit. The email differs between addresses only by the link, so it is rendered once and the
 * token put in per address; the emails are written a few hundred a statement and the invitations updated
 * in one, so inviting 1,000 addresses costs a handful of round trips, not thousands.
 */
async function issueInvitationEmails(ctx: SendContext, invitations: ReadonlyArray<{ id: string; email: string }>, role: OrgRole) {
  if (invitations.length === 0) return;
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 86_400_000);
  const element = createElement(InvitationEmail, {
    orgName: ctx.orgName,
    inviterName: ctx.inviterName,
    roleLabel: ORG_ROLE_LABELS[role],
    url: `${appUrl()}/invite/${TOKEN_PLACEHOLDER}`,
    expiresAt,
  });
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  const subject = invitationSubject({ orgName: ctx.orgName, inviterName: ctx.inviterName });
  const issued = invitations.map((invitation) => ({ ...invitation, ...newToken() }));
  const emailIdByAddress = new Map<string, string>();
  for (let start = 0; start < issued.length; start += 250) {
    const rows = await ctx.tx
      .insert(schema.emailOutbox)
      .values(
        issued.slice(start, start + 250).map((i) => ({
          to: i.email,
          subject,
          template: 'invitation',
          html: html.replaceAll(TOKEN_PLACEHOLDER, i.token),
          text: text.replaceAll(TOKEN_PLACEHOLDER, i.token),
        })),
      )
      .returning({ id: schema.emailOutbox.id, to: schema.emailOutbox.to });
    for (const row of rows) emailIdByAddress.set(row.to, row.id);
  }
  const values = sql.join(
    issued.map((i) => sql`(${i.id}::uuid, ${i.hash}, ${emailIdByAddress.get(i.email)!}::uuid)`),
    sql`, `,
  );
  await ctx.tx.execute(sql`
    update ${inv} set token_hash = v.hash, expires_at = ${expiresAt.toISOString()}::timestamptz, last_sent_at = now(),
      last_email_id = v.email_id, status = 'pending'
    from (values ${values}) as v(id, hash, email_id) where ${inv.id} = v.id`);
  for (const id of emailIdByAddress.values()) ctx.afterCommit(() => deliverEmail(id));
}

type InviteeNotice = { id: string; orgId: string; email: string; role: string; orgName: string; inviterName: string };

/**
 * In-app notifications for invitations, only to accounts whose *verified* email is the invited one: one
 * read and, when someone is to be told, one delete (a resent invitation replaces its notification) and
 * one insert, however many invitations.
 */
async function notifyInvitees(tx: Tx, invitations: ReadonlyArray<InviteeNotice>) {
  if (invitations.length === 0) return;
  const verified = await tx
    .select({ id: schema.users.id, email: schema.users.email })
    .from(schema.users)
    .where(and(inArray(schema.users.email, [...new Set(invitations.map((i) => i.email))]), isNotNull(schema.users.emailVerified)));
  const userIdByEmail = new Map(verified.map((user) => [user.email, user.id])); // emails are unique
  const notices = invitations.flatMap((invitation) => {
    const userId = userIdByEmail.get(invitation.email);
    return userId ? [{ userId, invitation }] : [];
  });
  if (notices.length === 0) return;
  await tx.delete(schema.notifications).where(
    inArray(
      schema.notifications.invitationId,
      notices.map((n) => n.invitation.id),
    ),
  );
  await tx.insert(schema.notifications).values(
    notices.map(({ userId, invitation }) => ({
      userId,
      orgId: invitation.orgId,
      kind: 'invitation',
      invitationId: invitation.id,
      payload: { orgName: invitation.orgName, inviterName: invitation.inviterName, role: invitation.role },
    })),
  );
}

/** Points used of a limit's key, as rate-limiter-flexible stores them (lib/limits prefixes keys with the limit's name). */
async function pointsUsed(tx: Tx, name: string, key: string): Promise<number> {
  const [row] = await tx
    .select({ points: schema.rateLimits.points })
    .from(schema.rateLimits)
    .where(eq(schema.rateLimits.key, `${name}:${key}`));
  return row?.points ?? 0;
}

const INVITATION_LIMITS = [
  {
    name: 'invitationsPerInviter',
    key: (ctx: OrgContext) => ctx.user.id,
    who: 'You',
    has: 'You have',
    scope: ' across your organizations',
  },
  {
    name: 'invitationsPerOrganization',
    key: (ctx: OrgContext) => ctx.orgId,
    who: 'This organization',
    has: 'This organization has',
    scope: '',
  },
] as const;

const refusal = (message: string, field?: string) => new ActionError('RATE_LIMITED', message, field ? { [field]: [message] } : undefined);

/** A batch larger than a whole allowance is refused before anything is written (a flood costs no inserts). */
function refuseOversizedBatch(sends: number, field: string): void {
  for (const limit of INVITATION_LIMITS) {
    const allowed = limitPoints(limit.name);
    if (sends > allowed)
      throw refusal(`${limit.who} can send at most ${allowed} invitations an hour${limit.scope}; this would send ${sends}.`, field);
  }
}

/**
 * Counts `sends` invitation emails against the sender (across every organization) and the organization,
 * in the action's transaction: each count's row stays locked until commit, so concurrent senders wait
 * their turn and read the count the last one left; a refused or failed send gives its points back.
 * The refusal says how many are left, beside the emails field when there is one.
 */
async function spendInvitationAllowance(ctx: OrgContext, sends: number, field?: string): Promise<void> {
  for (const limit of INVITATION_LIMITS) {
    const key = limit.key(ctx);
    const check = await consumeLimit(limit.name, key, sends, ctx.tx);
    if (check.ok) continue;
    const allowed = limitPoints(limit.name);
    // The refused points are in the count until the rollback: what was left is the rest.
    const left = Math.max(0, allowed - ((await pointsUsed(ctx.tx, limit.name, key)) - sends));
    throw refusal(
      left === 0
        ? `${limit.has} sent ${allowed} invitations this hour${limit.scope}. Try again ${retryAfterText(check.retryAfterS)}.`
        : `${limit.who} can send ${left} more invitation${left === 1 ? '' : 's'} this hour${limit.scope}; this would send ${sends}.`,
      field,
    );
  }
}

function nothingToSend(outcome: InviteOutcome): ActionError {
  const message = outcome.skipped.map((s) => `${s.email} ${s.reason}`).join('; ') + '.';
  return new ActionError('CONFLICT', message, { emails: [message] });
}

export type InviteOutcome = { invited: string[]; skipped: Array<{ email: string; reason: string; invitationId?: string }> };

/**
 * Invites many addresses at once (one transaction). Members and addresses with a pending invitation are
 * reported per address rather than failing the batch; the one-pending-per-email index settles races.
 */
export async function inviteMembers(ctx: OrgContext, input: { emails: string; role: OrgRole }): Promise<InviteOutcome> {
  const { tx, orgId, user, role: actorRole } = ctx;
  if (!user.emailVerified) throw new ActionError('FORBIDDEN', VERIFY_TO_INVITE);
  if (!canAssignRole(actorRole, input.role)) throw fieldError('role', 'You cannot give a role above your own.');
  const { valid } = parseEmailList(input.emails);

  const members = await tx
    .select({ email: schema.users.email })
    .from(schema.memberships)
    .innerJoin(schema.users, eq(schema.users.id, schema.memberships.userId))
    .where(and(eq(schema.memberships.orgId, orgId), inArray(schema.users.email, valid)));
  const memberEmails = new Set(members.map((m) => m.email));
  const pending = await tx
    .select({ id: inv.id, email: inv.email })
    .from(inv)
    .where(and(eq(inv.orgId, orgId), eq(inv.status, 'pending'), inArray(inv.email, valid)));
  const pendingByEmail = new Map(pending.map((p) => [p.email, p.id]));

  const outcome: InviteOutcome = { invited: [], skipped: [] };
  const fresh: string[] = [];
  for (const email of valid) {
    if (memberEmails.has(email)) outcome.skipped.push({ email, reason: 'is already a member' });
    else if (pendingByEmail.has(email))
      outcome.skipped.push({ email, reason: 'already has a pending invitation', invitationId: pendingByEmail.get(email) });
    else fresh.push(email);
  }
  if (fresh.length === 0) throw nothingToSend(outcome);
  refuseOversizedBatch(fresh.length, 'emails');

  const inserted = await tx
    .insert(inv)
    .values(
      fresh.map((email) => ({
        orgId,
        email,
        role: input.role,
        tokenHash: `pending:${crypto.randomUUID()}`,
        invitedBy: user.id,
        expiresAt: new Date(),
      })),
    )
    .onConflictDoNothing({ target: [inv.orgId, inv.email], where: sql`status = 'pending'` })
    .returning({ id: inv.id, email: inv.email });
  // Only the addresses actually invited count; lost races are reported below.
  if (inserted.length > 0) await spendInvitationAllowance(ctx, inserted.length, 'emails');
  const send: SendContext = {
    tx,
    afterCommit: ctx.afterCommit,
    orgId,
    inviterName: user.name ?? user.email,
    orgName: await orgName(tx, orgId),
  };
  await issueInvitationEmails(send, inserted, input.role);
  await notifyInvitees(
    tx,
    inserted.map((row) => ({ ...row, orgId, role: input.role, orgName: send.orgName, inviterName: send.inviterName })),
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

async function lockPendingInvitation(tx: Tx, orgId: string, invitationId: string) {
  const [row] = await tx
    .select({ id: inv.id, email: inv.email, role: inv.role, status: inv.status })
    .from(inv)
    .where(and(eq(inv.id, invitationId), eq(inv.orgId, orgId)))
    .for('update');
  if (!row) throw new ActionError('NOT_FOUND', 'That invitation does not exist.');
  if (row.status !== 'pending') throw new ActionError('CONFLICT', `That invitation was already ${row.status}.`);
  return row;
}

/**
 * New token and expiry (the old link stops working), a new email, and the notification again. The
 * invitation is now the resender's: it grants its role on their rights, so one whose sender was removed
 * or demoted becomes valid again.
 */
export async function resendInvitation(ctx: OrgContext, invitationId: string): Promise<{ email: string }> {
  if (!ctx.user.emailVerified) throw new ActionError('FORBIDDEN', VERIFY_TO_INVITE);
  const row = await lockPendingInvitation(ctx.tx, ctx.orgId, invitationId);
  if (!canAssignRole(ctx.role, row.role as OrgRole)) throw new ActionError('FORBIDDEN', 'You cannot give a role above your own.');
  await spendInvitationAllowance(ctx, 1);
  const send: SendContext = {
    tx: ctx.tx,
    afterCommit: ctx.afterCommit,
    orgId: ctx.orgId,
    inviterName: ctx.user.name ?? ctx.user.email,
    orgName: await orgName(ctx.tx, ctx.orgId),
  };
  await issueInvitationEmails(send, [{ id: row.id, email: row.email }], row.role as OrgRole);
  await ctx.tx.update(inv).set({ invitedBy: ctx.user.id }).where(eq(inv.id, row.id));
  await notifyInvitees(ctx.tx, [
    { id: row.id, orgId: ctx.orgId, email: row.email, role: row.role, orgName: send.orgName, inviterName: send.inviterName },
  ]);
  ctx.audit({ action: 'invitation.resent', targetType: 'invitation', targetId: row.email, data: { invitationId: row.id } });
  return { email: row.email };
}

/** Rescind: the link stops working and the invitee's notification disappears. */
export async function rescindInvitation(ctx: OrgContext, invitationId: string): Promise<{ email: string }> {
  const row = await lockPendingInvitation(ctx.tx, ctx.orgId, invitationId);
  await ctx.tx.update(inv).set({ status: 'revoked', respondedAt: new Date(), respondedBy: ctx.user.id }).where(eq(inv.id, row.id));
  await ctx.tx.delete(schema.notifications).where(eq(schema.notifications.invitationId, row.id));
  ctx.audit({
    action: 'invitation.revoked',
    targetType: 'invitation',
    targetId: row.email,
    data: { role: row.role, invitationId: row.id },
  });
  return { email: row.email };
}

/** When an address becomes verified, its pending invitations reach the notification bar too. */
export async function notifyPendingInvitationsFor(tx: Tx, email: string): Promise<void> {
  const rows = await tx
    .select({
      id: inv.id,
      orgId: inv.orgId,
      email: inv.email,
      role: inv.role,
      orgName: schema.organizations.name,
      inviterName: schema.users.name,
    })
    .from(inv)
    .innerJoin(schema.organizations, eq(schema.organizations.id, inv.orgId))
    .leftJoin(schema.users, eq(schema.users.id, inv.invitedBy))
    .where(and(eq(inv.email, email.toLowerCase()), eq(inv.status, 'pending'), gt(inv.expiresAt, new Date())));
  await notifyInvitees(
    tx,
    rows.map((row) => ({ ...row, inviterName: row.inviterName ?? 'An Admin' })),
  );
}
