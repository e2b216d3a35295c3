/**
 * Issue 18, item 4: the sign-in, sign-up and invitation forms as the browser posts them itself (before
 * hydration, or with JavaScript off): FormData in, the same schemas and limits, refusals as state with
 * the typed values (never the password), a redirect on success to a safe place only.
 */
import { describe, expect, it } from 'vitest';
import { signInFormAction, signUpFormAction } from '@/app/(auth)/actions';
import { answerInvitationFormAction } from '@/app/(auth)/invite/[token]/actions';
import { getCurrentUser } from '@/lib/auth/session';
import { actAs } from '../support/session';
import { createOrg, createUser, roleOf, unique } from '../factories';
import { invitationRow, invite, latestInvitationToken } from '../factories/invitations';
import { withLimits } from '../factories/limits';

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

/** Where the action redirected (Next's redirect() throws), or null when it returned a state. */
async function redirectOf(run: () => Promise<unknown>): Promise<string | null> {
  try {
    await run();
    return null;
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest !== 'string' || !digest.startsWith('NEXT_REDIRECT;')) throw error;
    return digest.split(';')[2]!;
  }
}

async function signedUp(password = 'the right password') {
  const email = `${unique('nojs')}@example.test`;
  await actAs(null);
  expect(await redirectOf(() => signUpFormAction(null, form({ name: 'No Script', email, password, callbackUrl: '/organizations' })))).toBe(
    '/organizations',
  );
  return email;
}

describe('sign-in posted without JavaScript', () => {
  it('answers the schema beside the fields, keeping the email and never the password', async () => {
    await actAs(null);
    const state = await signInFormAction(null, form({ email: 'not an email', password: '' }));
    expect(state).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { email: ['Enter a valid email address.'], password: ['Enter your password.'] },
      values: { email: 'not an email' },
    });
    expect(JSON.stringify(state)).not.toContain('password":"');
  });

  it('refuses a wrong password with the same message as the hydrated form, then signs in and redirects to the safe callback', async () => {
    const email = await signedUp();
    await actAs(null);
    const wrong = await signInFormAction(null, form({ email, password: 'a wrong password', callbackUrl: '/orgs/x' }));
    expect(wrong).toEqual({ ok: false, code: 'UNAUTHENTICATED', message: 'Email or password is incorrect.', values: { email } });
    expect(await getCurrentUser()).toBeNull();

    expect(
      await redirectOf(() => signInFormAction(null, form({ email, password: 'the right password', callbackUrl: '/orgs/x?tab=1' }))),
    ).toBe('/orgs/x?tab=1');
    expect(await getCurrentUser()).toMatchObject({ email });
  });

  it('never redirects off the site, whatever callbackUrl is posted', async () => {
    const email = await signedUp();
    for (const callbackUrl of ['//evil.example/x', 'https://evil.example', '/\\evil.example', '']) {
      await actAs(null);
      expect(await redirectOf(() => signInFormAction(null, form({ email, password: 'the right password', callbackUrl })))).toBe(
        '/organizations',
      );
    }
  });

  it('counts against the same per-account limit as the hydrated form', async () => {
    const email = await signedUp();
    await actAs(null);
    const codes = await withLimits({ signInPerAccount: 2 }, async () => {
      const out: string[] = [];
      for (let i = 0; i < 3; i++) out.push((await signInFormAction(null, form({ email, password: `guess ${i}` })))?.code ?? 'redirect');
      return out;
    });
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED']);
  });
});

describe('sign-up posted without JavaScript', () => {
  it('keeps name and email beside a refused field, and signs the new account in', async () => {
    await actAs(null);
    const email = `${unique('nojs')}@example.test`;
    const short = await signUpFormAction(null, form({ name: 'Nora', email, password: 'short' }));
    expect(short).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { password: ['Use at least 8 characters.'] },
      values: { name: 'Nora', email },
    });
    expect(JSON.stringify(short)).not.toContain('short"');

    expect(
      await redirectOf(() => signUpFormAction(null, form({ name: 'Nora', email, password: 'long enough', callbackUrl: '//evil.example' }))),
    ).toBe('/organizations');
    expect(await getCurrentUser()).toMatchObject({ email });
  });

  it('says beside Email that a proven address is taken', async () => {
    const taken = await createUser();
    await actAs(null);
    const state = await signUpFormAction(null, form({ name: 'Copy', email: taken.email, password: 'long enough' }));
    expect(state?.fieldErrors?.email?.[0]).toMatch(/already exists/);
  });
});

describe('an invitation answered from its email link without JavaScript', () => {
  async function invited() {
    const admin = await createUser({ name: 'Ada Admin' });
    const { id: orgId } = await createOrg(admin);
    const invitee = await createUser();
    expect(await invite(admin, orgId, invitee.email, 'org_user')).toMatchObject({ ok: true });
    return { orgId, invitee, token: await latestInvitationToken(invitee.email) };
  }

  it('Accept joins and lands in the organization; Decline lands in Organizations', async () => {
    const joined = await invited();
    await actAs(joined.invitee);
    expect(await redirectOf(() => answerInvitationFormAction(null, form({ token: joined.token, answer: 'accept' })))).toBe(
      `/orgs/${joined.orgId}`,
    );
    expect(await roleOf(joined.orgId, joined.invitee.id)).toBe('org_user');

    const declined = await invited();
    await actAs(declined.invitee);
    expect(await redirectOf(() => answerInvitationFormAction(null, form({ token: declined.token, answer: 'decline' })))).toBe(
      '/organizations',
    );
    expect(await roleOf(declined.orgId, declined.invitee.id)).toBeNull();
    expect((await invitationRow(declined.orgId, declined.invitee.email)).status).toBe('declined');
  });

  it('refuses without an answer, signed out, or as another account, and changes nothing', async () => {
    const { orgId, invitee, token } = await invited();
    await actAs(invitee);
    expect(await answerInvitationFormAction(null, form({ token }))).toMatchObject({
      code: 'VALIDATION',
      message: 'Choose Accept or Decline.',
    });
    await actAs(null);
    expect(await answerInvitationFormAction(null, form({ token, answer: 'accept' }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    await actAs(await createUser());
    expect(await answerInvitationFormAction(null, form({ token, answer: 'accept' }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await roleOf(orgId, invitee.id)).toBeNull();
    expect((await invitationRow(orgId, invitee.email)).status).toBe('pending');
  });
});
