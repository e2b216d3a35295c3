import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, signIn } from './helpers';

// Issue 18: every page, at 1440 and 390 px, has no serious or critical axe violation and no sideways
// scrolling of the page itself; a screenshot of each is left in .data/tmp/shots-every-page to look at.
const SHOTS = '.data/tmp/shots-every-page';
const WIDTHS = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
];

async function checkPage(page: Page, path: string) {
  for (const size of WIDTHS) {
    await page.setViewportSize(size);
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expectAccessible(page, `${path} at ${size.width}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} at ${size.width}`).toBeLessThanOrEqual(size.width);
    const name = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'root';
    await page.screenshot({ path: `${SHOTS}/${name}-${size.width}.png`, fullPage: true });
  }
}

/** The first link on `path` whose href matches `pattern` (ids the demo generated). */
async function firstLink(page: Page, path: string, pattern: RegExp): Promise<string> {
  await page.goto(path);
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const href = hrefs.find((h) => pattern.test(h));
  expect(href, `a link matching ${pattern} on ${path}`).toBeTruthy();
  return href!;
}

test('signed out: the account pages', async ({ page }) => {
  test.setTimeout(120_000);
  for (const path of ['/sign-in', '/sign-up', '/forgot-password', '/sign-in/check-email']) await checkPage(page, path);
});

test('signed in as the demo Admin: every page of the organization and the account', async ({ page }) => {
  test.setTimeout(300_000);
  await signIn(page, 'admin@acme.test', 'roster-demo-2026');
  const org = '/orgs/acme-ml';
  const app = `${org}/apps/pet-vision`;
  const member = await firstLink(page, `${org}/members?q=viewer`, /^\/orgs\/acme-ml\/members\/[^/?]+$/);
  const team = await firstLink(page, `${org}/teams`, /^\/orgs\/acme-ml\/teams\/[^/?]+$/);
  const model = await firstLink(page, `${app}/models`, /^\/orgs\/acme-ml\/apps\/pet-vision\/models\/[^/?]+$/);
  const dataset = await firstLink(page, `${app}/datasets`, /^\/orgs\/acme-ml\/apps\/pet-vision\/datasets\/[^/?]+$/);
  const task = await firstLink(page, `${app}/tasks`, /^\/orgs\/acme-ml\/apps\/pet-vision\/tasks\/[^/?]+$/);
  const paths = [
    '/organizations',
    '/account',
    '/account/tokens',
    '/me/apps',
    org,
    `${org}/members`,
    `${org}/members?tab=pending`,
    member,
    `${member}/apps/pet-vision`,
    `${org}/teams`,
    team,
    `${team}?tab=apps`,
    app,
    `${app}/models`,
    model,
    `${app}/workflows`,
    `${app}/concepts`,
    `${app}/datasets`,
    dataset,
    `${app}/tasks`,
    task,
    `${app}/settings`,
    `${org}/compute`,
    `${org}/costs`,
    `${org}/audit-log`,
    `${org}/roles`,
    `${org}/settings`,
    `${org}/api-tokens`,
    `${org}/api-keys`,
    `${org}/settings/provisioning`,
    '/dev/mailbox',
  ];
  for (const path of paths) await checkPage(page, path);
});
