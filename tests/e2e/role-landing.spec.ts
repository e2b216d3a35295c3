import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, signedIn, signIn } from './helpers';

const PASSWORD = 'roster-demo-2026';
const ORG = 'acme-ml';

const sidebar = (page: Page) => page.getByRole('navigation', { name: 'Organization' });

test('a Financial Manager enters the organization on Costs, with no Apps in the sidebar', async ({ page }) => {
  await signIn(page, 'finance@acme.test', PASSWORD);
  // From /organizations, as a member enters an organization.
  await page.getByRole('main').getByRole('link', { name: 'Acme ML' }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${ORG}/costs$`));
  await expect(page.getByRole('heading', { name: 'Costs', level: 1 })).toBeVisible();
  await expect(sidebar(page).getByRole('link', { name: 'Costs' })).toHaveAttribute('aria-current', 'page');
  await expect(sidebar(page).getByRole('link', { name: 'Apps' })).toHaveCount(0);
  await expect(sidebar(page).getByRole('link', { name: 'Settings' })).toHaveCount(0);
  await expectAccessible(page, 'costs as landing (Financial Manager)');

  // Typed or followed, /orgs/<id> itself lands there too.
  await page.goto(`/orgs/${ORG}`);
  await expect(page).toHaveURL(new RegExp(`/orgs/${ORG}/costs$`));
});

test('an Infrastructure Manager lands on Compute; an Admin on Apps, with Settings in the sidebar', async ({ browser }) => {
  const infra = await signedIn(browser, 'infra@acme.test');
  await infra.goto(`/orgs/${ORG}`);
  await expect(infra).toHaveURL(new RegExp(`/orgs/${ORG}/compute$`));
  await expect(infra.getByRole('heading', { name: 'Compute', level: 1 })).toBeVisible();
  await expect(sidebar(infra).getByRole('link', { name: 'Apps' })).toHaveCount(0);

  const admin = await signedIn(browser, 'admin@acme.test');
  await admin.goto(`/orgs/${ORG}`);
  await expect(admin).toHaveURL(new RegExp(`/orgs/${ORG}$`));
  await expect(sidebar(admin).getByRole('link', { name: 'Apps' })).toHaveAttribute('aria-current', 'page');
  await expect(sidebar(admin).getByRole('link', { name: 'Settings' })).toHaveAttribute('href', `/orgs/${ORG}/settings`);
});

test('an Organization User opens a labeling task read-only', async ({ page }) => {
  await signIn(page, 'viewer@acme.test', PASSWORD);
  await page.goto(`/orgs/${ORG}`);
  await expect(page).toHaveURL(new RegExp(`/orgs/${ORG}$`));
  await expect(sidebar(page).getByRole('link', { name: 'Settings' })).toHaveCount(0);
  await page.getByRole('link', { name: 'pet-vision' }).click();
  await page.getByRole('navigation', { name: 'App' }).getByRole('link', { name: 'Labeling tasks' }).click();
  await expect(page.getByText('You can view them, not change them.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create labeling task' })).toHaveCount(0);
  await expectAccessible(page, 'labeling tasks (Organization User)');

  await page.getByRole('link', { name: 'Label shelter photos' }).click();
  await expect(page.getByRole('heading', { name: 'Label shelter photos' })).toBeVisible();
  await expect(page.getByText('Pick the animal in the photo.')).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Progress of this task' })).toBeVisible();
  for (const name of ['Assign', 'Review', 'Delete task']) {
    await expect(page.getByRole('button', { name })).toHaveCount(0);
  }
  await expect(page.getByRole('heading', { name: 'Your work' })).toHaveCount(0);
  await expect(page.getByRole('main').getByRole('combobox')).toHaveCount(0);
  await expectAccessible(page, 'labeling task (Organization User)');
});
