import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { createOrganizationAction } from '@/app/(app)/organizations/actions';
import { inviteMembersAction, resendInvitationAction } from '@/app/(app)/orgs/[orgId]/members/actions';
import { latestNotificationsAction } from '@/app/(app)/notifications/actions';
import { notifyPendingInvitationsFor } from '@/domain/invitations/notify-invitees';
import { listLatestNotifications } from '@/db/queries/notifications';
import { consumeEmailVerificationToken, createEmailVerificationToken } from '@/db/queries/users';
import { actAs } from '../support/session';
import { addMember, createOrg, createUser, orgExists, unique } from '../factories';
import { invitationRow, invitationsFor, invite, newEmail } from '../factories/invitations';
import { withLimits } from '../factories/limits';

const emails = (n: number) => Array.from({ length: n }, () => newEmail('limited')).join(', ');

async function setVerified(userId: string, verified: boolean) {
  const db = await getDb();
  await db
    .update(schema.users)
    .set({ emailVerified: verified ? new Date() : null })
    .where(eq(schema.users.id, userId));
}

/** As /verify-email does: the token proves the address, then its pending invitations reach the bar. */
async function verifyByEmailLink(user: { id: string; email: string }) {
  const db = await getDb();
  const token = await createEmailVerificationToken(db, user);
  await db.transaction(async (tx) => {
    expect(await consumeEmailVerificationToken(tx, token)).toMatchObject({ status: 'verified' });
    await notifyPendingInvitationsFor(tx, user.email);
  });
}

describe('invitations per inviter, across organizations', () => {
  it('holds across two organizations; a refused batch uses none of it; a resend counts one', () =>
    withLimits({ invitationsPerInviter: 5 }, async () => {
      const admin = await createUser();
      const { id: first } = await createOrg(admin);
      const { id: second } = await createOrg(admin);
      expect(await invite(admin, first, emails(3))).toMatchObject({ ok: true });
      const refused = await invite(admin, second, emails(3));
      expect(refused).toEqual({
        ok: false,
        code: 'RATE_LIMITED',
        message: 'You can send 2 more invitations this hour across your organizations; this would send 3.',
        fieldErrors: { emails: ['You can send 2 more invitations this hour across your organizations; this would send 3.'] },
        retryAfterS: expect.any(Number),
      });
      expect(await invitationsFor(second)).toEqual([]);
      expect(await invite(admin, second, emails(1))).toMatchObject({ ok: true });
      const [pending] = await invitationsFor(first);
      expect(await resendInvitationAction({ orgId: first, invitationId: pending!.id })).toMatchObject({ ok: true });
      // 3 + 1 + 1 resend: the allowance is spent, in either organization.
      expect(await resendInvitationAction({ orgId: first, invitationId: pending!.id })).toMatchObject({
        ok: false,
        code: 'RATE_LIMITED',
        message: expect.stringMatching(
          /^You have sent 5 invitations this hour across your organizations\. Try again in \d+ (minute|hour)s?\.$/,
        ),
      });
      expect(await invite(admin, second, emails(1))).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
      // Another Admin of the same organization has an allowance of their own.
      const other = await addMember(first, 'admin');
      expect(await invite(other, first, emails(2))).toMatchObject({ ok: true });
      expect(await invitationsFor(first)).toHaveLength(5);
      expect(await invitationsFor(second)).toHaveLength(1);
    }));

  it('a batch larger than a whole allowance is refused beside the field, and writes nothing', () =>
    withLimits({ invitationsPerOrganization: 3 }, async () => {
      const admin = await createUser();
      const { id: orgId } = await createOrg(admin);
      const message = 'This organization can send at most 3 invitations an hour; this would send 4.';
      expect(await invite(admin, orgId, emails(4))).toEqual({
        ok: false,
        code: 'RATE_LIMITED',
        message,
        fieldErrors: { emails: [message] },
      });
      expect(await invitationsFor(orgId)).toEqual([]);
      expect(await invite(admin, orgId, emails(3))).toMatchObject({ ok: true });
    }));

  it('a resend counts one against the organization too', () =>
    withLimits({ invitationsPerOrganization: 2 }, async () => {
      const admin = await createUser();
      const { id: orgId } = await createOrg(admin);
      const email = newEmail();
      expect(await invite(admin, orgId, email)).toMatchObject({ ok: true });
      const { id } = await invitationRow(orgId, email);
      expect(await resendInvitationAction({ orgId, invitationId: id })).toMatchObject({ ok: true });
      expect(await resendInvitationAction({ orgId, invitationId: id })).toMatchObject({
        ok: false,
        code: 'RATE_LIMITED',
        message: expect.stringContaining('This organization has sent 2 invitations this hour.'),
      });
    }));
});

describe('organizations created per user and day', () => {
  it('refuses beyond the limit, saying when to retry; a refused creation uses none of it', () =>
    withLimits({ organizationsPerUser: 2 }, async () => {
      const user = await createUser();
      const { id: taken } = await createOrg(await createUser());
      await actAs(user);
      const create = (id: string) => createOrganizationAction({ name: 'Spam Co', id, billingEmail: 'b@example.test' });
      expect(await create(taken)).toMatchObject({ ok: false, code: 'VALIDATION' });
      expect(await create(unique('daily'))).toMatchObject({ ok: true });
      expect(await create(unique('daily'))).toMatchObject({ ok: true });
      const third = unique('daily');
      expect(await create(third)).toEqual({
        ok: false,
        code: 'RATE_LIMITED',
        message: 'You have created the most organizations allowed in a day. Try again in 24 hours.',
        retryAfterS: expect.any(Number),
      });
      expect(await orgExists(third)).toBe(false);
      // Someone else's allowance is their own.
      await actAs(await createUser());
      expect(await create(third)).toMatchObject({ ok: true });
    }));
});

describe('an account whose address is not proven', () => {
  it('cannot create organizations or invite until it is verified', async () => {
    const user = await createUser({ verified: false });
    await actAs(user);
    const id = unique('unproven');
    expect(await createOrganizationAction({ name: 'Phish Co', id, billingEmail: 'b@example.test' })).toEqual({
      ok: false,
      code: 'FORBIDDEN',
      message: 'Verify your email address to create organizations.',
    });
    expect(await orgExists(id)).toBe(false);
    // An Admin already (an organization from before verification was required).
    const { id: orgId } = await createOrg(user);
    const invitee = newEmail();
    expect(await inviteMembersAction({ orgId, emails: invitee, role: 'org_user' })).toEqual({
      ok: false,
      code: 'FORBIDDEN',
      message: 'Verify your email address to invite members.',
    });
    expect(await invitationsFor(orgId)).toEqual([]);

    await setVerified(user.id, true);
    expect(await createOrganizationAction({ name: 'Real Co', id, billingEmail: 'b@example.test' })).toMatchObject({ ok: true });
    expect(await inviteMembersAction({ orgId, emails: invitee, role: 'org_user' })).toMatchObject({ ok: true });
    const { id: invitationId } = await invitationRow(orgId, invitee);
    await setVerified(user.id, false);
    expect(await resendInvitationAction({ orgId, invitationId })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      message: 'Verify your email address to invite members.',
    });
  });

  it('sees no invitation in the notification bar; verifying the address delivers it', async () => {
    const admin = await createUser({ name: 'Ada Admin' });
    const { id: orgId } = await createOrg(admin, { name: 'Bar Org' });
    const user = await createUser({ verified: false });
    expect(await invite(admin, orgId, user.email)).toMatchObject({ ok: true });
    await actAs(user);
    expect(await latestNotificationsAction({})).toEqual({ ok: true, data: [] });

    await verifyByEmailLink(user);
    const { id: invitationId } = await invitationRow(orgId, user.email);
    expect(await latestNotificationsAction({})).toMatchObject({
      ok: true,
      data: [{ kind: 'invitation', invitationId, payload: { orgName: 'Bar Org' } }],
    });

    // Unproven again (an address re-claimed or changed): its invitations leave the bar, other news stays.
    const db = await getDb();
    await db.insert(schema.notifications).values({ userId: user.id, kind: 'team_added', payload: { teamName: 'crew' } });
    await setVerified(user.id, false);
    expect((await listLatestNotifications(db, user.id)).map((n) => n.kind)).toEqual(['team_added']);
    await setVerified(user.id, true);
    expect((await listLatestNotifications(db, user.id)).map((n) => n.kind).sort()).toEqual(['invitation', 'team_added']);
  });
});
