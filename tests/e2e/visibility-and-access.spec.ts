import fs from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAccessible, signIn, uniqueSuffix } from './helpers';

const PASSWORD = 'roster-demo-2026';
const ORG = 'acme-ml';
const SHOTS = '.data/tmp/shots-visibility';

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, PASSWORD);
  return page;
}

/** The settings sections this feature adds, at a desktop and a phone width. */
async function screenshots(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.getByRole('heading', { name: 'Visibility' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/${name}-visibility-${width}.png` });
    await page.getByRole('region', { name: 'Who has access' }).screenshot({
      path: `${SHOTS}/${name}-who-${width}.png`,
    });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

test('Organization visibility lets a Team Contributor with no team open the app read-only', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const appId = `open-${uniqueSuffix()}`;
  await signIn(page, 'admin@acme.test', PASSWORD);
  await page.goto(`/orgs/${ORG}`);
  await page.getByRole('button', { name: 'Create App' }).click();
  await page.getByRole('dialog', { name: 'Create App' }).getByLabel('App name').fill('Open to all');
  await page.getByRole('dialog', { name: 'Create App' }).getByLabel('App ID').fill(appId);
  await page.getByRole('dialog', { name: 'Create App' }).getByRole('button', { name: 'Confirm' }).click();
  await expect(page).toHaveURL(new RegExp(`/apps/${appId}$`));

  // Private (the default): Theo, a Team Contributor in no team with it, neither sees nor opens it.
  const theo = await signedIn(browser, 'team@acme.test');
  await theo.goto(`/orgs/${ORG}?q=${appId}`);
  await expect(theo.getByRole('link', { name: appId })).toHaveCount(0);
  expect((await theo.goto(`/orgs/${ORG}/apps/${appId}`))?.status()).toBe(404);

  // Teams are not the only way in, and the page says so.
  await page.goto(`/orgs/${ORG}/apps/${appId}/settings`);
  await expect(page.getByText(/^Members with the role Admin, .* reach every app by their role\./)).toBeVisible();
  const visibility = page.getByLabel('Visibility');
  await expect(visibility).toHaveValue('private');
  await expect(page.getByText('Only members whose role or teams give access can open the app.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();

  // Widening access is confirmed with what it changes.
  await visibility.selectOption({ label: 'Organization' });
  await expect(page.getByText(/Every member of the organization can also open the app, view-only/)).toBeVisible();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: `Open ${appId} to the whole organization?` });
  await expect(confirm).toContainText(/\d+ people with no role or team access will be able to open this app view-only/);
  await expectAccessible(page, 'visibility confirmation');
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/confirm-${width}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
  await confirm.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByText(`${appId} is now visible to the organization.`)).toBeVisible();
  await expect(page.getByText(/every member can open this app view-only \(visibility: Organization\)/)).toBeVisible();
  await expectAccessible(page, 'app settings (Admin)');

  // Now Theo finds it, opens it, and can change nothing.
  await theo.goto(`/orgs/${ORG}?q=${appId}`);
  await theo.getByRole('link', { name: appId }).click();
  await expect(theo).toHaveURL(new RegExp(`/apps/${appId}$`));
  const appNav = theo.getByRole('navigation', { name: 'App' });
  await appNav.getByRole('link', { name: 'Concepts' }).click();
  await expect(theo.getByRole('heading', { name: 'Concepts' })).toBeVisible();
  await expect(theo.getByRole('button', { name: 'Create concept' })).toHaveCount(0);
  await appNav.getByRole('link', { name: 'Settings' }).click();
  await expect(theo.getByRole('combobox', { name: 'Visibility' })).toHaveCount(0);
  const visibilitySection = theo.getByRole('heading', { name: 'Visibility' }).locator('..');
  await expect(visibilitySection.getByText('Organization', { exact: true })).toBeVisible();
  await expect(theo.getByRole('button', { name: 'Save details' })).toHaveCount(0);
  await expect(theo.getByRole('button', { name: 'Delete app' })).toHaveCount(0);
  await expectAccessible(theo, 'app settings (Team Contributor, by visibility)');

  // Who has access names the visibility as Theo's reason; he may open his own effective access, no one else's.
  const who = theo.getByRole('region', { name: 'Who has access' });
  await who.getByRole('searchbox', { name: 'Search people with access' }).fill('team@acme');
  await who.getByRole('searchbox', { name: 'Search people with access' }).press('Enter');
  await expect(theo).toHaveURL(/[?&]people=team%40acme/);
  const theoRow = theo.getByRole('row', { name: /Theo Team/ });
  await expect(theoRow).toContainText('visibility: Organization');
  await theoRow.getByRole('link', { name: /Theo Team\s*\(effective access on this app\)/ }).click();
  await expect(theo.getByRole('heading', { name: 'Effective access' })).toBeVisible();
  await expect(theo.getByRole('table', { name: `Effective access to ${appId}` }).getByRole('row', { name: /View models/ })).toContainText(
    'visibility: Organization',
  );
  await expectAccessible(theo, 'effective access on one app');
  await theo.goto(`/orgs/${ORG}/apps/${appId}/settings?people=admin%40acme`);
  await expect(theo.getByRole('row', { name: /Ada Admin/ })).toContainText('role: Admin');
  await expect(theo.getByRole('row', { name: /Ada Admin/ }).getByRole('link')).toHaveCount(0);
});

test('Who has access lists roles and teams, searches on the server and links each member to their access', async ({ page }) => {
  await signIn(page, 'admin@acme.test', PASSWORD);
  await page.goto(`/orgs/${ORG}/apps/pet-vision/settings`);
  await expect(page.getByRole('heading', { name: 'Teams with access' })).toBeVisible();
  await expect(page.getByText(/3 teams grant access\. Members with the role Admin/)).toBeVisible();
  const who = page.getByRole('region', { name: 'Who has access' });
  await expect(who).toContainText(/\d+ people can open this app/);
  await expect(who.getByRole('row', { name: /Ada Admin/ })).toContainText('role: Admin');
  await expect(who.getByRole('row', { name: /Uma User/ })).toContainText('role: Organization User (all apps)');
  await expect(who.getByRole('row', { name: /Leo Labeler/ })).toContainText('team Labelers: Labeler Worker');
  // Private: members with no role or team way in are not listed.
  await expect(who.getByRole('row', { name: /Theo Team/ })).toHaveCount(0);
  await expect(who.getByRole('row', { name: /Fin Manager/ })).toHaveCount(0);
  await expectAccessible(page, 'who has access');
  await screenshots(page, 'pet-vision-admin');

  await who.getByRole('searchbox', { name: 'Search people with access' }).fill('leo');
  await who.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/[?&]people=leo/);
  await expect(who.getByRole('row')).toHaveCount(2); // the header and Leo
  await who.getByRole('link', { name: /Leo Labeler\s*\(effective access on this app\)/ }).click();
  await expect(page).toHaveURL(/\/members\/[^/]+\/apps\/pet-vision$/);
  const table = page.getByRole('table', { name: 'Effective access to pet-vision' });
  await expect(table.getByRole('row', { name: /View concepts/ })).toContainText('Labelers: Labeler Worker');
  await expect(table.getByRole('row', { name: /View models/ })).toContainText('Not granted');
  await expectAccessible(page, 'effective access of Leo on pet-vision');
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/member-app-access-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });

  // The demo's Support triage is open to the organization: Fin Manager is listed, by its visibility.
  await page.goto(`/orgs/${ORG}/apps/support-triage/settings?people=fin`);
  await expect(page.getByRole('row', { name: /Fin Manager/ })).toContainText('visibility: Organization');
  await screenshots(page, 'support-triage-admin');
});
