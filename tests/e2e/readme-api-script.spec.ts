import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { signIn } from './helpers';

const run = promisify(execFile);

/** The shell block of the README between its api-script markers: what a reader copies. */
function readmeScript(): string {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('<!-- api-script -->'), readme.indexOf('<!-- /api-script -->'));
  const script = /```sh\n([\s\S]*?)```/.exec(section)?.[1];
  if (!script) throw new Error('README.md has no ```sh block between <!-- api-script --> and <!-- /api-script -->');
  return script;
}

test("the README's API script runs as written against the production server", async ({ page, baseURL }) => {
  await signIn(page, 'admin@acme.test', 'roster-demo-2026');
  await page.goto('/account/tokens');
  await page.getByRole('button', { name: 'New token' }).click();
  const dialog = page.getByRole('dialog', { name: 'New token' });
  await dialog.getByRole('textbox', { name: 'Token name' }).fill('README script');
  await dialog.getByRole('combobox', { name: 'Organization' }).selectOption({ label: 'Acme ML' });
  await dialog.getByRole('combobox', { name: 'Expiration' }).selectOption({ label: '7 days' });
  for (const scope of [
    /View the members list/,
    /Invite members/,
    /Create, rename and delete teams/,
    /See the organization's apps/,
    /See any member's effective access/,
  ]) {
    await dialog.getByRole('checkbox', { name: scope }).check();
  }
  await dialog.getByRole('button', { name: 'Generate token' }).click();
  const secret = await page.getByRole('dialog', { name: 'Copy the token “README script”' }).getByLabel('Token').inputValue();

  const env = { ...process.env, ROSTER_URL: baseURL!, ORG: 'acme-ml', ROSTER_TOKEN: secret };
  const { stdout } = await run('bash', ['-c', readmeScript()], { env }).catch((error: { stdout: string; stderr: string }) => {
    throw new Error(`the README script failed:\n${error.stdout}\n${error.stderr}`);
  });
  const lines = stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  expect(lines.slice(0, 2)).toEqual([
    expect.objectContaining({ email: 'ada.lovelace@example.com', result: 'invited' }),
    expect.objectContaining({ email: 'grace.hopper@example.com', result: 'invited' }),
  ]);
  expect(lines[2]).toEqual({ id: 'vision', name: 'Vision' });
  const access = lines.at(-1) as { role: string; apps: Array<{ slug: string; teams: string[] }> };
  expect(access.role).toBe('org_user');
  expect(access.apps.some((app) => app.teams.includes('model_trainer'))).toBe(true);

  // Leave the demo organization as the other tests expect it: the team and the two invitations go.
  const api = { Authorization: `Bearer ${secret}` };
  expect((await page.request.delete('/api/v1/orgs/acme-ml/teams/vision', { headers: api })).status()).toBe(204);
  const pending = await (await page.request.get('/api/v1/orgs/acme-ml/invitations?q=example.com', { headers: api })).json();
  const invited = (pending.data as Array<{ id: string; email: string }>).filter((i) => /^(ada\.lovelace|grace\.hopper)@/.test(i.email));
  expect(invited).toHaveLength(2);
  for (const invitation of invited) {
    expect((await page.request.delete(`/api/v1/orgs/acme-ml/invitations/${invitation.id}`, { headers: api })).status()).toBe(204);
  }
});

test('the API reference at /docs/api renders the OpenAPI document, served from this server', async ({ page, baseURL }) => {
  const outside: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(baseURL!) && !request.url().startsWith('data:')) outside.push(request.url());
  });
  await page.goto('/docs/api');
  await expect(page.getByRole('heading', { name: /Roster API/ })).toBeVisible();
  await expect(page.getByText('List members', { exact: true })).toBeVisible();
  await expect(page.getByText('/api/v1/orgs/{orgId}/teams/{teamId}/apps/{appId}').first()).toBeVisible();
  expect(outside).toEqual([]);
});
