import { expect, test } from '@playwright/test';
import { createOrganization, expectAccessible, signIn, signUp, uniqueSuffix } from './helpers';

test('sign up, verify by email, create and switch organizations, leave refused, delete', async ({ page }) => {
  const suffix = uniqueSuffix();
  const email = `founder-${suffix}@example.test`;
  await page.goto('/sign-up');
  await expectAccessible(page, 'sign-up');
  await signUp(page, { name: 'Grace Founder', email, password: 'correct horse battery' });
  await expect(page.getByRole('region', { name: 'Email verification' })).toBeVisible();
  await expectAccessible(page, 'organizations (empty)');

  // The verification email sits in the dev mailbox; its link verifies the address.
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  const message = page.getByRole('article', { name: 'Verify your email for Roster' });
  await expect(message).toBeVisible();
  await message.getByRole('link', { name: 'Verify email' }).click();
  await expect(page.getByRole('heading', { name: 'Email verified' })).toBeVisible();
  await page.goto('/organizations');
  await expect(page.getByRole('region', { name: 'Email verification' })).toHaveCount(0);

  const first = { name: `Vision Lab ${suffix}`, id: `vision-${suffix}`, billingEmail: 'billing@vision.test' };
  const second = { name: `Speech Lab ${suffix}`, id: `speech-${suffix}`, billingEmail: 'billing@speech.test' };
  await createOrganization(page, first);
  await expectAccessible(page, 'org apps');

  await page.goto('/organizations');
  await expect(page.getByRole('link', { name: first.name })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(first.name) })).toContainText('Admin');
  await page.getByRole('button', { name: 'Switch workspace' }).click();
  await expect(page.getByRole('menuitem', { name: first.name })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Personal workspace' })).toBeVisible();
  await page.keyboard.press('Escape');

  await createOrganization(page, second);
  await page.getByRole('button', { name: 'Switch workspace' }).click();
  await page.getByRole('menuitem', { name: first.name }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${first.id}$`));
  await expect(page.getByRole('button', { name: 'Switch workspace' })).toContainText(first.name);

  // The last Admin cannot leave; the reason is shown.
  await page.goto('/organizations');
  await expectAccessible(page, 'organizations');
  await page.getByRole('button', { name: `Leave ${first.name}` }).click();
  const leave = page.getByRole('dialog', { name: `Leave ${first.name}?` });
  await leave.getByRole('button', { name: 'Confirm' }).click();
  await expect(leave.getByRole('alert')).toContainText('last Admin');
  await expectAccessible(page, 'leave dialog');
  await leave.getByRole('button', { name: 'Cancel' }).click();

  // Delete lives on the organization's settings page and needs the typed Organization ID.
  await page.getByRole('link', { name: `Settings of ${first.id}` }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${first.id}/settings$`));
  await page.getByRole('button', { name: 'Delete organization' }).click();
  const del = page.getByRole('dialog', { name: `Delete ${first.name}?` });
  await expect(del.getByRole('button', { name: 'Confirm' })).toBeDisabled();
  await del.getByLabel(`Type ${first.id} to confirm`).fill(first.id);
  await del.getByRole('button', { name: 'Confirm' }).click();
  await expect(page).toHaveURL(/\/organizations$/);
  await expect(page.getByRole('link', { name: first.name })).toHaveCount(0);
  await expect(page.getByRole('link', { name: second.name })).toBeVisible();

  const gone = await page.goto(`/orgs/${first.id}`);
  expect(gone?.status()).toBe(404);
});

test('a demo login reaches its organization; a non-member gets 404', async ({ page }) => {
  await signIn(page, 'viewer@acme.test', 'roster-demo-2026');
  await page.getByRole('link', { name: 'Acme ML' }).click();
  await expect(page).toHaveURL(/\/orgs\/acme-ml$/);
  await expect(page.getByRole('navigation', { name: 'Organization' })).toContainText('Organization User (all apps)');
  await page.getByRole('link', { name: 'Roles' }).click();
  await expect(page.getByRole('table').first()).toContainText('Infrastructure Manager');
  await expectAccessible(page, 'roles');

  await page.getByRole('button', { name: 'Account menu' }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  await signUp(page, { name: 'Outsider', email: `outsider-${uniqueSuffix()}@example.test`, password: 'outsider password' });
  const response = await page.goto('/orgs/acme-ml');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Not found or no access' })).toBeVisible();
});

test('wrong password and unknown email get the same answer', async ({ page }) => {
  await page.goto('/sign-in');
  await expectAccessible(page, 'sign-in');
  const answers: string[] = [];
  for (const email of ['admin@acme.test', `nobody-${uniqueSuffix()}@example.test`]) {
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    const alert = page.getByRole('alert').filter({ hasText: /\S/ });
    await expect(alert).toBeVisible();
    answers.push((await alert.textContent()) ?? '');
  }
  expect(answers[0]).toBe('Email or password is incorrect.');
  expect(answers[1]).toBe(answers[0]);
});
