import { describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { leaveOrganizationAction, updateOrganizationAction } from '@/app/(app)/organizations/actions';
import OrganizationSettingsPage from '@/app/(app)/orgs/[orgId]/settings/page';
import { OrganizationSettingsForm } from '@/app/(app)/orgs/[orgId]/settings/_components/organization-settings-form';
import { DeleteOrganizationButton } from '@/app/(app)/orgs/[orgId]/settings/_components/delete-organization-button';
import { can, ORG_ROLES } from '@/lib/permissions';
import { actAs } from '../support/session';
import { addMember, createOrg, createUser, unique } from '../factories';
import { elementsOf, notFoundFrom } from '../factories/render';

/** What a refused or invalid save must leave exactly as it was: the row and the organization's audit log. */
async function orgState(orgId: string) {
  const db = await getDb();
  const [org] = await db
    .select({ name: schema.organizations.name, billingEmail: schema.organizations.billingEmail })
    .from(schema.organizations)
    .where(eq(schema.organizations.id, orgId));
  const audit = await db
    .select({ action: schema.auditEvents.action, targetId: schema.auditEvents.targetId, data: schema.auditEvents.data })
    .from(schema.auditEvents)
    .where(eq(schema.auditEvents.orgId, orgId))
    .orderBy(asc(schema.auditEvents.createdAt));
  return { org, audit };
}

async function auditOf(orgId: string, action: string) {
  const db = await getDb();
  return db
    .select({
      actorId: schema.auditEvents.actorId,
      targetType: schema.auditEvents.targetType,
      targetId: schema.auditEvents.targetId,
      data: schema.auditEvents.data,
    })
    .from(schema.auditEvents)
    .where(and(eq(schema.auditEvents.orgId, orgId), eq(schema.auditEvents.action, action)));
}

const withoutSettings = ORG_ROLES.filter((role) => !can(role, 'org.settings'));

describe('update organization settings', () => {
  it('an Admin renames the organization and sets its billing email (trimmed, lowercased), audited with before and after', async () => {
    const admin = await createUser();
    const { id } = await createOrg(admin, { name: 'Old Name' });
    await actAs(admin);
    const result = await updateOrganizationAction({ orgId: id, name: '  New Name  ', billingEmail: ' Invoices@Example.TEST ' });
    expect(result).toEqual({ ok: true, data: { name: 'New Name', billingEmail: 'invoices@example.test' } });
    expect((await orgState(id)).org).toEqual({ name: 'New Name', billingEmail: 'invoices@example.test' });
    expect(await auditOf(id, 'organization.updated')).toEqual([
      {
        actorId: admin.id,
        targetType: 'organization',
        targetId: id,
        data: {
          before: { name: 'Old Name', billingEmail: 'billing@example.test' },
          after: { name: 'New Name', billingEmail: 'invoices@example.test' },
        },
      },
    ]);
  });

  it('records only what changed, and nothing when nothing did', async () => {
    const admin = await createUser();
    const { id } = await createOrg(admin, { name: 'Same Name' });
    await actAs(admin);
    expect(await updateOrganizationAction({ orgId: id, name: 'Same Name', billingEmail: 'billing@example.test' })).toMatchObject({
      ok: true,
    });
    expect(await auditOf(id, 'organization.updated')).toEqual([]);
    expect(await updateOrganizationAction({ orgId: id, name: 'Same Name', billingEmail: 'Finance@Example.test' })).toMatchObject({
      ok: true,
    });
    expect((await auditOf(id, 'organization.updated')).map((e) => e.data)).toEqual([
      { before: { billingEmail: 'billing@example.test' }, after: { billingEmail: 'finance@example.test' } },
    ]);
  });

  it('has at least one role to refuse (the matrix says only Admins edit settings)', () => {
    expect(withoutSettings.length).toBeGreaterThan(0);
    expect(withoutSettings).not.toContain('admin');
  });

  it.each(withoutSettings)('is refused FORBIDDEN to %s, and nothing changes', async (role) => {
    const admin = await createUser();
    const { id } = await createOrg(admin, { name: 'Kept Name' });
    const member = await addMember(id, role);
    const before = await orgState(id);
    await actAs(member);
    const result = await updateOrganizationAction({ orgId: id, name: 'Hijacked', billingEmail: 'attacker@example.test' });
    expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await orgState(id)).toEqual(before);
  });

  it('is refused NOT_FOUND to a non-member and to an Admin of another organization, and UNAUTHENTICATED when signed out; nothing changes', async () => {
    const { id } = await createOrg(await createUser(), { name: 'Kept Name' });
    const before = await orgState(id);
    const input = { orgId: id, name: 'Hijacked', billingEmail: 'attacker@example.test' };

    await actAs(await createUser());
    const nonMember = await updateOrganizationAction(input);
    expect(nonMember).toMatchObject({ ok: false, code: 'NOT_FOUND', message: 'Not found, or you do not have access.' });

    const otherAdmin = await createUser();
    await createOrg(otherAdmin);
    await actAs(otherAdmin);
    expect(await updateOrganizationAction(input)).toEqual(nonMember);
    // No hint whether the organization exists.
    expect(await updateOrganizationAction({ ...input, orgId: unique('nope') })).toEqual(nonMember);

    await actAs(null);
    expect(await updateOrganizationAction(input)).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await orgState(id)).toEqual(before);
  });

  it.each([
    ['an empty name', { name: '   ' }, 'name', 'Enter an organization name.'],
    ['a name over 100 characters', { name: 'n'.repeat(101) }, 'name', 'An organization name must be at most 100 characters.'],
    [
      'a line break in the name',
      { name: 'Acme\nInc' },
      'name',
      'Organization name cannot contain line breaks, tabs or other control characters.',
    ],
    ['a NUL in the name', { name: 'Acme\u0000' }, 'name', 'This text contains a character that is not allowed (NUL).'],
    ['an empty billing email', { billingEmail: '' }, 'billingEmail', 'Enter an email address.'],
    ['a bad billing email', { billingEmail: 'not-an-email' }, 'billingEmail', 'Enter a valid email address.'],
    [
      'a NUL in the billing email',
      { billingEmail: 'a\u0000@example.test' },
      'billingEmail',
      'This text contains a character that is not allowed (NUL).',
    ],
  ])('refuses %s beside the field, and nothing changes', async (_case, bad, field, message) => {
    const admin = await createUser();
    const { id } = await createOrg(admin, { name: 'Kept Name' });
    const before = await orgState(id);
    await actAs(admin);
    const result = await updateOrganizationAction({ orgId: id, name: 'Fine Name', billingEmail: 'fine@example.test', ...bad });
    expect(result).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { [field]: [message] } });
    expect(await orgState(id)).toEqual(before);
  });

  it('the database holds billing emails lowercased whatever writes them', async () => {
    const { id } = await createOrg(await createUser());
    const db = await getDb();
    await expect(
      db.update(schema.organizations).set({ billingEmail: 'Upper@Example.test' }).where(eq(schema.organizations.id, id)),
    ).rejects.toThrow();
    expect((await orgState(id)).org?.billingEmail).toBe('billing@example.test');
  });
});

describe('organization settings page', () => {
  const props = (orgId: string) => ({ params: Promise.resolve({ orgId }) });

  it('shows an Admin the form with the saved values and Delete organization', async () => {
    const admin = await createUser();
    const { id } = await createOrg(admin, { name: 'Page Org' });
    await actAs(admin);
    const page = await OrganizationSettingsPage(props(id));
    expect(elementsOf(page, OrganizationSettingsForm).map((e) => e.props.org)).toEqual([
      { id, name: 'Page Org', billingEmail: 'billing@example.test' },
    ]);
    expect(elementsOf(page, DeleteOrganizationButton).map((e) => e.props.org)).toEqual([{ id, name: 'Page Org' }]);
  });

  it.each(withoutSettings)('answers 404 to %s, as to a non-member', async (role) => {
    const { id } = await createOrg(await createUser());
    await actAs(await addMember(id, role));
    expect(await notFoundFrom(() => OrganizationSettingsPage(props(id)))).toBe(true);
  });

  it('answers 404 to a non-member and to an unknown organization', async () => {
    const { id } = await createOrg(await createUser());
    await actAs(await createUser());
    expect(await notFoundFrom(() => OrganizationSettingsPage(props(id)))).toBe(true);
    expect(await notFoundFrom(() => OrganizationSettingsPage(props(unique('nope'))))).toBe(true);
  });
});

describe('leaving an organization', () => {
  it('is audited as member.left with the role the member had', async () => {
    const admin = await createUser();
    const { id } = await createOrg(admin);
    const leaver = await addMember(id, 'org_contributor');
    await actAs(leaver);
    expect(await leaveOrganizationAction({ orgId: id })).toEqual({ ok: true, data: null });
    expect(await auditOf(id, 'member.left')).toEqual([
      { actorId: leaver.id, targetType: 'member', targetId: leaver.email, data: { userId: leaver.id, role: 'org_contributor' } },
    ]);
  });

  it('records nothing when refused (the last Admin) or when already gone', async () => {
    const admin = await createUser();
    const { id } = await createOrg(admin);
    const leaver = await addMember(id, 'org_user');
    await actAs(admin);
    expect(await leaveOrganizationAction({ orgId: id })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await auditOf(id, 'member.left')).toEqual([]);
    await actAs(leaver);
    await leaveOrganizationAction({ orgId: id });
    expect(await leaveOrganizationAction({ orgId: id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await auditOf(id, 'member.left')).toHaveLength(1);
  });
});
