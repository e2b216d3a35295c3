import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb, schema } from '@/db';
import { EFFECTIVE_ACCESS_APP_LIMIT, effectiveAccessForMember } from '@/db/queries/access';
import { explainAppAccess, summarizeAppAccess } from '@/lib/permissions';
import { addMember, createOrg, createUser } from '../factories';

async function setup() {
  const admin = await createUser();
  const { id: orgId } = await createOrg(admin);
  const db = await getDb();
  const apps = await db
    .insert(schema.apps)
    .values(['alpha', 'beta', 'gamma'].map((slug) => ({ orgId, slug, name: slug.toUpperCase() })))
    .returning({ id: schema.apps.id, slug: schema.apps.slug });
  const id = (slug: string) => apps.find((a) => a.slug === slug)!.id;
  await db.insert(schema.teams).values([
    { orgId, id: 'labelers', name: 'labelers', defaultPermission: 'labeler_worker' },
    { orgId, id: 'trainers', name: 'trainers', defaultPermission: 'model_trainer' },
  ]);
  await db.insert(schema.teamApps).values([
    { orgId, teamId: 'labelers', appId: id('alpha'), permission: 'labeler_worker' },
    { orgId, teamId: 'trainers', appId: id('alpha'), permission: 'model_trainer' },
    { orgId, teamId: 'trainers', appId: id('beta'), permission: 'full_access' },
  ]);
  return { orgId, db };
}

describe('effective access, explained', () => {
  it('a Team Contributor sees only the apps their teams grant, each permission with its teams', async () => {
    const { orgId, db } = await setup();
    const member = await addMember(orgId, 'team_contributor');
    await db.insert(schema.teamMembers).values([
      { orgId, teamId: 'labelers', userId: member.id },
      { orgId, teamId: 'trainers', userId: member.id },
    ]);
    const access = await effectiveAccessForMember(db, orgId, member.id, 'team_contributor');
    expect(access.map((a) => a.slug)).toEqual(['alpha', 'beta']);
    const alpha = explainAppAccess(access[0]!.grant);
    const of = (key: string) => alpha.find((p) => p.permission === key)!;
    expect(of('models.write').sources.map((s) => s.label)).toEqual(['team trainers: Model Trainer']);
    expect(of('tasks.work_assigned').sources.map((s) => s.label)).toEqual(['team labelers: Labeler Worker']);
    expect(of('app.view').sources.map((s) => s.label)).toEqual(['team labelers: Labeler Worker', 'team trainers: Model Trainer']);
    const beta = explainAppAccess(access[1]!.grant);
    expect(beta.find((p) => p.permission === 'app.delete')!.allowed).toBe(false);
    expect(beta.find((p) => p.permission === 'app.edit_details')!.sources.map((s) => s.label)).toEqual(['team trainers: Full Access']);
  });

  it("lists each app's granting teams in team ID order (as JS sorts them), names with commas and colons intact, every level", async () => {
    const { orgId, db } = await setup();
    const member = await addMember(orgId, 'team_contributor');
    const [app] = await db.insert(schema.apps).values({ orgId, slug: 'delta', name: 'Delta' }).returning({ id: schema.apps.id });
    // IDs whose order differs between collations ('-' and '_' sort apart from letters in some locales).
    const ids = ['z-team', 'a_b', 'a-b', 'ab', 'a0', 'bb', 'm_x-1'];
    const levels = ['full_access', 'model_trainer', 'labeler_lead', 'labeler_worker'] as const;
    await db
      .insert(schema.teams)
      .values(ids.map((id, i) => ({ orgId, id, name: `Team ${id}: one, two ${i}`, defaultPermission: levels[i % 4]! })));
    await db.insert(schema.teamApps).values(ids.map((teamId, i) => ({ orgId, teamId, appId: app!.id, permission: levels[(i + 1) % 4]! })));
    await db.insert(schema.teamMembers).values(ids.map((teamId) => ({ orgId, teamId, userId: member.id })));
    const [delta] = await effectiveAccessForMember(db, orgId, member.id, 'team_contributor');
    expect(delta!.slug).toBe('delta');
    expect(delta!.grant.teams).toEqual(
      [...ids]
        .sort()
        .map((id) => ({ teamId: id, teamName: `Team ${id}: one, two ${ids.indexOf(id)}`, level: levels[(ids.indexOf(id) + 1) % 4] })),
    );
  });

  it('an Organization User sees every app by role, with team grants added as sources', async () => {
    const { orgId, db } = await setup();
    const member = await addMember(orgId, 'org_user');
    await db.insert(schema.teamMembers).values({ orgId, teamId: 'trainers', userId: member.id });
    const access = await effectiveAccessForMember(db, orgId, member.id, 'org_user');
    expect(access.map((a) => a.slug)).toEqual(['alpha', 'beta', 'gamma']);
    const gamma = explainAppAccess(access[2]!.grant);
    expect(gamma.find((p) => p.permission === 'app.view')!.sources.map((s) => s.label)).toEqual(['role: Organization User (all apps)']);
    expect(gamma.find((p) => p.permission === 'models.write')!.allowed).toBe(false);
    const alpha = explainAppAccess(access[0]!.grant);
    expect(alpha.find((p) => p.permission === 'models.write')!.sources.map((s) => s.label)).toEqual(['team trainers: Model Trainer']);
  });

  it('a Financial Manager in no team has no app access', async () => {
    const { orgId, db } = await setup();
    const member = await addMember(orgId, 'financial_manager');
    expect(await effectiveAccessForMember(db, orgId, member.id, 'financial_manager')).toEqual([]);
  });

  it('lists every granting team of an app, by team ID, with names of any text, and nothing from another organization', async () => {
    const { orgId, db } = await setup();
    const member = await addMember(orgId, 'team_contributor');
    const [alpha] = await db
      .select({ id: schema.apps.id })
      .from(schema.apps)
      .where(and(eq(schema.apps.orgId, orgId), eq(schema.apps.slug, 'alpha')));
    // Names holding the separators a compact encoding might use; IDs whose order differs from their names'.
    const extra = [
      { id: 'z-last', name: 'Alpha, the first: by name' },
      { id: 'a_first', name: 'zeta "quoted" {braced}' },
      { id: 'm-9', name: 'Middle, with, commas' },
    ];
    await db.insert(schema.teams).values(extra.map((team) => ({ orgId, ...team, defaultPermission: 'labeler_worker' as const })));
    await db
      .insert(schema.teamApps)
      .values(extra.map((team) => ({ orgId, teamId: team.id, appId: alpha!.id, permission: 'labeler_worker' as const })));
    await db
      .insert(schema.teamMembers)
      .values(['labelers', 'trainers', ...extra.map((team) => team.id)].map((teamId) => ({ orgId, teamId, userId: member.id })));
    // The same member in another organization, in a team with the same ID that grants that organization's app.
    const other = await createOrg(await createUser());
    await addMember(other.id, 'team_contributor', member);
    const [elsewhere] = await db
      .insert(schema.apps)
      .values({ orgId: other.id, slug: 'alpha', name: 'Elsewhere' })
      .returning({ id: schema.apps.id });
    await db.insert(schema.teams).values({ orgId: other.id, id: 'labelers', name: 'Other labelers', defaultPermission: 'full_access' });
    await db.insert(schema.teamApps).values({ orgId: other.id, teamId: 'labelers', appId: elsewhere!.id, permission: 'full_access' });
    await db.insert(schema.teamMembers).values({ orgId: other.id, teamId: 'labelers', userId: member.id });

    const access = await effectiveAccessForMember(db, orgId, member.id, 'team_contributor');
    expect(access.map((a) => [a.slug, a.name])).toEqual([
      ['alpha', 'ALPHA'],
      ['beta', 'BETA'],
    ]);
    expect(access[0]!.grant.teams).toEqual([
      { teamId: 'a_first', teamName: 'zeta "quoted" {braced}', level: 'labeler_worker' },
      { teamId: 'labelers', teamName: 'labelers', level: 'labeler_worker' },
      { teamId: 'm-9', teamName: 'Middle, with, commas', level: 'labeler_worker' },
      { teamId: 'trainers', teamName: 'trainers', level: 'model_trainer' },
      { teamId: 'z-last', teamName: 'Alpha, the first: by name', level: 'labeler_worker' },
    ]);
    expect(access[1]!.grant.teams).toEqual([{ teamId: 'trainers', teamName: 'trainers', level: 'full_access' }]);
    const view = summarizeAppAccess(access[0]!.grant).find((p) => p.permission === 'app.view')!;
    expect(view.levels.map((l) => [l.level, l.teams])).toEqual([
      ['labeler_worker', ['zeta "quoted" {braced}', 'labelers', 'Middle, with, commas', 'Alpha, the first: by name']],
      ['model_trainer', ['trainers']],
    ]);
    const there = await effectiveAccessForMember(db, other.id, member.id, 'team_contributor');
    expect(there.map((a) => [a.name, a.grant.teams])).toEqual([
      ['Elsewhere', [{ teamId: 'labelers', teamName: 'Other labelers', level: 'full_access' }]],
    ]);
  });

  it('shows the first 200 apps by App ID, in order, with the team grants of those apps only', async () => {
    const admin = await createUser();
    const { id: orgId } = await createOrg(admin);
    const db = await getDb();
    const slugs = Array.from({ length: EFFECTIVE_ACCESS_APP_LIMIT + 5 }, (_, i) => `app-${String(i).padStart(3, '0')}`);
    const apps = await db
      .insert(schema.apps)
      .values([...slugs].reverse().map((slug) => ({ orgId, slug, name: slug.toUpperCase() })))
      .returning({ id: schema.apps.id, slug: schema.apps.slug });
    const id = (slug: string) => apps.find((a) => a.slug === slug)!.id;
    await db.insert(schema.teams).values({ orgId, id: 'builders', name: 'Builders', defaultPermission: 'model_trainer' });
    await db.insert(schema.teamApps).values([
      { orgId, teamId: 'builders', appId: id('app-000'), permission: 'model_trainer' },
      { orgId, teamId: 'builders', appId: id('app-199'), permission: 'full_access' },
      { orgId, teamId: 'builders', appId: id('app-200'), permission: 'full_access' },
    ]);
    const member = await addMember(orgId, 'org_user');
    await db.insert(schema.teamMembers).values({ orgId, teamId: 'builders', userId: member.id });

    const access = await effectiveAccessForMember(db, orgId, member.id, 'org_user');
    expect(access.map((a) => a.slug)).toEqual(slugs.slice(0, EFFECTIVE_ACCESS_APP_LIMIT));
    const granted = access.filter((a) => a.grant.teams.length > 0).map((a) => [a.slug, a.grant.teams.map((t) => t.level)]);
    expect(granted).toEqual([
      ['app-000', ['model_trainer']],
      ['app-199', ['full_access']],
    ]);
    expect(access.every((a) => a.grant.role === 'org_user')).toBe(true);
  });
});
