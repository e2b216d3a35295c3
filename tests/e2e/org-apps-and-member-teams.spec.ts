import { expect, test, type Page } from '@playwright/test';
import { createOrganization, expectAccessible, signIn, uniqueSuffix } from './helpers';

const PASSWORD = 'roster-demo-2026';

/** Creates an app from the org apps page, and comes back to it (client-side: the quickest way to make many). */
async function createApp(page: Page, orgId: string, appId: string, name: string) {
  await expect(page).toHaveURL(new RegExp(`/orgs/${orgId}$`));
  await page.getByRole('button', { name: 'Create App' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create App' });
  // The name first: the App ID typed after it is the one kept, whether or not one is suggested from the name.
  await dialog.getByLabel('App name').fill(name);
  await dialog.getByLabel('App ID').fill(appId);
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${orgId}/apps/${appId}$`));
  await page.goBack();
}

test('the org apps page searches and pages on the server', async ({ page }) => {
  test.setTimeout(300_000);
  const suffix = uniqueSuffix();
  // An organization of its own, so the 51 apps it needs change no other test's demo organization.
  const org = { name: `Paging ${suffix}`, id: `paging-${suffix}`, billingEmail: 'billing@acme.test' };
  await signIn(page, 'admin@acme.test', PASSWORD);
  await createOrganization(page, org);
  // No search box over no apps.
  // The empty state offers the action itself: the one Create App button sits in it.
  await expect(page.getByText('No apps yet.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create App' })).toHaveCount(1);
  await expect(page.getByRole('searchbox', { name: 'Search apps' })).toHaveCount(0);

  // 51 apps: one more than a page. Their names hold "%" and "_" for the search to take literally.
  const ids = Array.from({ length: 51 }, (_, i) => `app-${String(i).padStart(2, '0')}`);
  for (const [i, appId] of ids.entries()) {
    await createApp(page, org.id, appId, i === 7 ? 'Growth 100% plan' : i === 8 ? 'Snake_case tool' : `Catalog item ${i}`);
  }

  await page.goto(`/orgs/${org.id}`);
  const appLinks = page.getByRole('main').getByRole('link', { name: /^app-\d\d$/ });
  await expect(appLinks).toHaveCount(50);
  await expect(page.getByRole('link', { name: 'app-50', exact: true })).toHaveCount(0);
  await expectAccessible(page, 'org apps, first page');

  // Page forward: the 51st app, and back to the first page.
  await page.getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${org.id}\\?after=app-49$`));
  await expect(appLinks).toHaveCount(1);
  await expect(page.getByRole('link', { name: 'app-50', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Next page' })).toHaveCount(0);
  await page.getByRole('link', { name: 'First page' }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${org.id}$`));
  await expect(appLinks).toHaveCount(50);

  // Search, case-insensitive, by name; "%" and "_" are literal characters.
  const search = page.getByRole('searchbox', { name: 'Search apps' });
  await search.fill('100%');
  await search.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/orgs/${org.id}\\?q=100%25$`));
  await expect(appLinks).toHaveCount(1);
  await expect(page.getByRole('link', { name: 'app-07', exact: true })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search apps' })).toHaveValue('100%');

  await page.getByRole('searchbox', { name: 'Search apps' }).fill('_CASE');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/\?q=_CASE$/);
  await expect(appLinks).toHaveCount(1);
  await expect(page.getByRole('link', { name: 'app-08', exact: true })).toBeVisible();

  // By App ID, across pages: "app-" matches all 51, so the search pages too and keeps itself in the pager.
  await page.getByRole('searchbox', { name: 'Search apps' }).fill('APP-');
  await page.getByRole('searchbox', { name: 'Search apps' }).press('Enter');
  await expect(appLinks).toHaveCount(50);
  await page.getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/\?q=APP-&after=app-49$/);
  await expect(appLinks).toHaveCount(1);

  await page.getByRole('searchbox', { name: 'Search apps' }).fill('no such app');
  await page.getByRole('searchbox', { name: 'Search apps' }).press('Enter');
  await expect(page.getByText('No apps match “no such app”.')).toBeVisible();
  await expectAccessible(page, 'org apps, no match');

  // A hand-made cursor is not an error: the first page.
  await page.goto(`/orgs/${org.id}?after=${encodeURIComponent("'; drop table apps; --")}`);
  await expect(appLinks).toHaveCount(50);
});

test("a member's page lists their teams and links each source of access", async ({ page }) => {
  await signIn(page, 'admin@acme.test', PASSWORD);
  await page.goto('/orgs/acme-ml/members?q=trainer');
  await page.getByRole('link', { name: 'Tara Trainer' }).click();
  await expect(page.getByRole('heading', { name: 'Teams', level: 2 })).toBeVisible();
  const teams = page.getByRole('region', { name: 'Teams' });
  await expect(teams.getByRole('link')).toHaveCount(1);

  // The team that grants the demo app is a link in the "granted by" column too.
  const table = page.getByRole('table', { name: 'Effective access to pet-vision' });
  await page
    .locator('details', { has: page.getByText('pet-vision', { exact: true }) })
    .evaluate((el) => ((el as HTMLDetailsElement).open = true));
  const trainModels = table.getByRole('row', { name: /train models/ });
  await expect(trainModels.getByRole('link', { name: 'Model trainers' })).toHaveAttribute('href', '/orgs/acme-ml/teams/trainers');
  await expectAccessible(page, "member's teams");

  await teams.getByRole('link', { name: 'Model trainers' }).click();
  await expect(page).toHaveURL(/\/orgs\/acme-ml\/teams\/trainers$/);
  await expect(page.getByRole('heading', { name: 'Model trainers', level: 1 })).toBeVisible();

  // A member with no team says so; a role source links to the roles reference.
  await page.goto('/orgs/acme-ml/members?q=viewer');
  await page.getByRole('link', { name: 'Uma User' }).click();
  await expect(page.getByRole('region', { name: 'Teams' })).toContainText('This member is in no team.');
  const vision = page.getByRole('table', { name: 'Effective access to pet-vision' });
  await page
    .locator('details', { has: page.getByText('pet-vision', { exact: true }) })
    .evaluate((el) => ((el as HTMLDetailsElement).open = true));
  await vision
    .getByRole('row', { name: /View models/ })
    .getByRole('link', { name: 'role: Organization User (all apps)' })
    .click();
  await expect(page).toHaveURL(/\/orgs\/acme-ml\/roles#app-perms$/);
  await expect(page.getByRole('heading', { name: 'Roles & permissions' })).toBeVisible();
});
