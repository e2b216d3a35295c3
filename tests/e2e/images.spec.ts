import fs from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { shapePng } from '../../lib/images/png';
import { expectAccessible, signIn, uniqueSuffix } from './helpers';

const PASSWORD = 'roster-demo-2026';
const SHOTS = '.data/tmp/shots-images';

/** The image really arrived and decoded (a broken image has naturalWidth 0). */
async function expectLoaded(image: Locator) {
  await expect(image).toBeVisible();
  await image.scrollIntoViewIfNeeded();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
}

async function screenshots(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const width of [1440, 390, 360]) {
    await page.setViewportSize({ width, height: 900 });
    // From the top, so the sticky top bar is not drawn over the middle of a full-page shot.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

test('an image uploaded to a dataset shows as a thumbnail, and in the labeling view of a task over it', async ({ page, browser }) => {
  const suffix = uniqueSuffix();
  const datasetName = `Uploads ${suffix}`;
  const fileName = `square-${suffix}.png`;
  await signIn(page, 'admin@acme.test', PASSWORD);
  await page.goto('/orgs/acme-ml/apps/pet-vision/datasets');
  await page.getByRole('button', { name: 'Create dataset' }).click();
  const create = page.getByRole('dialog', { name: 'Create dataset' });
  await create.getByLabel('Dataset name').fill(datasetName);
  await create.getByRole('button', { name: 'Confirm' }).click();
  await page.getByRole('link', { name: datasetName }).click();
  await expect(page.getByRole('heading', { name: datasetName, level: 2 })).toBeVisible();

  // A file that claims to be a PNG but is SVG: refused beside the field, nothing added.
  await page.getByRole('button', { name: 'Add inputs' }).click();
  const add = page.getByRole('dialog', { name: 'Add inputs' });
  await add
    .getByLabel('Image files')
    .setInputFiles([{ name: 'evil.png', mimeType: 'image/png', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>') }]);
  await add.getByRole('button', { name: 'Confirm' }).click();
  await expect(add.getByRole('alert')).toContainText('evil.png: not a PNG, JPEG, WebP or GIF image');
  await expectAccessible(page, 'add inputs with a refused file');

  await add
    .getByLabel('Image files')
    .setInputFiles([{ name: fileName, mimeType: 'image/png', buffer: shapePng('square', [37, 99, 235], { size: 320 }) }]);
  await add.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByText('1 input added.')).toBeVisible();
  await expect(add).toHaveCount(0);
  const thumbnail = page.getByRole('img', { name: `Thumbnail of ${fileName}` });
  await expectLoaded(thumbnail);
  await expectAccessible(page, 'dataset with an uploaded image');
  await screenshots(page, 'dataset');

  // A task over the dataset, assigned to the Labeler Worker.
  const taskName = `Label uploads ${suffix}`;
  await page.goto('/orgs/acme-ml/apps/pet-vision/tasks');
  await page.getByRole('button', { name: 'Create labeling task' }).click();
  const task = page.getByRole('dialog', { name: 'Create labeling task' });
  await task.getByLabel('Task name').fill(taskName);
  await task.getByLabel('Dataset').selectOption({ label: datasetName });
  await task.getByRole('checkbox', { name: 'dog' }).check();
  await task.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('heading', { name: taskName, level: 2 })).toBeVisible();
  await page.getByRole('button', { name: 'Assign' }).click();
  const assign = page.getByRole('dialog', { name: 'Assign' });
  await assign.getByRole('checkbox', { name: /labeler@acme\.test/ }).check();
  await assign.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('progressbar', { name: /Leo Labeler/ })).toBeVisible();

  const worker = await (await browser.newContext()).newPage();
  await signIn(worker, 'labeler@acme.test', PASSWORD);
  await worker.goto('/orgs/acme-ml/apps/pet-vision/tasks');
  await worker.getByRole('link', { name: taskName }).click();
  await expect(worker.getByRole('heading', { name: taskName, level: 2 })).toBeVisible();
  const image = worker.getByRole('img', { name: `Image to label: ${fileName}` });
  await expectLoaded(image);
  expect(await image.evaluate((img: HTMLImageElement) => img.getBoundingClientRect().height)).toBeGreaterThanOrEqual(240);
  await worker.getByLabel(`Label for ${fileName}`).selectOption({ label: 'dog' });
  await expect(worker.getByText('Label saved.')).toBeVisible();
  await expectAccessible(worker, 'labeling view with an image');
  await screenshots(worker, 'labeling');

  // The image's own address: served inert to those who may see it, refused to the signed-out (the 404s
  // for members who may not are in tests/integration/input-images.test.ts).
  const src = await image.getAttribute('src');
  const anonymous = await browser.newContext();
  expect((await anonymous.request.get(new URL(src!, page.url()).toString())).status()).toBe(401);
  const response = await worker.request.get(src!);
  expect(response.headers()).toMatchObject({
    'content-type': 'image/png',
    'x-content-type-options': 'nosniff',
    'content-disposition': 'inline',
  });
  expect(response.headers()['content-security-policy']).toContain("default-src 'none'");
});
