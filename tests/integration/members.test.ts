import { describe, expect, it } from 'vitest';
import {
  changeMemberRoleAction,
  inviteMembersAction,
  removeMemberAction,
  rescindInvitationAction,
} from '@/app/(app)/orgs/[orgId]/members/actions';
import { actAs } from '../support/session';
import { addMember, createOrg, createUser, roleOf } from '../factories';
import { auditOf, invitationsFor, newEmail, notificationsOf, snapshot } from '../factories/invitations';

async function orgWithMember(role: 'org_user' | 'admin' = 'org_user') {
  const admin = await createUser();
  const { id: orgId } = await createOrg(admin, { name: 'Role Org' });
  const member = await addMember(orgId, role);
  await actAs(admin);
  return { admin, orgId, member };
}

describe('change a member role', () => {
  it('changes it, records before and after in the audit log, and notifies the member', async () => {
    const { admin, orgId, member } = await orgWithMember();
    const result = await changeMemberRoleAction({ orgId, userId: member.id, role: 'org_contributor' });
    expect(result).toEqual({ ok: true, data: { email: member.email, role: 'org_contributor' } });
    expect(await roleOf(orgId, member.id)).toBe('org_contributor');
    expect(await auditOf(orgId, 'member.role_changed')).toMatchObject([
      {
        actorId: admin.id,
        targetType: 'member',
        targetId: member.email,
        data: { userId: member.id, before: 'org_user', after: 'org_contributor' },
      },
    ]);
    expect(await notificationsOf(member.id, 'role_changed')).toMatchObject([
      { orgId, readAt: null, payload: { orgName: 'Role Org', role: 'org_contributor', roleLabel: 'Organization Contributor (all apps)' } },
    ]);
  });

  it('promotes to Admin, after which the former sole Admin may step down', async () => {
    const { admin, orgId, member } = await orgWithMember();
    expect(await changeMemberRoleAction({ orgId, userId: member.id, role: 'admin' })).toMatchObject({ ok: true });
    expect(await changeMemberRoleAction({ orgId, userId: admin.id, role: 'org_user' })).toMatchObject({ ok: true });
    expect(await roleOf(orgId, admin.id)).toBe('org_user');
    expect(await roleOf(orgId, member.id)).toBe('admin');
    // Now an Organization User: members can no longer be managed by them.
    expect(await changeMemberRoleAction({ orgId, userId: member.id, role: 'org_user' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await roleOf(orgId, member.id)).toBe('admin');
  });

  it('setting the role a member already has changes and records nothing', async () => {
    const { orgId, member } = await orgWithMember();
    const before = await snapshot(orgId, [], [member.id]);
    expect(await changeMemberRoleAction({ orgId, userId: member.id, role: 'org_user' })).toEqual({
      ok: true,
      data: { email: member.email, role: 'org_user' },
    });
    expect(await snapshot(orgId, [], [member.id])).toEqual(before);
  });

  it('refuses an unknown role beside the field, and an unknown member as not found', async () => {
    const { orgId, member } = await orgWithMember();
    const stranger = await createUser();
    const before = await snapshot(orgId, [], [member.id, stranger.id]);
    expect(await changeMemberRoleAction({ orgId, userId: member.id, role: 'owner' as 'admin' })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { role: [expect.any(String)] },
    });
    expect(await changeMemberRoleAction({ orgId, userId: stranger.id, role: 'admin' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await removeMemberAction({ orgId, userId: stranger.id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await snapshot(orgId, [], [member.id, stranger.id])).toEqual(before);
    expect(await roleOf(orgId, stranger.id)).toBeNull();
  });
});

describe('the last Admin', () => {
  it.each(['org_user', 'financial_manager', 'infra_manager'] as const)('cannot be demoted to %s; nothing changes', async (role) => {
    const { admin, orgId, member } = await orgWithMember();
    const before = await snapshot(orgId, [], [admin.id, member.id]);
    const result = await changeMemberRoleAction({ orgId, userId: admin.id, role });
    expect(result).toMatchObject({ ok: false, code: 'CONFLICT', message: expect.stringContaining('last Admin') });
    expect(await snapshot(orgId, [], [admin.id, member.id])).toEqual(before);
    expect(await roleOf(orgId, admin.id)).toBe('admin');
  });

  it('cannot be removed; nothing changes', async () => {
    const { admin, orgId, member } = await orgWithMember();
    const before = await snapshot(orgId, [], [admin.id, member.id]);
    const result = await removeMemberAction({ orgId, userId: admin.id });
    expect(result).toMatchObject({ ok: false, code: 'CONFLICT', message: expect.stringContaining('last Admin') });
    expect(await snapshot(orgId, [], [admin.id, member.id])).toEqual(before);
  });

  it('is the last one only while alone: with a second Admin, either can be demoted', async () => {
    const { admin, orgId, member } = await orgWithMember('admin');
    expect(await changeMemberRoleAction({ orgId, userId: member.id, role: 'org_user' })).toMatchObject({ ok: true });
    // The one that is left is the last Admin again.
    expect(await changeMemberRoleAction({ orgId, userId: admin.id, role: 'org_user' })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await roleOf(orgId, admin.id)).toBe('admin');
  });
});

describe('remove a member', () => {
  it('removes them, audits it, notifies them, and refuses their next call', async () => {
    const { admin, orgId, member } = await orgWithMember('admin');
    expect(await removeMemberAction({ orgId, userId: member.id })).toEqual({ ok: true, data: { email: member.email } });
    expect(await roleOf(orgId, member.id)).toBeNull();
    expect(await roleOf(orgId, admin.id)).toBe('admin');
    expect(await auditOf(orgId, 'member.removed')).toMatchObject([
      { actorId: admin.id, targetId: member.email, data: { userId: member.id, role: 'admin' } },
    ]);
    expect(await notificationsOf(member.id, 'member_removed')).toMatchObject([{ payload: { orgName: 'Role Org' } }]);

    // The same (still valid) session, now of a non-member: refused as if the organization did not exist.
    await actAs(member);
    const email = newEmail();
    const before = await snapshot(orgId, [email], [admin.id, member.id]);
    expect(await inviteMembersAction({ orgId, emails: email, role: 'admin' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await changeMemberRoleAction({ orgId, userId: admin.id, role: 'org_user' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await removeMemberAction({ orgId, userId: admin.id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await snapshot(orgId, [email], [admin.id, member.id])).toEqual(before);
    expect(await invitationsFor(orgId)).toEqual([]);
  });

  it('an Admin may remove themselves while another Admin remains', async () => {
    const { admin, orgId, member } = await orgWithMember('admin');
    expect(await removeMemberAction({ orgId, userId: admin.id })).toMatchObject({ ok: true });
    expect(await roleOf(orgId, admin.id)).toBeNull();
    expect(await rescindInvitationAction({ orgId, invitationId: crypto.randomUUID() })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await roleOf(orgId, member.id)).toBe('admin');
  });
});
