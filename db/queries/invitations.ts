import 'server-only';
import { and, eq, gt, inArray, isNotNull, sql } from 'drizzle-orm';
import { schema, type Executor, type Tx } from '@/db';
import type { OrgRole } from '@/lib/permissions';
import { inviterNameOr, inviterRoleNow, type InvitationSenderRef } from './inviter-rights';
import type { PendingInvitationRow } from './members';

const inv = schema.invitations;

/** The addresses among `emails` that belong to members of the organization. */
export async function listMemberEmailsAmong(executor: Executor, orgId: string, emails: string[]): Promise<Set<string>> {
  const rows = await executor
    .select({ email: schema.users.email })
    .from(schema.memberships)
    .innerJoin(schema.users, eq(schema.users.id, schema.memberships.userId))
    .where(and(eq(schema.memberships.orgId, orgId), inArray(schema.users.email, emails)));
  return new Set(rows.map((row) => row.email));
}

/** The organization's pending invitations to any of `emails`: invitation id by address. */
export async function findPendingInvitationIds(executor: Executor, orgId: string, emails: string[]): Promise<Map<string, string>> {
  const rows = await executor
    .select({ id: inv.id, email: inv.email })
    .from(inv)
    .where(and(eq(inv.orgId, orgId), eq(inv.status, 'pending'), inArray(inv.email, emails)));
  return new Map(rows.map((row) => [row.email, row.id]));
}

/**
 * One pending invitation per address, not yet sendable (reissueInvitations gives each its token and
 * expiry). An address invited concurrently is left out by the one-pending-per-email index: the result
 * lists only the rows inserted.
 */
export async function insertPendingInvitations(
  tx: Tx,
  orgId: string,
  values: { emails: string[]; role: OrgRole; sender: InvitationSenderRef },
): Promise<Array<{ id: string; email: string }>> {
  return tx
    .insert(inv)
    .values(
      values.emails.map((email) => ({
        orgId,
        email,
        role: values.role,
        tokenHash: `pending:${crypto.randomUUID()}`,
        ...values.sender,
        expiresAt: new Date(),
      })),
    )
    .onConflictDoNothing({ target: [inv.orgId, inv.email], where: sql`status = 'pending'` })
    .returning({ id: inv.id, email: inv.email });
}

/** New token, expiry and email for each invitation, in one statement; each is pending again. */
export async function reissueInvitations(
  tx: Tx,
  orgId: string,
  expiresAt: Date,
  issued: ReadonlyArray<{ id: string; tokenHash: string; emailId: string }>,
): Promise<void> {
  if (issued.length === 0) return;
  const values = sql.join(
    issued.map((i) => sql`(${i.id}::uuid, ${i.tokenHash}, ${i.emailId}::uuid)`),
    sql`, `,
  );
  await tx.execute(sql`
    update ${inv} set token_hash = v.hash, expires_at = ${expiresAt.toISOString()}::timestamptz, last_sent_at = now(),
      last_email_id = v.email_id, status = 'pending'
    from (values ${values}) as v(id, hash, email_id) where ${inv.id} = v.id and ${inv.orgId} = ${orgId}`);
}

export type InvitationToChange = { id: string; email: string; role: OrgRole; status: string };

/** One invitation of the organization, locked for a change (resend, rescind); null when there is none. */
export async function lockInvitation(tx: Tx, orgId: string, invitationId: string): Promise<InvitationToChange | null> {
  const [row] = await tx
    .select({ id: inv.id, email: inv.email, role: inv.role, status: inv.status })
    .from(inv)
    .where(and(eq(inv.id, invitationId), eq(inv.orgId, orgId)))
    .for('update');
  return row ?? null;
}

export async function setInvitationSender(tx: Tx, orgId: string, invitationId: string, sender: InvitationSenderRef): Promise<void> {
  await tx
    .update(inv)
    .set(sender)
    .where(and(eq(inv.id, invitationId), eq(inv.orgId, orgId)));
}

/** Changes the role a pending invitation offers (SCIM group mappings changed before it was answered). */
export async function setPendingInvitationRole(tx: Tx, orgId: string, invitationId: string, role: OrgRole): Promise<void> {
  await tx
    .update(inv)
    .set({ role })
    .where(and(eq(inv.id, invitationId), eq(inv.orgId, orgId), eq(inv.status, 'pending')));
}

export async function revokeInvitation(tx: Tx, orgId: string, invitationId: string, userId: string | null): Promise<void> {
  await tx
    .update(inv)
    .set({ status: 'revoked', respondedAt: new Date(), respondedBy: userId })
    .where(and(eq(inv.id, invitationId), eq(inv.orgId, orgId)));
}

export type PendingInvitationTo = { id: string; orgId: string; email: string; role: OrgRole; orgName: string; inviterName: string | null };

/** The unexpired pending invitations to an address, in every organization, with the names their notification shows. */
export async function listPendingInvitationsTo(executor: Executor, email: string): Promise<PendingInvitationTo[]> {
  return executor
    .select({
      id: inv.id,
      orgId: inv.orgId,
      email: inv.email,
      role: inv.role,
      orgName: schema.organizations.name,
      inviterName: inviterNameOr(schema.users.name),
    })
    .from(inv)
    .innerJoin(schema.organizations, eq(schema.organizations.id, inv.orgId))
    .leftJoin(schema.users, eq(schema.users.id, inv.invitedBy))
    .where(and(eq(inv.email, email.toLowerCase()), eq(inv.status, 'pending'), gt(inv.expiresAt, new Date())));
}

/** The accounts whose *verified* address is one of `emails`: user id by address (addresses are unique). */
export async function findVerifiedUserIds(executor: Executor, emails: string[]): Promise<Map<string, string>> {
  const rows = await executor
    .select({ id: schema.users.id, email: schema.users.email })
    .from(schema.users)
    .where(and(inArray(schema.users.email, emails), isNotNull(schema.users.emailVerified)));
  return new Map(rows.map((user) => [user.email, user.id]));
}

/**
 * One pending invitation as the Pending tab shows it (sender's name, last email's delivery, the sender's
 * role now); null when the organization has no pending invitation of that id.
 */
export async function findPendingInvitation(executor: Executor, orgId: string, invitationId: string): Promise<PendingInvitationRow | null> {
  const [row] = await executor
    .select({
      id: inv.id,
      email: inv.email,
      role: inv.role,
      invitedBy: inviterNameOr(schema.users.name),
      sentAt: inv.lastSentAt,
      expiresAt: inv.expiresAt,
      delivery: schema.emailOutbox.status,
      deliveryError: schema.emailOutbox.lastError,
      inviterRole: inviterRoleNow,
    })
    .from(inv)
    .leftJoin(schema.users, eq(schema.users.id, inv.invitedBy))
    .leftJoin(schema.emailOutbox, eq(schema.emailOutbox.id, inv.lastEmailId))
    .where(and(eq(inv.id, invitationId), eq(inv.orgId, orgId), eq(inv.status, 'pending')));
  if (!row) return null;
  return {
    ...row,
    expired: row.expiresAt.getTime() <= Date.now(),
    delivery: (row.delivery ?? 'unknown') as PendingInvitationRow['delivery'],
  };
}
