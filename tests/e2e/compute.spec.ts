import { expect, test } from '@playwright/test';
import { expectAccessible, signIn, uniqueSuffix } from './helpers';

test('an Infrastructure Manager creates a cluster and a nodepool; an Organization User only views; a Financial Manager has no compute', async ({
  page,
  browser,
}) => {
  const clusterId = `gpu-${uniqueSuffix()}`;
  await signIn(page, 'infra@acme.test', 'roster-demo-2026');
  await page.goto('/orgs/acme-ml');
  await page.getByRole('navigation', { name: 'Organization' }).getByRole('link', { name: 'Compute' }).click();
  await expect(page.getByRole('heading', { name: 'Compute', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Create cluster' }).click();
  const create = page.getByRole('dialog', { name: 'Create cluster' });
  await create.getByLabel('Cluster ID').fill(clusterId);
  await create.getByLabel('Cluster name').fill('GPU cluster');
  await create.getByLabel('Region').selectOption('eu-west-1');
  await create.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('heading', { name: 'GPU cluster' })).toBeVisible();

  await page.getByRole('button', { name: `Create nodepool in ${clusterId}` }).click();
  const pool = page.getByRole('dialog', { name: `Create nodepool in ${clusterId}` });
  await pool.getByLabel('Nodepool ID').fill('a100s');
  await pool.getByLabel('Instance type').selectOption('gpu-a100');
  await pool.getByLabel('Minimum nodes').fill('3');
  await pool.getByLabel('Maximum nodes').fill('1');
  await pool.getByRole('button', { name: 'Confirm' }).click();
  await expect(pool.getByText('The maximum must be at least the minimum.')).toBeVisible();
  await pool.getByLabel('Maximum nodes').fill('4');
  await pool.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('row', { name: /a100s/ })).toContainText('3–4');
  await expectAccessible(page, 'compute');

  const viewer = await (await browser.newContext()).newPage();
  await signIn(viewer, 'viewer@acme.test', 'roster-demo-2026');
  await viewer.goto('/orgs/acme-ml/compute');
  await expect(viewer.getByRole('heading', { name: 'GPU cluster' })).toBeVisible();
  await expect(viewer.getByRole('button', { name: 'Create cluster' })).toHaveCount(0);
  await expect(viewer.getByRole('button', { name: `Delete cluster ${clusterId}` })).toHaveCount(0);

  const finance = await (await browser.newContext()).newPage();
  await signIn(finance, 'finance@acme.test', 'roster-demo-2026');
  await finance.goto('/orgs/acme-ml');
  await expect(finance.getByRole('navigation', { name: 'Organization' }).getByRole('link', { name: 'Compute' })).toHaveCount(0);
  expect((await finance.goto('/orgs/acme-ml/compute'))?.status()).toBe(404);
});
