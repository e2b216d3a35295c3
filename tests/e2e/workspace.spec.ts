import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, signIn, uniqueSuffix } from './helpers';

const PASSWORD = 'roster-demo-2026';

async function signedIn(browser: import('@playwright/test').Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, PASSWORD);
  return page;
}

const appNav = (page: Page) => page.getByRole('navigation', { name: 'App' });

test('an Organization User sees the models of an app without Create model; a Financial Manager opens Costs and no app', async ({
  page,
  browser,
}) => {
  await signIn(page, 'viewer@acme.test', PASSWORD);
  await page.goto('/orgs/acme-ml');
  await page.getByRole('link', { name: 'pet-vision' }).click();
  await appNav(page).getByRole('link', { name: 'Models' }).click();
  await expect(page.getByRole('link', { name: 'pet-classifier' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create model' })).toHaveCount(0);
  // View-only on every app (SPEC §3.1): the labeling tasks too, read-only (tests/e2e/role-landing.spec.ts).
  await expect(appNav(page).getByRole('link', { name: 'Labeling tasks' })).toBeVisible();
  await expectAccessible(page, 'models (Organization User)');

  const finance = await signedIn(browser, 'finance@acme.test');
  await finance.goto('/orgs/acme-ml');
  await expect(finance.getByRole('link', { name: 'pet-vision' })).toHaveCount(0);
  await finance.getByRole('navigation', { name: 'Organization' }).getByRole('link', { name: 'Costs' }).click();
  await expect(finance.getByRole('heading', { name: 'Costs', level: 1 })).toBeVisible();
  await expect(finance.getByRole('button', { name: 'Set budget' })).toHaveCount(0);
  await expectAccessible(finance, 'costs (Financial Manager)');
  expect((await finance.goto('/orgs/acme-ml/apps/pet-vision'))?.status()).toBe(404);
});

test('a Team Contributor sees an app only once a team grants it: Create model at Model Trainer, Labeling tasks at Labeler Worker, never Delete app', async ({
  page,
  browser,
}) => {
  const s = uniqueSuffix();
  const appId = `granted-${s}`;
  const teamId = `crew-${s}`;
  await signIn(page, 'admin@acme.test', PASSWORD);
  await page.goto('/orgs/acme-ml');
  await page.getByRole('button', { name: 'Create App' }).click();
  await page.getByRole('dialog', { name: 'Create App' }).getByLabel('App ID').fill(appId);
  await page.getByRole('dialog', { name: 'Create App' }).getByLabel('App name').fill('Granted');
  await page.getByRole('dialog', { name: 'Create App' }).getByRole('button', { name: 'Confirm' }).click();
  await expect(page).toHaveURL(new RegExp(`/apps/${appId}$`));

  const member = await signedIn(browser, 'team@acme.test');
  await member.goto('/orgs/acme-ml');
  await expect(member.getByRole('link', { name: appId })).toHaveCount(0);
  expect((await member.goto(`/orgs/acme-ml/apps/${appId}`))?.status()).toBe(404);

  // The Admin grants the app to a Model Trainer team with the Team Contributor in it.
  await page.goto('/orgs/acme-ml/teams');
  await page.getByRole('button', { name: 'Create Team' }).click();
  const create = page.getByRole('dialog', { name: 'Create Team' });
  await create.getByLabel('Team ID').fill(teamId);
  await create.getByLabel('Team name').fill('Crew');
  await create.getByLabel('Default permission').selectOption({ label: 'Model Trainer' });
  await create.getByRole('button', { name: 'Confirm' }).click();
  await expect(page).toHaveURL(new RegExp(`/teams/${teamId}$`));
  await page.getByRole('tab', { name: 'Members' }).click();
  await page.getByRole('button', { name: 'Add Members' }).click();
  const add = page.getByRole('dialog', { name: 'Add Members' });
  await add.getByLabel('Search members').fill('team@acme');
  await add.getByRole('checkbox', { name: 'team@acme.test' }).check();
  await add.getByRole('button', { name: 'Add users' }).click();
  await expect(page.getByRole('row', { name: /team@acme\.test/ })).toBeVisible();
  await page.getByRole('tab', { name: 'Apps' }).click();
  await page.getByRole('button', { name: 'Add App' }).click();
  const addApp = page.getByRole('dialog', { name: 'Add App' });
  await addApp.getByLabel('Search apps').fill(appId);
  await addApp.getByRole('checkbox', { name: appId }).check();
  await addApp.getByRole('button', { name: 'Add apps' }).click();
  await expect(page.getByLabel(`Permission for ${appId}`)).toHaveValue('model_trainer');

  await member.goto('/orgs/acme-ml');
  await member.getByRole('link', { name: appId }).click();
  await appNav(member).getByRole('link', { name: 'Models' }).click();
  await expect(member.getByRole('button', { name: 'Create model' })).toBeVisible();
  await expect(appNav(member).getByRole('link', { name: 'Labeling tasks' })).toHaveCount(0);
  await member.getByRole('button', { name: 'Create model' }).click();
  const createModel = member.getByRole('dialog', { name: 'Create model' });
  await createModel.getByLabel('Model name').fill('first-model');
  await createModel.getByRole('button', { name: 'Confirm' }).click();
  await expect(member.getByRole('link', { name: 'first-model' })).toBeVisible();
  await expectAccessible(member, 'models (Model Trainer)');
  await appNav(member).getByRole('link', { name: 'Settings' }).click();
  await expect(member.getByRole('heading', { name: 'Teams with access' })).toBeVisible();
  await expect(member.getByRole('button', { name: 'Delete app' })).toHaveCount(0);

  // At Labeler Worker the models are gone and the labeling tasks appear.
  await page.getByLabel(`Permission for ${appId}`).selectOption({ label: 'Labeler Worker' });
  await expect(page.getByText(`${appId}: Labeler Worker.`)).toBeVisible();
  await member.goto(`/orgs/acme-ml/apps/${appId}`);
  await expect(appNav(member).getByRole('link', { name: 'Labeling tasks' })).toBeVisible();
  await expect(appNav(member).getByRole('link', { name: 'Models' })).toHaveCount(0);
  expect((await member.goto(`/orgs/acme-ml/apps/${appId}/models`))?.status()).toBe(404);

  // Full Access is the most a team grants, and still no Delete app (app administration is role-only).
  await page.getByLabel(`Permission for ${appId}`).selectOption({ label: 'Full Access' });
  await expect(page.getByText(`${appId}: Full Access.`)).toBeVisible();
  await member.goto(`/orgs/acme-ml/apps/${appId}/settings`);
  await expect(member.getByRole('heading', { name: 'Teams with access' })).toBeVisible();
  await expect(member.getByRole('button', { name: 'Delete app' })).toHaveCount(0);
  await member.goto(`/orgs/acme-ml/apps/${appId}/models`);
  await expect(member.getByRole('button', { name: 'Create model' })).toBeVisible();
});

test('a Labeler Lead creates and assigns a task, the Labeler Worker annotates it, the Lead reviews it', async ({ page, browser }) => {
  const taskName = `Batch ${uniqueSuffix()}`;
  await signIn(page, 'lead@acme.test', PASSWORD);
  await page.goto('/orgs/acme-ml/apps/pet-vision');
  // A Labeler Lead sees concepts and tasks, not models or datasets.
  await expect(appNav(page).getByRole('link', { name: 'Models' })).toHaveCount(0);
  await appNav(page).getByRole('link', { name: 'Labeling tasks' }).click();
  await page.getByRole('button', { name: 'Create labeling task' }).click();
  const create = page.getByRole('dialog', { name: 'Create labeling task' });
  await create.getByLabel('Task name').fill(taskName);
  await create.getByLabel('Dataset').selectOption({ label: 'Shelter photos 2026' });
  await create.getByRole('checkbox', { name: 'cat' }).check();
  await create.getByRole('checkbox', { name: 'dog' }).check();
  await create.getByLabel('Instructions').fill('Only the animal in front.');
  await create.getByRole('button', { name: 'Confirm' }).click();
  // Creating a task opens it.
  await expect(page.getByRole('heading', { name: taskName, level: 2 })).toBeVisible();
  await page.getByRole('button', { name: 'Assign' }).click();
  const assign = page.getByRole('dialog', { name: 'Assign' });
  await assign.getByRole('checkbox', { name: /labeler@acme\.test/ }).check();
  await assign.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('progressbar', { name: /Leo Labeler/ })).toBeVisible();
  await expectAccessible(page, 'labeling task (Labeler Lead)');

  const worker = await signedIn(browser, 'labeler@acme.test');
  await worker.goto('/orgs/acme-ml/apps/pet-vision');
  await expect(appNav(worker).getByRole('link', { name: 'Datasets' })).toHaveCount(0);
  await appNav(worker).getByRole('link', { name: 'Labeling tasks' }).click();
  await expect(worker.getByRole('link', { name: taskName })).toBeVisible();
  // The assignment also waits in the worker's notification bar, with a link to the task.
  await worker.getByRole('button', { name: /^Notifications/ }).click();
  const notice = worker.getByRole('listitem', { name: `You were assigned the labeling task “${taskName}” in Pet vision.` });
  await notice.getByRole('link', { name: 'Open the task' }).click();
  await expect(worker.getByRole('heading', { name: taskName, level: 2 })).toBeVisible();
  await expect(worker.getByText('Only the animal in front.')).toBeVisible();
  await worker.getByLabel('Label for shelter-001.png').selectOption({ label: 'dog' });
  await expect(worker.getByText('Label saved.')).toBeVisible();
  await worker.getByLabel('Status').selectOption({ label: 'Completed' });
  await expect(worker.getByLabel('Status')).toHaveValue('completed');
  await expect(worker.getByRole('button', { name: 'Review' })).toHaveCount(0);
  await expectAccessible(worker, 'labeling task (Labeler Worker)');

  await page.reload();
  await page.getByRole('button', { name: 'Review' }).click();
  const review = page.getByRole('dialog', { name: 'Review' });
  await expect(review.getByText('dog')).toBeVisible();
  await review.getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByText('Annotation approved.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('row', { name: /Leo Labeler/ })).toContainText('1');
});
