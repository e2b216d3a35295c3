import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, signIn, uniqueSuffix } from './helpers';

// One signed-in Admin of the demo organization for the whole file: each test adds to the demo app.
test.describe.configure({ mode: 'serial' });

const app = '/orgs/acme-ml/apps/pet-vision';
const s = uniqueSuffix();
let page: Page;

test.beforeAll(async ({ browser }) => {
  page = await (await browser.newContext()).newPage();
  await signIn(page, 'admin@acme.test', 'roster-demo-2026');
});

test.afterAll(async () => {
  await page.context().close();
});

test('create a concept in an app', async () => {
  await page.goto(app);
  await page.getByRole('navigation', { name: 'App' }).getByRole('link', { name: 'Concepts' }).click();
  await expect(page).toHaveURL(new RegExp(`${app}/concepts$`));
  await page.getByRole('button', { name: 'Create concept' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create concept' });
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await expect(dialog.getByText('Enter a concept name.')).toBeVisible();
  await dialog.getByLabel('Concept name').fill(`hamster-${s}`);
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: new RegExp(`hamster-${s}`) })).toBeVisible();
  await expectAccessible(page, 'concepts');
});

test('create a workflow chaining a model of the app', async () => {
  const name = `Shelter intake ${s}`;
  await page.goto(`${app}/workflows`);
  await page.getByRole('button', { name: 'Create workflow' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create workflow' });
  await dialog.getByLabel('Workflow name').fill(name);
  await dialog.getByLabel('Description').fill('Classify every intake photo.');
  await dialog.getByLabel('Step 1').selectOption({ label: 'pet-classifier' });
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('list', { name: `Steps of ${name}` })).toHaveText('pet-classifier');
  await expectAccessible(page, 'workflows');
});

test('create a dataset and open it', async () => {
  const name = `Adoptions ${s}`;
  await page.goto(`${app}/datasets`);
  await page.getByRole('button', { name: 'Create dataset' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create dataset' });
  await dialog.getByLabel('Dataset name').fill(name);
  await dialog.getByLabel('Description').fill('Photos of adopted pets.');
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('Photos of adopted pets.');
  await expectAccessible(page, 'datasets');
  await row.getByRole('link', { name }).click();
  await expect(page.getByRole('button', { name: 'Add inputs' })).toBeVisible();
});

test('deploy a model version to a nodepool from the compute page', async () => {
  const pool = `pool-${s}`;
  await page.goto('/orgs/acme-ml/compute');
  // A nodepool of its own, so that no other deployment is there already.
  await page.getByRole('button', { name: 'Create nodepool in gpu-east' }).click();
  const create = page.getByRole('dialog', { name: 'Create nodepool in gpu-east' });
  await create.getByLabel('Nodepool ID').fill(pool);
  await create.getByLabel('Minimum nodes').fill('1');
  await create.getByLabel('Maximum nodes').fill('2');
  await create.getByRole('button', { name: 'Confirm' }).click();
  await expect(create).toBeHidden();

  await page.getByRole('button', { name: 'Deploy model' }).click();
  const deploy = page.getByRole('dialog', { name: 'Deploy model' });
  await deploy.getByLabel('Search model versions').fill('pet-classifier');
  await expect(deploy.getByText(/newest match/)).toBeVisible();
  const version = deploy.getByLabel('Model version', { exact: true });
  await version.selectOption({ index: 1 });
  const versionLabel = (await version.locator('option:checked').textContent()) ?? '';
  expect(versionLabel).toMatch(/^pet-vision \/ pet-classifier — version \d+$/);
  await deploy.getByLabel('Nodepool').selectOption(`gpu-east/${pool}`);
  await deploy.getByRole('button', { name: 'Confirm' }).click();
  await expect(deploy).toBeHidden();

  const row = page.getByRole('table', { name: 'Deployments' }).getByRole('row', { name: new RegExp(`gpu-east/${pool}`) });
  await expect(row).toContainText('pet-classifier');
  await expect(row).toContainText(versionLabel.replace(/.*version /, ''));
  await expect(row.getByRole('button', { name: new RegExp(`^Undeploy pet-classifier version \\d+ from gpu-east/${pool}$`) })).toBeVisible();
  await expectAccessible(page, 'compute after deploy');
});
