import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { addMember, createOrg, createUser } from '../factories';
import { createApp, createTeam, failureCode, teamOrg, tenantSnapshot, type TeamOrg } from '../factories/teams';

/**
 * SPEC §2: foreign keys between tenant tables include org_id, so a cross-organization reference is
 * impossible at the database level, whatever code writes it. These statements bypass every action.
 */
const FOREIGN_KEY_VIOLATION = '23503';
const CHECK_VIOLATION = '23514';

async function twoOrgs() {
  const a = await teamOrg();
  const b = await teamOrg();
  return {
    a,
    b,
    state: (...users: Array<{ id: string }>) => tenantSnapshot([a.orgId, b.orgId], [a.admin.id, b.admin.id, ...users.map((u) => u.id)]),
  };
}

describe('team_members only ever holds members of the organization, in its own teams', () => {
  const cases: Array<[string, (a: TeamOrg, b: TeamOrg) => Promise<{ orgId: string; teamId: string; userId: string }>]> = [
    [
      "a member of another organization in this organization's team",
      async (a, b) => ({ orgId: a.orgId, teamId: a.teamId, userId: b.notInTeam.id }),
    ],
    ['a user of no organization', async (a) => ({ orgId: a.orgId, teamId: a.teamId, userId: (await createUser()).id })],
    ['a user id that does not exist', async (a) => ({ orgId: a.orgId, teamId: a.teamId, userId: crypto.randomUUID() })],
    [
      "another organization's team (its Team ID under this org_id)",
      async (a, b) => ({ orgId: a.orgId, teamId: b.teamId, userId: a.notInTeam.id }),
    ],
    [
      "this organization's member in another organization's team (that team's org_id)",
      async (a, b) => ({ orgId: b.orgId, teamId: b.teamId, userId: a.notInTeam.id }),
    ],
  ];

  it.each(cases)('refuses %s, writing nothing', async (_case, row) => {
    const { a, b, state } = await twoOrgs();
    const values = await row(a, b);
    const before = await state({ id: values.userId });
    const db = await getDb();
    expect(await failureCode(db.insert(schema.teamMembers).values(values))).toBe(FOREIGN_KEY_VIOLATION);
    expect(await state({ id: values.userId })).toEqual(before);
    const written = await db
      .select()
      .from(schema.teamMembers)
      .where(and(eq(schema.teamMembers.orgId, values.orgId), eq(schema.teamMembers.userId, values.userId)));
    expect(written.filter((r) => r.teamId === values.teamId)).toEqual([]);
  });

  it('refuses moving an existing team member row onto someone outside the organization', async () => {
    const { a, b, state } = await twoOrgs();
    const before = await state();
    const db = await getDb();
    const tm = schema.teamMembers;
    const update = db
      .update(tm)
      .set({ userId: b.inTeam.id })
      .where(and(eq(tm.orgId, a.orgId), eq(tm.teamId, a.teamId), eq(tm.userId, a.inTeam.id)));
    expect(await failureCode(update)).toBe(FOREIGN_KEY_VIOLATION);
    expect(await state()).toEqual(before);
  });

  it('the same person may be in teams of two organizations they belong to (the keys only refuse mismatches)', async () => {
    const { a, b } = await twoOrgs();
    const both = await addMember(a.orgId, 'org_user');
    await addMember(b.orgId, 'org_user', both);
    const db = await getDb();
    await db.insert(schema.teamMembers).values([
      { orgId: a.orgId, teamId: a.teamId, userId: both.id },
      { orgId: b.orgId, teamId: b.teamId, userId: both.id },
    ]);
    const rows = await db
      .select({ orgId: schema.teamMembers.orgId })
      .from(schema.teamMembers)
      .where(eq(schema.teamMembers.userId, both.id));
    expect(rows.map((r) => r.orgId).sort()).toEqual([a.orgId, b.orgId].sort());
  });
});

describe("team_apps only ever grants the organization's own apps to its own teams", () => {
  const cases: Array<[string, (a: TeamOrg, b: TeamOrg) => Promise<{ orgId: string; teamId: string; appId: string }>]> = [
    [
      "another organization's app (its uuid under this org_id)",
      async (a, b) => ({ orgId: a.orgId, teamId: a.teamId, appId: b.freeApp.id }),
    ],
    [
      'a personal app (org_id null)',
      async (a) => ({ orgId: a.orgId, teamId: a.teamId, appId: (await createApp({ userId: a.admin.id })).id }),
    ],
    ['an app id that does not exist', async (a) => ({ orgId: a.orgId, teamId: a.teamId, appId: crypto.randomUUID() })],
    ["this organization's app to another organization's team", async (a, b) => ({ orgId: b.orgId, teamId: b.teamId, appId: a.freeApp.id })],
    [
      "another organization's team (its Team ID under this org_id)",
      async (a, b) => ({ orgId: a.orgId, teamId: b.teamId, appId: a.freeApp.id }),
    ],
  ];

  it.each(cases)('refuses %s, writing nothing', async (_case, row) => {
    const { a, b, state } = await twoOrgs();
    const values = await row(a, b);
    const before = await state();
    const db = await getDb();
    expect(await failureCode(db.insert(schema.teamApps).values({ ...values, permission: 'full_access' }))).toBe(FOREIGN_KEY_VIOLATION);
    expect(await state()).toEqual(before);
    const written = await db.select().from(schema.teamApps).where(eq(schema.teamApps.appId, values.appId));
    expect(written.filter((r) => r.orgId === values.orgId && r.teamId === values.teamId)).toEqual([]);
  });

  it("refuses repointing an existing grant at another organization's app", async () => {
    const { a, b, state } = await twoOrgs();
    const before = await state();
    const ta = schema.teamApps;
    const db = await getDb();
    const update = db
      .update(ta)
      .set({ appId: b.teamApp.id })
      .where(and(eq(ta.orgId, a.orgId), eq(ta.teamId, a.teamId), eq(ta.appId, a.teamApp.id)));
    expect(await failureCode(update)).toBe(FOREIGN_KEY_VIOLATION);
    expect(await state()).toEqual(before);
  });

  it('refuses moving an app a team holds into another organization (the grant would cross over)', async () => {
    const { a, b, state } = await twoOrgs();
    const before = await state();
    const db = await getDb();
    expect(await failureCode(db.update(schema.apps).set({ orgId: b.orgId }).where(eq(schema.apps.id, a.teamApp.id)))).toBe(
      FOREIGN_KEY_VIOLATION,
    );
    expect(await state()).toEqual(before);
  });
});

describe('apps have exactly one owner', () => {
  it.each([
    ['both an organization and a user', (orgId: string, userId: string) => ({ orgId, ownerUserId: userId })],
    ['neither', () => ({})],
  ])('refuses an app owned by %s, writing nothing', async (_case, owner) => {
    const user = await createUser();
    const { id: orgId } = await createOrg(user);
    await createTeam(orgId);
    const before = await tenantSnapshot([orgId], [user.id]);
    const db = await getDb();
    const insert = db.insert(schema.apps).values({ ...owner(orgId, user.id), slug: 'two-owners', name: 'Two owners' });
    expect(await failureCode(insert)).toBe(CHECK_VIOLATION);
    expect(await tenantSnapshot([orgId], [user.id])).toEqual(before);
  });
});
