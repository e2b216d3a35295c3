import { expect, test, type Page } from '@playwright/test';
import { createOrganization, expectAccessible, signedIn, signUpVerified, uniqueSuffix, ROLE_LABELS } from './helpers';

const ORG = 'acme-ml';
const SECRET = /^roster_scim_[0-9A-Za-z]{38}$/;
const USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
const GROUP_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const MANAGED = 'Managed by your identity provider';

/** The secret in the dialog that shows it once, after checking what the dialog says; closes it. */
async function copySecret(page: Page, title: string): Promise<string> {
  const shown = page.getByRole('dialog', { name: title });
  const secret = await shown.getByRole('textbox', { name: 'SCIM token' }).inputValue();
  expect(secret).toMatch(SECRET);
  await expect(shown).toContainText('You will not see it again');
  await expect(shown).toContainText(`/scim/v2/${ORG}`);
  await expect(shown.getByRole('button', { name: 'Copy' })).toBeVisible();
  await expectAccessible(page, `${title} dialog`);
  await shown.getByRole('button', { name: 'Done' }).click();
  await expect(shown).toBeHidden();
  await expect(page.getByText(secret)).toHaveCount(0);
  return secret;
}

test('an Admin turns provisioning on, sees the token once, sets the role, replaces the token and turns it off', async ({ browser }) => {
  const admin = await signedIn(browser, 'admin@acme.test');
  await admin.goto(`/orgs/${ORG}/settings`);
  await admin.getByRole('link', { name: 'Provisioning (SCIM)' }).click();
  await expect(admin).toHaveURL(new RegExp(`/orgs/${ORG}/settings/provisioning$`));
  await expect(admin.getByRole('heading', { name: 'Provisioning', level: 1 })).toBeVisible();
  const sidebar = admin.getByRole('navigation', { name: 'Organization' });
  await expect(sidebar.getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
  const main = admin.getByRole('main');
  await expect(main).toContainText('someone who already has a Roster account is invited rather than added');
  await expect(admin.getByRole('heading', { name: 'Provisioning is off' })).toBeVisible();
  await expect(admin.getByRole('textbox', { name: 'SCIM base URL' })).toHaveCount(0);
  await expect(admin.getByRole('heading', { name: 'Recent requests' })).toBeVisible();
  await expectAccessible(admin, 'provisioning off');

  await admin.getByRole('button', { name: 'Enable SCIM' }).click();
  const first = await copySecret(admin, 'Copy the SCIM token');
  await expect(admin.getByRole('heading', { name: 'Provisioning is on' })).toBeFocused();
  await expect(admin.getByRole('button', { name: 'Enable SCIM' })).toHaveCount(0);

  const baseUrl = admin.getByRole('textbox', { name: 'SCIM base URL' });
  await expect(baseUrl).toHaveAttribute('readonly', '');
  expect(await baseUrl.inputValue()).toMatch(new RegExp(`^https?://[^/]+/scim/v2/${ORG}$`));
  await expect(admin.getByRole('button', { name: 'Copy SCIM base URL' })).toBeVisible();
  await expect(main).toContainText(`roster_scim_…${first.slice(-4)}`);
  await expectAccessible(admin, 'provisioning on');

  // The token opens the SCIM API, and the request is listed for troubleshooting, a refused one as an error.
  const scimUrl = await baseUrl.inputValue();
  const missing = await admin.request.get(`${scimUrl}/Users/does-not-exist`, { headers: { Authorization: `Bearer ${first}` } });
  expect(missing.status()).toBe(404);
  await admin.reload();
  // Newest first: this run's request is the first such row.
  const logged = admin.getByRole('row').filter({ hasText: '/Users/does-not-exist' }).first();
  await expect(logged).toContainText('GET');
  await expect(logged.getByText('404', { exact: true })).toHaveClass(/text-danger/);
  await expect(main).not.toContainText('No requests yet.');

  // An Admin may give any role; the select offers exactly the six, and starts from the saved one.
  const role = admin.getByRole('combobox', { name: 'Role for provisioned members' });
  await expect(role.getByRole('option')).toHaveText(ROLE_LABELS);
  await role.selectOption({ label: 'Organization Contributor (all apps)' });
  await admin.getByRole('button', { name: 'Save' }).click();
  await expect(admin.getByText('New members from the identity provider get the Organization Contributor (all apps) role.')).toBeVisible();
  await admin.reload();
  await expect(role.locator('option:checked')).toHaveText('Organization Contributor (all apps)');

  await admin.getByRole('button', { name: 'Rotate token' }).click();
  const replace = admin.getByRole('dialog', { name: 'Replace the SCIM token?' });
  await expect(replace).toContainText('stops working at once');
  await expectAccessible(admin, 'replace token confirmation');
  await replace.getByRole('button', { name: 'Confirm' }).click();
  const second = await copySecret(admin, 'Copy the new SCIM token');
  expect(second).not.toBe(first);
  await expect(admin.getByRole('button', { name: 'Rotate token' })).toBeFocused();
  await expect(main).toContainText(`roster_scim_…${second.slice(-4)}`);
  const stale = await admin.request.get(`${scimUrl}/Users`, { headers: { Authorization: `Bearer ${first}` } });
  expect(stale.status()).toBe(401);

  await admin.getByRole('button', { name: 'Disable SCIM' }).click();
  const off = admin.getByRole('dialog', { name: 'Disable SCIM?' });
  await expect(off).toContainText('The people it added stay members');
  await off.getByRole('button', { name: 'Confirm' }).click();
  await expect(admin.getByText('Provisioning is off. The people it added stay members.')).toBeVisible();
  await expect(admin.getByRole('heading', { name: 'Provisioning is off' })).toBeVisible();
  await expect(admin.getByRole('textbox', { name: 'SCIM base URL' })).toHaveCount(0);
  await expect(admin.getByRole('button', { name: 'Enable SCIM' })).toBeVisible();
  await expectAccessible(admin, 'provisioning turned off');
});

test('a member who is not an Admin gets the not-found page for provisioning, as for Settings', async ({ browser }) => {
  const contributor = await signedIn(browser, 'contributor@acme.test');
  for (const path of ['settings', 'settings/provisioning']) {
    expect((await contributor.goto(`/orgs/${ORG}/${path}`))?.status(), path).toBe(404);
    await expect(contributor.getByRole('heading', { name: 'Not found or no access', level: 1 })).toBeVisible();
    await expect(contributor.getByRole('button', { name: 'Enable SCIM' })).toHaveCount(0);
  }
  await expectAccessible(contributor, 'provisioning refused');
});

test('a new organization has provisioning off and no requests yet', async ({ page }) => {
  const s = uniqueSuffix();
  await signUpVerified(page, { name: 'Sam Scim', email: `scim-${s}@example.test`, password: 'scim password' });
  const org = { name: `Scim Co ${s}`, id: `scim-${s}`, billingEmail: 'billing@scim.test' };
  await createOrganization(page, org);
  await page.goto(`/orgs/${org.id}/settings/provisioning`);
  await expect(page.getByRole('heading', { name: 'Provisioning is off' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('No requests yet.');
  await expect(page.getByRole('table')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Enable SCIM' })).toBeVisible();
});

test('a group the identity provider pushes manages its team, and the Admin maps it to a role', async ({ browser }) => {
  const admin = await signedIn(browser, 'admin@acme.test');
  const s = uniqueSuffix();
  const org = { name: `Groups Co ${s}`, id: `groups-${s}`, billingEmail: 'billing@acme.test' };
  await createOrganization(admin, org);
  await admin.goto(`/orgs/${org.id}/settings/provisioning`);
  const mapping = admin.getByRole('heading', { name: 'Group role mapping' });
  await expect(mapping).toHaveCount(0);
  await admin.getByRole('button', { name: 'Enable SCIM' }).click();
  const token = await admin.getByRole('textbox', { name: 'SCIM token' }).inputValue();
  await admin.getByRole('button', { name: 'Done' }).click();
  const base = await admin.getByRole('textbox', { name: 'SCIM base URL' }).inputValue();
  await expect(mapping).toBeVisible();
  await expect(admin.getByText('Groups your identity provider pushes appear here.')).toBeVisible();

  // The identity provider adds someone new (a member at once, with the role for provisioned members), then a group with them.
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/scim+json' };
  const email = `grouped-${s}@example.test`;
  const user = await admin.request.post(`${base}/Users`, { headers, data: { schemas: [USER_SCHEMA], userName: email, active: true } });
  expect(user.status()).toBe(201);
  const groupName = `Data Science ${s}`;
  const group = await admin.request.post(`${base}/Groups`, {
    headers,
    data: { schemas: [GROUP_SCHEMA], displayName: groupName, members: [{ value: ((await user.json()) as { id: string }).id }] },
  });
  expect(group.status()).toBe(201);
  const memberRole = async () => {
    await admin.goto(`/orgs/${org.id}/members`);
    return admin.getByRole('combobox', { name: `Role for ${email}` }).locator('option:checked');
  };
  await expect(await memberRole()).toHaveText('Organization User (all apps)');

  // An ordinary team beside it: what the managed one lacks, this one has.
  await admin.goto(`/orgs/${org.id}/teams`);
  await admin.getByRole('button', { name: 'Create Team' }).click();
  const create = admin.getByRole('dialog', { name: 'Create Team' });
  await create.getByLabel('Team name').fill('Hand made');
  await create.getByLabel('Team ID').fill(`hand-${s}`);
  await create.getByRole('button', { name: 'Confirm' }).click();
  await expect(admin.getByRole('heading', { name: 'Hand made', level: 1 })).toBeVisible();
  await expect(admin.getByText(MANAGED)).toHaveCount(0);
  await expect(admin.getByRole('button', { name: 'Add Members' })).toBeVisible();

  await admin.goto(`/orgs/${org.id}/teams`);
  const managedRow = admin.getByRole('row', { name: new RegExp(groupName) });
  const ordinaryRow = admin.getByRole('row', { name: /Hand made/ });
  await expect(managedRow.getByText(MANAGED)).toBeVisible();
  await expect(managedRow.getByRole('button', { name: /^Delete team/ })).toHaveCount(0);
  await expect(ordinaryRow.getByText(MANAGED)).toHaveCount(0);
  await expect(ordinaryRow.getByRole('button', { name: `Delete team hand-${s}` })).toBeVisible();
  await expectAccessible(admin, 'teams list with a managed team');

  // The managed team: its members and name are the group's, its apps the organization's.
  await managedRow.getByRole('link', { name: groupName }).click();
  await expect(admin.getByRole('heading', { name: groupName, level: 1 })).toBeVisible();
  const main = admin.getByRole('main');
  await expect(main.getByText(MANAGED)).toBeVisible();
  await expect(main).toContainText('change them there. What the team grants on apps is managed here.');
  await expect(admin.getByRole('row', { name: new RegExp(email) })).toBeVisible();
  await expect(admin.getByRole('button', { name: 'Add Members' })).toHaveCount(0);
  await expect(admin.getByRole('button', { name: `Remove ${email}` })).toHaveCount(0);
  await admin.getByRole('button', { name: 'Team actions' }).click();
  await expect(admin.getByRole('menuitem')).toHaveText(['Edit Default Permission']);
  await admin.keyboard.press('Escape');
  await expectAccessible(admin, 'managed team');
  await admin.getByRole('tab', { name: 'Apps' }).click();
  await expect(admin.getByRole('button', { name: 'Add App' })).toBeVisible();

  // Mapping the group to a role gives its members that role; unmapped, they return to the role for provisioned members.
  await admin.goto(`/orgs/${org.id}/settings/provisioning`);
  const row = admin.getByRole('row', { name: new RegExp(groupName) });
  await expect(row.getByRole('link', { name: /.+/ })).toHaveAttribute('href', new RegExp(`/orgs/${org.id}/teams/[a-z0-9-]+$`));
  await expect(row.getByRole('cell', { name: '1', exact: true })).toBeVisible();
  const role = admin.getByRole('combobox', { name: `Role for ${groupName}` });
  await expect(role.getByRole('option')).toHaveText(['No role mapping', ...ROLE_LABELS]);
  await expect(role.locator('option:checked')).toHaveText('No role mapping');
  await expectAccessible(admin, 'provisioning with a group');
  await role.selectOption({ label: 'Financial Manager' });
  await admin.getByRole('button', { name: `Save role for ${groupName}` }).click();
  await expect(admin.getByText(`Members of ${groupName} get the Financial Manager role.`)).toBeVisible();
  await admin.reload();
  await expect(role.locator('option:checked')).toHaveText('Financial Manager');
  await expect(await memberRole()).toHaveText('Financial Manager');

  await admin.goto(`/orgs/${org.id}/settings/provisioning`);
  await role.selectOption({ label: 'No role mapping' });
  await admin.getByRole('button', { name: `Save role for ${groupName}` }).click();
  await expect(admin.getByText(`${groupName} no longer maps to a role.`)).toBeVisible();
  await expect(await memberRole()).toHaveText('Organization User (all apps)');
});
