import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAccessible, mailboxMessage, signIn, signUp, signUpVerified, uniqueSuffix } from './helpers';

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

/**
 * The href of the newest such email's link, read from the dev mailbox; empty while the email is not there
 * yet (it is written after the response), so callers poll it.
 */
async function mailedLink(page: Page, to: string, subject: string, linkName: string): Promise<string> {
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(to)}`);
  const link = mailboxMessage(page, subject).getByRole('link', { name: linkName }).first();
  return (await link.count()) > 0 ? ((await link.getAttribute('href')) ?? '') : '';
}

test('a sign-in link asked for with a forged X-Forwarded-Host points at APP_URL', async ({ page, request, baseURL }) => {
  const email = `poison-${uniqueSuffix()}@example.test`;
  await signUp(page, { name: 'Poison Target', email, password: 'a long test password' });
  // Straight to Auth.js's endpoint, as the attacker did: a CSRF token, then the forged host.
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const response = await request.post('/api/auth/signin/email-link', {
    form: { email, csrfToken, callbackUrl: '/organizations' },
    headers: { 'X-Forwarded-Host': 'attacker.example', 'X-Forwarded-Proto': 'http' },
    maxRedirects: 0,
  });
  expect(response.status()).toBeLessThan(400);
  await expect
    .poll(
      async () => (
        await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`),
        await mailboxMessage(page, 'Your Roster sign-in link').count()
      ),
    )
    .toBe(1);
  const href = await mailboxMessage(page, 'Your Roster sign-in link').getByRole('link', { name: 'Sign in' }).first().getAttribute('href');
  expect(href?.startsWith(`${baseURL}/api/auth/callback/email-link?`)).toBe(true);
  expect(await mailboxMessage(page, 'Your Roster sign-in link').innerHTML()).not.toContain('attacker.example');
});

test("a pre-registered address: the owner signs in by link, the attacker's password and session are refused", async ({ browser }) => {
  const email = `ceo-${uniqueSuffix()}@bigcorp.test`;
  const attacker = await newPage(browser);
  await signUp(attacker, { name: 'Not The CEO', email, password: 'attacker password' });

  const owner = await newPage(browser);
  await owner.goto('/sign-in');
  await owner.getByRole('button', { name: 'Email me a sign-in link instead' }).click();
  await owner.getByLabel('Email').fill(email);
  await owner.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await expect(owner.getByRole('status')).toContainText('a sign-in link is on its way');
  await expect.poll(() => mailedLink(owner, email, 'Your Roster sign-in link', 'Sign in')).toContain('/api/auth/callback/email-link');
  await owner.goto(await mailedLink(owner, email, 'Your Roster sign-in link', 'Sign in'));
  await expect(owner).toHaveURL(/\/organizations$/);
  await expect(owner.getByRole('region', { name: 'Email verification' })).toHaveCount(0);

  await attacker.goto('/organizations');
  await expect(attacker).toHaveURL(/\/sign-in/);
  await attacker.getByLabel('Email').fill(email);
  await attacker.getByLabel('Password').fill('attacker password');
  await attacker.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(attacker.getByText('Email or password is incorrect.')).toBeVisible();
});

test('forgot password: an emailed link sets a new password and signs in; the old one is refused', async ({ page }) => {
  const email = `forgot-${uniqueSuffix()}@example.test`;
  await signUpVerified(page, { name: 'Fern Forgetful', email, password: 'the old password' });
  await page.context().clearCookies();

  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Forgot password?' }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await expectAccessible(page, 'forgot password');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(page.getByRole('status')).toContainText(`If an account exists for ${email}`);

  await expect
    .poll(() => mailedLink(page, email, 'Reset your Roster password', 'Choose a new password'))
    .toContain('/reset-password?token=');
  await page.goto(await mailedLink(page, email, 'Reset your Roster password', 'Choose a new password'));
  await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
  await expectAccessible(page, 'reset password');
  await page.getByLabel('New password').fill('short');
  await page.getByRole('button', { name: 'Set password' }).click();
  await expect(page.getByText('Use at least 8 characters.')).toBeVisible();
  await page.getByLabel('New password').fill('the new password');
  await page.getByRole('button', { name: 'Set password' }).click();
  await expect(page).toHaveURL(/\/organizations$/);

  await page.context().clearCookies();
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('the old password');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByText('Email or password is incorrect.')).toBeVisible();
  await signIn(page, email, 'the new password');
});

test('account page: sessions listed and revoked, password changed, sign out everywhere', async ({ browser }) => {
  const email = `sessions-${uniqueSuffix()}@example.test`;
  const laptop = await newPage(browser);
  await signUpVerified(laptop, { name: 'Sam Sessions', email, password: 'first password' });
  const phone = await newPage(browser);
  await signIn(phone, email, 'first password');

  await laptop.goto('/organizations');
  await laptop.getByRole('button', { name: 'Account menu' }).click();
  await laptop.getByRole('menuitem', { name: 'Account' }).click();
  await expect(laptop).toHaveURL(/\/account$/);
  for (const heading of ['Profile', 'Password', 'Sessions']) await expect(laptop.getByRole('heading', { name: heading })).toBeVisible();
  await expectAccessible(laptop, 'account');
  const rows = laptop.getByRole('listitem');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'This device' })).toHaveCount(1);

  // Revoke the other device's session: the phone is signed out on its next request.
  await rows
    .filter({ hasNotText: 'This device' })
    .getByRole('button', { name: /^Revoke session / })
    .click();
  await laptop.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  await expect(rows).toHaveCount(1);
  await phone.goto('/organizations');
  await expect(phone).toHaveURL(/\/sign-in/);

  await laptop.getByLabel('Current password').fill('not my password');
  await laptop.getByLabel('New password').fill('second password');
  await laptop.getByRole('button', { name: 'Change password' }).click();
  await expect(laptop.getByText('This is not your current password.')).toBeVisible();
  await laptop.getByLabel('Current password').fill('first password');
  await laptop.getByRole('button', { name: 'Change password' }).click();
  await expect(laptop.getByText('Password changed. Every other device is signed out.')).toBeVisible();

  await signIn(phone, email, 'second password');
  await laptop.getByRole('button', { name: 'Sign out everywhere' }).click();
  await laptop.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  await expect(laptop).toHaveURL(/\/sign-in/);
  await phone.goto('/organizations');
  await expect(phone).toHaveURL(/\/sign-in/);
});

test("the bench's bare baseline page is not part of the shipped app", async ({ request }) => {
  // The production build serves /bench-baseline only when the bench starts it with BENCH_BASELINE=1.
  expect((await request.get('/bench-baseline')).status()).toBe(404);
});
