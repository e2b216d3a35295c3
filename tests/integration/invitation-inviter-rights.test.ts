import { describe, expect, it } from 'vitest';
import type { ReactElement } from 'react';
import { eq } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { changeMemberRoleAction, removeMemberAction, resendInvitationAction } from '@/app/(app)/orgs/[orgId]/members/actions';
import { acceptInvitationAction, declineInvitationAction, latestNotificationsAction } from '@/app/(app)/notifications/actions';
import { signUpAction } from '@/app/(auth)/actions';
import InvitePage from '@/app/(auth)/invite/[token]/page';
import { VoidInvitation } from '@/app/(auth)/invite/[token]/void-invitation';
import { findInvitationByToken } from '@/db/queries/invitation-responses';
import { inviterRoleNow } from '@/db/queries/inviter-rights';
import { needsResend } from '@/lib/permissions';
import { actAs } from '../support/session';
import { addMember, createOrg, createUser, roleOf } from '../factories';
import { auditOf, invitationRow, invite, latestInvitationToken, newEmail } from '../factories/invitations';

const voidMessage = (orgName: string) =>
  `This invitation is no longer valid: the person who sent it can no longer grant this role. Ask an Admin of ${orgName} to send it again.`;

/** An organization with two Admins; the second invites `invitee` as Admin. */
async function adminInvitation(invitee: { email: string }) {
  const first = await createUser({ name: 'First Admin' });
  const { id: orgId } = await createOrg(first, { name: 'Rights Org' });
  const second = await addMember(orgId, 'admin');
  expect(await invite(second, orgId, invitee.email, 'admin')).toMatchObject({ ok: true });
  const row = await invitationRow(orgId, invitee.email);
  return { first, second, orgId, row, token: await latestInvitationToken(invitee.email) };
}

/** Whether the Pending invitations list would flag the row (the column it reads, the rule it applies). */
async function flaggedForResend(invitationId: string): Promise<boolean> {
  const db = await getDb();
  const i = schema.invitations;
  const [row] = await db.select({ role: i.role, inviterRole: inviterRoleNow }).from(i).where(eq(i.id, invitationId));
  return needsResend(row!);
}

async function renderInvitePage(token: string): Promise<ReactElement> {
  const props = { params: Promise.resolve({ token }), searchParams: Promise.resolve({}) };
  return (await InvitePage(props)) as ReactElement;
}

describe('an invitation follows its sender’s rights', () => {
  it("a removed Admin's invitation cannot make a new Admin: refused by link, by the bar, and from its page", async () => {
    const invitee = await createUser();
    const { first, second, orgId, row, token } = await adminInvitation(invitee);
    await actAs(first);
    expect(await removeMemberAction({ orgId, userId: second.id })).toMatchObject({ ok: true });
    expect(await flaggedForResend(row.id)).toBe(true);

    await actAs(invitee);
    expect(await acceptInvitationAction({ token })).toEqual({ ok: false, code: 'CONFLICT', message: voidMessage('Rights Org') });
    expect(await acceptInvitationAction({ invitationId: row.id })).toEqual({
      ok: false,
      code: 'CONFLICT',
      message: voidMessage('Rights Org'),
    });
    expect(await roleOf(orgId, invitee.id)).toBeNull();
    expect((await invitationRow(orgId, invitee.email)).status).toBe('pending');
    expect(await findInvitationByToken(await getDb(), token)).toMatchObject({ state: 'pending', inviterMayGrant: false });
    const page = await renderInvitePage(token);
    expect(page.type).toBe(VoidInvitation);
    expect(page.props).toEqual({ orgName: 'Rights Org', role: 'admin' });
    // The bar says so beside the invitation (and offers no Accept).
    expect(await latestNotificationsAction({})).toMatchObject({
      ok: true,
      data: [{ kind: 'invitation', invitationId: row.id, invitationVoid: true }],
    });
  });

  it("a demoted Admin's invitation cannot make a new Admin; declining it still works", async () => {
    const invitee = await createUser();
    const { first, second, orgId, row, token } = await adminInvitation(invitee);
    await actAs(first);
    expect(await changeMemberRoleAction({ orgId, userId: second.id, role: 'org_contributor' })).toMatchObject({ ok: true });
    await actAs(invitee);
    expect(await acceptInvitationAction({ token })).toEqual({ ok: false, code: 'CONFLICT', message: voidMessage('Rights Org') });
    expect(await roleOf(orgId, invitee.id)).toBeNull();
    expect(await declineInvitationAction({ invitationId: row.id })).toMatchObject({ ok: true });
    expect((await invitationRow(orgId, invitee.email)).status).toBe('declined');
  });

  it("a deleted account's invitation is void, and signing up from its link is refused without creating the account", async () => {
    const email = newEmail('void-signup');
    const { second, orgId, token } = await adminInvitation({ email });
    const db = await getDb();
    await db.delete(schema.users).where(eq(schema.users.id, second.id));
    expect((await invitationRow(orgId, email)).invitedBy).toBeNull();
    await actAs(null);
    expect(await signUpAction({ name: 'Ivy', email, password: 'long enough password', inviteToken: token })).toEqual({
      ok: false,
      code: 'CONFLICT',
      message: voidMessage('Rights Org'),
    });
    expect(await db.select().from(schema.users).where(eq(schema.users.email, email))).toEqual([]);
    expect((await renderInvitePage(token)).type).toBe(VoidInvitation);
  });

  it('a resend by another Admin makes it theirs, and valid again', async () => {
    const invitee = await createUser();
    const { first, second, orgId, row, token: oldToken } = await adminInvitation(invitee);
    await actAs(first);
    expect(await removeMemberAction({ orgId, userId: second.id })).toMatchObject({ ok: true });
    await actAs(invitee);
    expect(await acceptInvitationAction({ token: oldToken })).toMatchObject({ ok: false, code: 'CONFLICT' });
    await actAs(first);
    expect(await resendInvitationAction({ orgId, invitationId: row.id })).toEqual({ ok: true, data: { email: invitee.email } });
    expect((await invitationRow(orgId, invitee.email)).invitedBy).toBe(first.id);
    expect(await auditOf(orgId, 'invitation.resent')).toMatchObject([
      { actorId: first.id, targetId: invitee.email, data: { invitationId: row.id } },
    ]);
    expect(await flaggedForResend(row.id)).toBe(false);
    const token = await latestInvitationToken(invitee.email);
    expect(token).not.toBe(oldToken);
    expect((await renderInvitePage(token)).type).not.toBe(VoidInvitation);
    await actAs(invitee);
    expect(await latestNotificationsAction({})).toMatchObject({ ok: true, data: [{ invitationId: row.id }] });
    const listed = await latestNotificationsAction({});
    expect(listed.ok && listed.data[0]).not.toHaveProperty('invitationVoid');
    expect(await acceptInvitationAction({ token })).toMatchObject({ ok: true, data: { orgId } });
    expect(await roleOf(orgId, invitee.id)).toBe('admin');
  });

  it('an invitation from an Admin who still is one is accepted as before', async () => {
    const invitee = await createUser();
    const { orgId, row, token } = await adminInvitation(invitee);
    expect(await flaggedForResend(row.id)).toBe(false);
    await actAs(invitee);
    expect(await acceptInvitationAction({ token })).toMatchObject({ ok: true });
    expect(await roleOf(orgId, invitee.id)).toBe('admin');
  });
});
