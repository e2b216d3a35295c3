import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { createOrganizationAction, deleteOrganizationAction, leaveOrganizationAction } from '@/app/(app)/organizations/actions';
import { ORG_ROLES, type OrgRole } from '@/lib/permissions';
import { actAs } from '../support/session';
import { addMember, createOrg, createUser, orgExists, roleOf, unique } from '../factories';

describe('create organization', () => {
  it('makes the creator its Admin', async () => {
    const user = await createUser();
    await actAs(user);
    const id = unique('acme');
    const result = await createOrganizationAction({ name: 'Acme', id, billingEmail: 'Billing@Acme.test' });
    expect(result).toEqual({ ok: true, data: { id } });
    expect(await roleOf(id, user.id)).toBe('admin');
    const db = await getDb();
    const [org] = await db
      .select({ billingEmail: schema.organizations.billingEmail })
      .from(schema.organizations)
      .where(eq(schema.organizations.id, id));
    expect(org?.billingEmail).toBe('billing@acme.test');
  });

  it.each([
    ['bad characters', 'Acme Corp!', 'may contain only lowercase letters'],
    ['uppercase', 'ACME', 'may contain only lowercase letters'],
    ['too short', 'a', 'at least 2 characters'],
    ['too long', 'a'.repeat(49), 'at most 48 characters'],
  ])('refuses an Organization ID with %s, beside the field', async (_case, id, message) => {
    const user = await createUser();
    await actAs(user);
    const result = await createOrganizationAction({ name: 'Acme', id, billingEmail: 'billing@acme.test' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe('VALIDATION');
    expect(result.fieldErrors?.id?.[0]).toContain(message);
    expect(await orgExists(id)).toBe(false);
  });

  it('refuses a taken Organization ID beside the field and changes nothing', async () => {
    const owner = await createUser();
    const { id } = await createOrg(owner);
    const other = await createUser();
    await actAs(other);
    const result = await createOrganizationAction({ name: 'Copycat', id, billingEmail: 'billing@copy.test' });
    expect(result).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { id: ['This Organization ID is taken. Choose another.'] },
    });
    expect(await roleOf(id, other.id)).toBeNull();
  });

  it('refuses a bad billing email and a missing name', async () => {
    await actAs(await createUser());
    const result = await createOrganizationAction({ name: '  ', id: unique('x'), billingEmail: 'not-an-email' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(['billingEmail', 'name']);
  });

  it('refuses a signed-out caller', async () => {
    await actAs(null);
    const id = unique('anon');
    expect(await createOrganizationAction({ name: 'Anon', id, billingEmail: 'a@b.test' })).toMatchObject({
      ok: false,
      code: 'UNAUTHENTICATED',
    });
    expect(await orgExists(id)).toBe(false);
  });
});

describe('delete organization', () => {
  const refused = ORG_ROLES.filter((role): role is Exclude<OrgRole, 'admin'> => role !== 'admin');

  it.each(refused)('is refused to %s and the organization remains', async (role) => {
    const admin = await createUser();
    const { id } = await createOrg(admin);
    const member = await addMember(id, role);
    await actAs(member);
    const result = await deleteOrganizationAction({ orgId: id, confirmation: id });
    expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await orgExists(id)).toBe(true);
  });

  it('is refused to an Admin of another organization, who learns nothing about it', async () => {
    const { id } = await createOrg(await createUser());
    const outsider = await createUser();
    await createOrg(outsider);
    await actAs(outsider);
    const result = await deleteOrganizationAction({ orgId: id, confirmation: id });
    expect(result).toMatchObject({ ok: false, code: 'NOT_FOUND', message: 'Not found, or you do not have access.' });
    const missing = await deleteOrganizationAction({ orgId: unique('nope'), confirmation: 'x' });
    expect(missing).toEqual(result);
    expect(await orgExists(id)).toBe(true);
  });

  it('needs the typed Organization ID, then deletes everything of it', async () => {
    const admin = await createUser();
    const { id } = await createOrg(admin);
    await addMember(id, 'org_user');
    await actAs(admin);
    const wrong = await deleteOrganizationAction({ orgId: id, confirmation: 'something else' });
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { confirmation: [`Type the Organization ID "${id}" to confirm.`] } });
    expect(await orgExists(id)).toBe(true);
    expect(await deleteOrganizationAction({ orgId: id, confirmation: id })).toEqual({ ok: true, data: null });
    expect(await orgExists(id)).toBe(false);
    const db = await getDb();
    expect(await db.select().from(schema.memberships).where(eq(schema.memberships.orgId, id))).toEqual([]);
  });
});

describe('leave organization', () => {
  it('is refused to the last Admin with the reason, and the membership stays', async () => {
    const admin = await createUser();
    const { id } = await createOrg(admin);
    await addMember(id, 'org_contributor');
    await actAs(admin);
    const result = await leaveOrganizationAction({ orgId: id });
    expect(result).toMatchObject({ ok: false, code: 'CONFLICT' });
    if (!result.ok) expect(result.message).toContain('last Admin');
    expect(await roleOf(id, admin.id)).toBe('admin');
  });

  it('lets an Admin leave when another Admin remains, and any other member leave', async () => {
    const admin = await createUser();
    const { id } = await createOrg(admin);
    const second = await addMember(id, 'admin');
    const viewer = await addMember(id, 'org_user');
    await actAs(viewer);
    expect(await leaveOrganizationAction({ orgId: id })).toEqual({ ok: true, data: null });
    await actAs(second);
    expect(await leaveOrganizationAction({ orgId: id })).toEqual({ ok: true, data: null });
    expect(await roleOf(id, viewer.id)).toBeNull();
    expect(await roleOf(id, second.id)).toBeNull();
    expect(await roleOf(id, admin.id)).toBe('admin');
  });

  it('answers NOT_FOUND to a non-member', async () => {
    const { id } = await createOrg(await createUser());
    await actAs(await createUser());
    expect(await leaveOrganizationAction({ orgId: id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});

describe('roles come from the database, not the session', () => {
  it('an unchanged session reads the new role on its next call', async () => {
    const admin = await createUser();
    const { id } = await createOrg(admin);
    const colleague = await addMember(id, 'admin');
    await actAs(colleague);
    const db = await getDb();
    // Demoted by another Admin while signed in: the same session token now gets the new role's answer.
    await db.update(schema.memberships).set({ role: 'org_user' }).where(eq(schema.memberships.userId, colleague.id));
    expect(await deleteOrganizationAction({ orgId: id, confirmation: id })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    await db.update(schema.memberships).set({ role: 'admin' }).where(eq(schema.memberships.userId, colleague.id));
    expect(await deleteOrganizationAction({ orgId: id, confirmation: id })).toEqual({ ok: true, data: null });
  });

  it('a removed member is refused on their next call', async () => {
    const admin = await createUser();
    const { id } = await createOrg(admin);
    const member = await addMember(id, 'admin');
    await actAs(member);
    const db = await getDb();
    await db.delete(schema.memberships).where(eq(schema.memberships.userId, member.id));
    expect(await deleteOrganizationAction({ orgId: id, confirmation: id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await orgExists(id)).toBe(true);
  });
});
