import { createHash } from 'node:crypto';
import { and, asc, count, desc, eq, inArray, or } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { inviteMembersAction } from '@/app/(app)/orgs/[orgId]/members/actions';
import type { OrgRole } from '@/lib/permissions';
import { actAs } from '../support/session';
import { unique } from './index';

export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export const newEmail = (prefix = 'invitee') => `${unique(prefix)}@example.test`;

/** Signs in as `admin` and invites `emails` (one string, as typed in the dialog). */
export async function invite(admin: { id: string; email: string }, orgId: string, emails: string, role: OrgRole = 'org_user') {
  await actAs(admin);
  return inviteMembersAction({ orgId, emails, role });
}

/** Moves the invitation's expiry into the past (its status stays `pending`, as time alone leaves it). */
export async function expire(invitationId: string) {
  const db = await getDb();
  await db
    .update(schema.invitations)
    .set({ expiresAt: new Date(Date.now() - 1000) })
    .where(eq(schema.invitations.id, invitationId));
}

export async function invitationsFor(orgId: string, email?: string) {
  const db = await getDb();
  const i = schema.invitations;
  return db
    .select()
    .from(i)
    .where(and(eq(i.orgId, orgId), email ? eq(i.email, email.toLowerCase()) : undefined))
    .orderBy(asc(i.email), asc(i.createdAt));
}

export async function invitationRow(orgId: string, email: string) {
  const [row] = await invitationsFor(orgId, email);
  if (!row) throw new Error(`no invitation of ${email} in ${orgId}`);
  return row;
}

export async function invitationById(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(schema.invitations).where(eq(schema.invitations.id, id));
  return row;
}

export async function outboxFor(email: string) {
  const db = await getDb();
  const o = schema.emailOutbox;
  return db.select().from(o).where(eq(o.to, email.toLowerCase())).orderBy(desc(o.createdAt), desc(o.id));
}

/** The latest invitation email to `email`, and the raw token of its /invite/<token> link. */
export async function latestInvitationEmail(email: string) {
  const mail = (await outboxFor(email)).find((row) => row.template === 'invitation');
  if (!mail) throw new Error(`no invitation email to ${email}`);
  const match = /invite\/([A-Za-z0-9_-]+)/.exec(mail.text);
  if (!match) throw new Error(`no invitation link in the email to ${email}`);
  return { mail, token: match[1]! };
}

export async function latestInvitationToken(email: string): Promise<string> {
  return (await latestInvitationEmail(email)).token;
}

export async function notificationsOf(userId: string, kind?: string) {
  const db = await getDb();
  const n = schema.notifications;
  return db
    .select()
    .from(n)
    .where(and(eq(n.userId, userId), kind ? eq(n.kind, kind) : undefined))
    .orderBy(asc(n.createdAt));
}

export async function auditOf(orgId: string, action: string) {
  const db = await getDb();
  const a = schema.auditEvents;
  return db
    .select()
    .from(a)
    .where(and(eq(a.orgId, orgId), eq(a.action, action)))
    .orderBy(asc(a.createdAt));
}

export async function membershipsOf(orgId: string) {
  const db = await getDb();
  const m = schema.memberships;
  return db.select({ userId: m.userId, role: m.role }).from(m).where(eq(m.orgId, orgId)).orderBy(asc(m.userId));
}

export async function userRow(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(schema.users).where(eq(schema.users.id, id));
  return row!;
}

/**
 * Everything an org-scoped members action could touch, as plain data: memberships, invitations (token
 * hash, expiry and send time included), the outbox count for the given addresses, the notifications of
 * the given users or about the organization, and the organization's audit events.
 */
export async function snapshot(orgId: string, emails: string[], userIds: string[]) {
  const db = await getDb();
  const invitations = await invitationsFor(orgId);
  const addresses = [...new Set([...emails.map((e) => e.toLowerCase()), ...invitations.map((i) => i.email)])];
  const [outbox] = await db.select({ n: count() }).from(schema.emailOutbox).where(inArray(schema.emailOutbox.to, addresses));
  const n = schema.notifications;
  const notifications = await db
    .select({ id: n.id, userId: n.userId, kind: n.kind, invitationId: n.invitationId })
    .from(n)
    .where(or(eq(n.orgId, orgId), inArray(n.userId, userIds.length ? userIds : ['-'])))
    .orderBy(asc(n.id));
  const [audit] = await db.select({ n: count() }).from(schema.auditEvents).where(eq(schema.auditEvents.orgId, orgId));
  return { memberships: await membershipsOf(orgId), invitations, outbox: Number(outbox?.n), notifications, audit: Number(audit?.n) };
}
