import { describe, expect, it } from 'vitest';
import { getDb, schema } from '@/db';
import { memberAppGroups } from '@/db/queries/member-app-groups';
import { previewRoleChangeAction } from '@/app/(app)/orgs/[orgId]/members/actions';
import { APP_PERMISSION_DEFS, ORG_PERMISSION_DEFS, appPermissionsOf, roleChangeEffect } from '@/lib/permissions';
import { actAs } from '../support/session';
import { addMember, createOrg, createUser, roleOf } from '../factories';

/** An organization of 12 apps: one a team grants the member (Labeler Worker), one open to the organization. */
async function setup() {
  const admin = await createUser();
  const { id: orgId } = await createOrg(admin);
  const db = await getDb();
  const slugs = Array.from({ length: 12 }, (_, i) => `app-${String(i).padStart(2, '0')}`);
  const apps = await db
    .insert(schema.apps)
    .values(slugs.map((slug) => ({ orgId, slug, name: slug, visibility: slug === 'app-11' ? 'org' : 'private' })))
    .returning({ id: schema.apps.id, slug: schema.apps.slug });
  await db.insert(schema.teams).values({ orgId, id: 'labelers', name: 'Labelers: east', defaultPermission: 'labeler_worker' });
  await db
    .insert(schema.teamApps)
    .values({ orgId, teamId: 'labelers', appId: apps.find((a) => a.slug === 'app-00')!.id, permission: 'labeler_worker' });
  const member = await addMember(orgId, 'org_user');
  await db.insert(schema.teamMembers).values({ orgId, teamId: 'labelers', userId: member.id });
  return { admin, orgId, member, db };
}

const appLabel = (key: keyof typeof APP_PERMISSION_DEFS) => APP_PERMISSION_DEFS[key].label;

describe('role change preview', () => {
  it('groups the apps by how the member reaches them, in one statement', async () => {
    const { orgId, member, db } = await setup();
    const { groups, total } = await memberAppGroups(db, orgId, member.id);
    expect(total).toBe(12);
    const byKind = groups.map((g) => ({
      visibility: g.visibility,
      teams: g.teams.map((t) => `${t.teamId}:${t.level}:${t.teamName}`),
      count: g.count,
    }));
    expect(byKind).toEqual(
      expect.arrayContaining([
        { visibility: 'private', teams: [], count: 10 },
        { visibility: 'org', teams: [], count: 1 },
        { visibility: 'private', teams: ['labelers:labeler_worker:Labelers: east'], count: 1 },
      ]),
    );
    expect(groups.find((g) => g.count === 10)!.names).toEqual(['app-01', 'app-02', 'app-03', 'app-04', 'app-05']);
  });

  it('Organization User → Team Contributor: loses viewing every app except what teams and visibility still grant', async () => {
    const { admin, orgId, member } = await setup();
    await actAs(admin);
    const result = await previewRoleChangeAction({ orgId, userId: member.id, role: 'team_contributor' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { apps, org, refusal } = result.data;
    expect(refusal).toBeNull();
    // The 10 private apps without a team lose every view permission.
    const plain = apps.find((a) => a.count === 10)!;
    expect(plain.lost).toContain(appLabel('app.view'));
    expect(plain.gained).toEqual([]);
    expect(plain.everyApp).toBe(false);
    expect(plain.names).toHaveLength(5);
    // On the team's app the Labeler Worker level keeps the app open: only what the role alone gave is lost.
    const teamApp = apps.find((a) => a.names.includes('app-00'))!;
    expect(teamApp.count).toBe(1);
    expect(teamApp.lost).toContain(appLabel('inputs.view_all'));
    expect(teamApp.lost).not.toContain(appLabel('app.view'));
    // The organization-visible app keeps exactly what an Organization User has: no change there.
    expect(apps.some((a) => a.names.includes('app-11'))).toBe(false);
    // The apps list narrows to the granted ones; nothing of the org level is gained outright.
    expect(org.lost).toContain(ORG_PERMISSION_DEFS['org.apps.view'].label);
    expect(org.gained.some((g) => g.startsWith(ORG_PERMISSION_DEFS['org.apps.view'].label))).toBe(true);
    // Nothing changed: the preview only reads.
    expect(await roleOf(orgId, member.id)).toBe('org_user');
  });

  it('gains and losses come from the same permission functions as effective access', () => {
    const groups = [{ visibility: 'private' as const, teams: [], count: 3, names: ['a', 'b', 'c'] }];
    const effect = roleChangeEffect('org_user', 'org_contributor', groups, 3);
    const before = appPermissionsOf({ role: 'org_user', teams: [] });
    const after = appPermissionsOf({ role: 'org_contributor', teams: [] });
    const expected = [...after].filter((p) => !before.has(p)).map((p) => APP_PERMISSION_DEFS[p].label);
    expect(effect.apps).toEqual([{ count: 3, names: ['a', 'b', 'c'], everyApp: true, gained: expect.arrayContaining(expected), lost: [] }]);
    expect(effect.apps[0]!.gained).toHaveLength(expected.length);
    expect(effect.org.gained.length).toBeGreaterThan(0);
  });

  it('says before Confirm that the last Admin cannot be demoted', async () => {
    const { admin, orgId } = await setup();
    await actAs(admin);
    const result = await previewRoleChangeAction({ orgId, userId: admin.id, role: 'org_user' });
    expect(result.ok && result.data.refusal).toMatch(/is the last Admin/);
    expect(await roleOf(orgId, admin.id)).toBe('admin');
  });

  it('refuses a member who may not manage members, and an unknown member', async () => {
    const { admin, orgId, member } = await setup();
    await actAs(member);
    const refused = await previewRoleChangeAction({ orgId, userId: admin.id, role: 'org_user' });
    expect(refused.ok ? null : refused.code).toBe('FORBIDDEN');
    await actAs(admin);
    const stranger = await createUser();
    const missing = await previewRoleChangeAction({ orgId, userId: stranger.id, role: 'org_user' });
    expect(missing.ok ? null : missing.code).toBe('NOT_FOUND');
  });
});
