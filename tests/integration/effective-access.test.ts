import { describe, expect, it } from 'vitest';
import { getDb, schema } from '@/db';
import { effectiveAccessForMember } from '@/db/queries/access';
import { explainAppAccess } from '@/lib/permissions';
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
});
