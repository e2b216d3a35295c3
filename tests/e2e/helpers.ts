import { expect, type Browser, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** Fails on any axe violation of serious or critical impact on the current page. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  // Before hydration, buttons are disabled (dimmed): check the page as people use it, once hydrated.
  await expect(page.locator('[data-hydrating]')).toHaveCount(0);
  // After a server action's refresh, Next streams the page's metadata again: check once the title is back
  // (a page that never gets one still fails, on this wait).
  await page.waitForFunction(() => document.title.trim() !== '', undefined, { timeout: 10_000 });
  // Check a settled page: a toast caught fading in or out has the contrast of its opacity at that instant.
  // Endless animations (a spinner) never settle and are not waited for.
  await page.waitForFunction(
    () =>
      document
        .getAnimations()
        .every((animation) => animation.playState !== 'running' || animation.effect?.getComputedTiming().endTime === Infinity),
    undefined,
    { timeout: 10_000 },
  );
  const results = await new AxeBuilder({ page }).analyze();
  const severe = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(severe.map((v) => `${label}: ${v.id} — ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/organizations$/);
}

export async function signUp(page: Page, user: { name: string; email: string; password: string }): Promise<void> {
  await page.goto('/sign-up');
  await page.getByLabel('Name').fill(user.name);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/organizations$/);
}

export async function createOrganization(page: Page, org: { name: string; id: string; billingEmail: string }): Promise<void> {
  await page.goto('/organizations');
  await page.getByRole('button', { name: 'New Organization' }).click();
  const dialog = page.getByRole('dialog', { name: 'New Organization' });
  await dialog.getByLabel('Organization name').fill(org.name);
  await dialog.getByLabel('Organization ID').fill(org.id);
  await dialog.getByLabel('Billing email').fill(org.billingEmail);
  await dialog.getByRole('button', { name: 'Create organization' }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${org.id}$`));
  await expect(page.getByRole('heading', { name: org.name, level: 1 })).toBeVisible();
}

/** Signs up through the UI and verifies the address through the dev mailbox. */
export async function signUpVerified(page: Page, user: { name: string; email: string; password: string }): Promise<void> {
  await signUp(page, user);
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(user.email)}`);
  await page.getByRole('article', { name: 'Verify your email for Roster' }).getByRole('link', { name: 'Verify email' }).click();
  await expect(page.getByRole('heading', { name: 'Email verified' })).toBeVisible();
}

export async function inviteMembers(page: Page, orgId: string, emails: string, roleLabel: string): Promise<void> {
  await page.goto(`/orgs/${orgId}/members`);
  await page.getByRole('button', { name: 'Invite Members' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite Members' });
  await dialog.getByLabel('Email').fill(emails);
  await dialog.getByLabel('Role').selectOption({ label: roleLabel });
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await expect(dialog).toBeHidden();
}

/** The newest email to this address, opened in the dev mailbox. */
export function mailboxMessage(page: Page, subject: RegExp | string) {
  return page.getByRole('article', { name: subject }).first();
}

/** A page of a fresh browser context, signed in as a demo account (all share one password). */
export async function signedIn(browser: Browser, email: string, password = 'roster-demo-2026'): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, password);
  return page;
}

/** The six roles' labels, in the order every role select offers them (SPEC §3). */
export const ROLE_LABELS = [
  'Admin',
  'Financial Manager',
  'Organization Contributor (all apps)',
  'Organization User (all apps)',
  'Team Contributor (select apps)',
  'Infrastructure Manager',
];
