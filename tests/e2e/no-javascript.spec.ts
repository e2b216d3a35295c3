import fs from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { createOrganization, inviteMembers, mailboxMessage, signUpVerified, uniqueSuffix } from './helpers';

/*
 * Issue 18, item 4: sign-in, sign-up and answering an invitation from its email link work in a browser
 * that runs no script at all (and so also before hydration, or when the dev server's scripts are blocked).
 * Each form posts itself to a server action, which answers beside the fields or redirects.
 */

const password = 'a long test password';
const shots = '.data/tmp/shots-nojs';

async function withoutScripts(browser: Browser): Promise<Page> {
  return (await browser.newContext({ javaScriptEnabled: false })).newPage();
}

async function signUpWithoutScripts(page: Page, user: { name: string; email: string }): Promise<void> {
  await page.goto('/sign-up');
  await page.getByLabel('Name').fill(user.name);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/organizations$/);
}

/** The invitation's link, read from the dev mailbox (a server-rendered page: no script needed). */
async function invitationLink(page: Page, to: string, subject: string): Promise<string> {
  await expect
    .poll(async () => {
      await page.goto(`/dev/mailbox?to=${encodeURIComponent(to)}`);
      return mailboxMessage(page, subject).count();
    })
    .toBe(1);
  return (await mailboxMessage(page, subject).getByRole('link', { name: 'View invitation' }).getAttribute('href'))!;
}

test('sign-in without JavaScript: errors beside the fields with the email kept, then the right password signs in', async ({ browser }) => {
  const page = await withoutScripts(browser);
  await page.goto('/sign-in?callbackUrl=%2Forgs%2Facme-ml');
  const signInButton = page.getByRole('button', { name: 'Sign in', exact: true });
  // Enabled without any script; a control that needs one says why it waits.
  await expect(signInButton).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Email me a sign-in link instead' })).toHaveAttribute('title', /needs JavaScript/);

  // The schema's own message, beside the field it is about.
  await page.getByLabel('Email').fill('admin@acme.test');
  await signInButton.click();
  await expect(page.getByLabel('Password')).toHaveAccessibleDescription('Enter your password.');
  await expect(page.getByLabel('Email')).toHaveValue('admin@acme.test');

  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText('Email or password is incorrect.');
  await expect(page.getByLabel('Email')).toHaveValue('admin@acme.test');
  await expect(page.getByLabel('Password')).toHaveValue('');

  fs.mkdirSync(shots, { recursive: true });
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${shots}/sign-in-error-no-js-${width}.png`, fullPage: true });
  }

  await page.getByLabel('Password').fill('roster-demo-2026');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  // The callback URL, checked again by the action, is where the post lands.
  await expect(page).toHaveURL(/\/orgs\/acme-ml(\/|$)/);
});

test('with its scripts blocked (as `next dev` blocked them on 127.0.0.1), the page still signs in', async ({ page }) => {
  await page.route('**/_next/static/**/*.js', (route) => route.abort());
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('viewer@acme.test');
  await page.getByLabel('Password').fill('roster-demo-2026');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/organizations$/);
});

test('sign-up without JavaScript: a refused field keeps the name and email; a good one lands in Organizations', async ({ browser }) => {
  const page = await withoutScripts(browser);
  const email = `nojs-${uniqueSuffix()}@example.test`;
  await page.goto('/sign-up');
  await page.getByLabel('Name').fill('Nora Noscript');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByLabel('Password')).toHaveAccessibleDescription('Use at least 8 characters.');
  await expect(page.getByLabel('Name')).toHaveValue('Nora Noscript');
  await expect(page.getByLabel('Email')).toHaveValue(email);

  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/organizations$/);

  // A proven address (the demo Admin's) is refused beside the Email field, as with JavaScript.
  const again = await withoutScripts(browser);
  await again.goto('/sign-up');
  await again.getByLabel('Name').fill('Not The Admin');
  await again.getByLabel('Email').fill('admin@acme.test');
  await again.getByLabel('Password').fill(password);
  await again.getByRole('button', { name: 'Create account' }).click();
  await expect(again.getByLabel('Email')).toHaveAccessibleDescription(/already exists/);
  await expect(again.getByLabel('Name')).toHaveValue('Not The Admin');
});

test('an invitation is accepted and another declined from their email links without JavaScript', async ({ browser }) => {
  const s = uniqueSuffix();
  const admin = await (await browser.newContext()).newPage();
  await signUpVerified(admin, { name: 'Ines Inviter', email: `nojs-inviter-${s}@example.test`, password });
  const org = { name: `No Script Lab ${s}`, id: `noscript-${s}`, billingEmail: 'billing@noscript.test' };
  await createOrganization(admin, org);
  const subject = `Ines Inviter invited you to join ${org.name} on Roster`;
  const acceptEmail = `nojs-accepts-${s}@example.test`;
  const declineEmail = `nojs-declines-${s}@example.test`;

  const acceptor = await withoutScripts(browser);
  await signUpWithoutScripts(acceptor, { name: 'Abe Accepts', email: acceptEmail });
  const decliner = await withoutScripts(browser);
  await signUpWithoutScripts(decliner, { name: 'Dora Declines', email: declineEmail });
  await inviteMembers(admin, org.id, `${acceptEmail}, ${declineEmail}`, 'Organization User (all apps)');

  await acceptor.goto(await invitationLink(acceptor, acceptEmail, subject));
  await expect(acceptor.getByRole('heading', { name: `Join ${org.name}` })).toBeVisible();
  await acceptor.getByRole('button', { name: 'Accept' }).click();
  await expect(acceptor).toHaveURL(new RegExp(`/orgs/${org.id}$`));
  await expect(acceptor.getByRole('heading', { name: org.name, level: 1 })).toBeVisible();

  const declineLink = await invitationLink(decliner, declineEmail, subject);
  await decliner.goto(declineLink);
  await decliner.getByRole('button', { name: 'Decline' }).click();
  await expect(decliner).toHaveURL(/\/organizations$/);
  await decliner.goto(declineLink);
  await expect(decliner.getByText('It was declined.')).toBeVisible();

  // The Admin sees the new member.
  await admin.goto(`/orgs/${org.id}/members`);
  await expect(admin.getByText(acceptEmail).first()).toBeVisible();
});

test('at 390 px without JavaScript, the Menu disclosure takes a member from an organization page to Teams', async ({ browser }) => {
  const page = await (await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } })).newPage();
  await page.goto('/sign-in?callbackUrl=%2Forgs%2Facme-ml');
  await page.getByLabel('Email').fill('viewer@acme.test');
  await page.getByLabel('Password').fill('roster-demo-2026');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/orgs\/acme-ml(\/|$)/);

  // The sidebar is hidden at this width and the top bar's Menu button needs a script: the disclosure stands in.
  const nav = page.getByRole('navigation', { name: 'Organization' });
  const teams = nav.getByRole('link', { name: 'Teams' });
  await expect(teams).toBeHidden();
  await page
    .locator('summary')
    .filter({ hasText: /^Menu$/ })
    .click();
  fs.mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: `${shots}/org-menu-open-no-js-390.png`, fullPage: true });
  await teams.click();
  await expect(page).toHaveURL(/\/orgs\/acme-ml\/teams$/);
  await expect(page.getByRole('heading', { name: 'Teams', level: 1 })).toBeVisible();
});
