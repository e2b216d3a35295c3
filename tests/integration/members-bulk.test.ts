/**
 * Several members at once (the members table's selection): one role for all, or removal, all or nothing,
 * with the same rules, audit events and notifications as one at a time; the preview changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { changeMemberRolesAction, previewRoleChangesAction, removeMembersAction } from '@/app/(app)/orgs/[orgId]/members/actions';
import { NO_ADMIN_LEFT } from '@/domain/members/selection';
import { actAs } from '../support/session';
import { addMember, createOrg, createUser, roleOf } from '../factories';
import { createTeam } from '../factories/teams';

async function organization() {
  const admin = await createUser({ name: 'Ada Admin' });
  const { id: orgId } = await createOrg(admin);
  const a = await addMember(orgId, 'org_user');
  const b = await addMember(orgId, 'team_contributor');
  const c = await addMember(orgId, 'org_user');
  await actAs(admin);
  return { orgId, admin, a, b, c };
}

async function auditActions(orgId: string) {
  const db = await getDb();
  const rows = await db.select({ action: schema.auditEvents.action }).from(schema.auditEvents).where(eq(schema.auditEvents.orgId, orgId));
  return rows.map((r) => r.action).sort();
}

describe('several members at once', () => {
  it('gives them one role, audited and told one by one; members already of that role are left as they are', async () => {
    const { orgId, a, b, c } = await organization();
    const result = await changeMemberRolesAction({ orgId, userIds: [a.id, b.id, c.id, a.id], role: 'org_user' });
    expect(result).toEqual({ ok: true, data: { changed: 1, role: 'org_user' } });
    expect([await roleOf(orgId, a.id), await roleOf(orgId, b.id), await roleOf(orgId, c.id)]).toEqual(['org_user', 'org_user', 'org_user']);
    expect(await changeMemberRolesAction({ orgId, userIds: [a.id, b.id], role: 'infra_manager' })).toMatchObject({
      ok: true,
      data: { changed: 2 },
    });
    expect(await roleOf(orgId, b.id)).toBe('infra_manager');
    expect((await auditActions(orgId)).filter((x) => x === 'member.role_changed')).toHaveLength(3);
    const db = await getDb();
    const told = await db
      .select()
      .from(schema.notifications)
      .where(and(eq(schema.notifications.userId, b.id), eq(schema.notifications.kind, 'role_changed')));
    expect(told).toHaveLength(2);
  });

  it('changes none of them when one is no longer a member, or when no Admin would be left', async () => {
    const { orgId, admin, a, b } = await organization();
    const stranger = await createUser();
    expect(await changeMemberRolesAction({ orgId, userIds: [a.id, stranger.id], role: 'org_contributor' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await roleOf(orgId, a.id)).toBe('org_user');

    const second = await addMember(orgId, 'admin');
    expect(await changeMemberRolesAction({ orgId, userIds: [b.id, second.id, admin.id], role: 'org_user' })).toEqual({
      ok: false,
      code: 'CONFLICT',
      message: NO_ADMIN_LEFT,
    });
    expect([await roleOf(orgId, b.id), await roleOf(orgId, second.id), await roleOf(orgId, admin.id)]).toEqual([
      'team_contributor',
      'admin',
      'admin',
    ]);
    // One Admin kept: the rest may go.
    expect(await changeMemberRolesAction({ orgId, userIds: [b.id, second.id], role: 'org_user' })).toMatchObject({ ok: true });
    expect(await roleOf(orgId, second.id)).toBe('org_user');
  });

  it('removes them all or none, never the remover (Leave is for that)', async () => {
    const { orgId, admin, a, b, c } = await organization();
    expect(await removeMembersAction({ orgId, userIds: [a.id, admin.id] })).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(await removeMembersAction({ orgId, userIds: [] })).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(await removeMembersAction({ orgId, userIds: Array.from({ length: 101 }, (_, i) => `u${i}`) })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
    });
    expect(await roleOf(orgId, a.id)).toBe('org_user');

    expect(await removeMembersAction({ orgId, userIds: [a.id, b.id] })).toEqual({ ok: true, data: { removed: 2 } });
    expect([await roleOf(orgId, a.id), await roleOf(orgId, b.id), await roleOf(orgId, c.id)]).toEqual([null, null, 'org_user']);
    expect((await auditActions(orgId)).filter((x) => x === 'member.removed')).toHaveLength(2);
    // Removing someone already gone refuses the whole selection.
    expect(await removeMembersAction({ orgId, userIds: [a.id, c.id] })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await roleOf(orgId, c.id)).toBe('org_user');
  });

  it('previews each member’s gains and losses, members alike together, changing nothing', async () => {
    const { orgId, admin, a, b, c } = await organization();
    await createTeam(orgId, { id: 'crew', members: [b] });
    const preview = await previewRoleChangesAction({ orgId, userIds: [a.id, b.id, c.id, admin.id], role: 'org_user' });
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.data.unchanged.sort()).toEqual([a.email, c.email].sort());
    expect(preview.data.refusal).toBe(NO_ADMIN_LEFT);
    expect(preview.data.groups.map((g) => g.emails)).toEqual(expect.arrayContaining([[b.email], [admin.email]]));
    const demoted = preview.data.groups.find((g) => g.emails[0] === admin.email)!;
    expect(demoted.org.lost).toContain('Invite members, change their role, remove members, rescind invitations');
    const promoted = preview.data.groups.find((g) => g.emails[0] === b.email)!;
    expect(promoted.org.gained.length + promoted.apps.length).toBeGreaterThan(0);
    expect([await roleOf(orgId, admin.id), await roleOf(orgId, b.id)]).toEqual(['admin', 'team_contributor']);
    expect(await auditActions(orgId)).toEqual([]);
  });
});
