import { describe, expect, it } from 'vitest';
import { getDb, schema } from '@/db';
import { PAGE_SIZE } from '@/db/paging';
import { findTeamSummary, listTeamApps, listTeamMembers } from '@/db/queries/team-grants';
import { addMember, createOrg, createUser, unique } from '../factories';

/** A team of `members` people and `apps` app grants, written in batches. */
async function bigTeam(members: number, apps: number) {
  const admin = await createUser();
  const { id: orgId } = await createOrg(admin);
  const db = await getDb();
  const tag = unique('tp');
  const users = await db
    .insert(schema.users)
    .values(
      Array.from({ length: members }, (_, i) => ({
        email: `${tag}-${String(i).padStart(4, '0')}@example.test`,
        name: i % 10 === 7 ? `Seven ${i}` : `Person ${i}`,
      })),
    )
    .returning({ id: schema.users.id, email: schema.users.email });
  await db.insert(schema.memberships).values(users.map((u) => ({ orgId, userId: u.id, role: 'org_user' as const })));
  await db.insert(schema.teams).values({ orgId, id: 'crew', name: 'Crew', defaultPermission: 'labeler_worker' });
  await db.insert(schema.teamMembers).values(users.map((u) => ({ orgId, teamId: 'crew', userId: u.id })));
  if (apps > 0) {
    const appRows = await db
      .insert(schema.apps)
      .values(
        Array.from({ length: apps }, (_, i) => ({
          orgId,
          slug: `app-${String(i).padStart(3, '0')}`,
          name: i % 10 === 3 ? `Three ${i}` : `App ${i}`,
        })),
      )
      .returning({ id: schema.apps.id });
    await db
      .insert(schema.teamApps)
      .values(appRows.map((a) => ({ orgId, teamId: 'crew', appId: a.id, permission: 'model_trainer' as const })));
  }
  return { orgId, admin, users, db };
}

async function allPages<T>(load: (after?: string) => Promise<{ rows: T[]; nextCursor: string | null }>): Promise<T[][]> {
  const pages: T[][] = [];
  let after: string | undefined;
  do {
    const page = await load(after);
    pages.push(page.rows);
    after = page.nextCursor ?? undefined;
  } while (after && pages.length < 100);
  return pages;
}

describe('the team page lists every member and app a page at a time, with true counts', () => {
  it('pages through 120 members by email, each exactly once, and counts them all', async () => {
    const { orgId, admin, users, db } = await bigTeam(120, 0);
    const pages = await allPages((after) => listTeamMembers(db, orgId, 'crew', { after }));
    expect(pages.map((p) => p.length)).toEqual([PAGE_SIZE, PAGE_SIZE, 120 - 2 * PAGE_SIZE]);
    expect(pages.flat().map((m) => m.email)).toEqual(users.map((u) => u.email).sort());
    const summary = await findTeamSummary(db, orgId, 'crew', admin.id);
    expect(summary).toMatchObject({ id: 'crew', memberCount: 120, appCount: 0, viewerIsMember: false });
    expect((await findTeamSummary(db, orgId, 'crew', users[5]!.id))!.viewerIsMember).toBe(true);
  });

  it('searches members by name or email on the server, paged the same way', async () => {
    const { orgId, users, db } = await bigTeam(120, 0);
    const sevens = (await allPages((after) => listTeamMembers(db, orgId, 'crew', { q: 'seven', after }))).flat();
    expect(sevens.map((m) => m.name)).toEqual(
      users
        .map((_, i) => i)
        .filter((i) => i % 10 === 7)
        .map((i) => `Seven ${i}`),
    );
    const one = await listTeamMembers(db, orgId, 'crew', { q: users[42]!.email.toUpperCase() });
    expect(one.rows.map((m) => m.email)).toEqual([users[42]!.email]);
    expect((await listTeamMembers(db, orgId, 'crew', { q: '%' })).rows).toEqual([]);
  });

  it("pages through 75 apps by App ID and searches them; another organization's team of the same ID is not mixed in", async () => {
    const { orgId, admin, db } = await bigTeam(1, 75);
    const other = await bigTeam(3, 5);
    const pages = await allPages((after) => listTeamApps(db, orgId, 'crew', { after }));
    expect(pages.map((p) => p.length)).toEqual([PAGE_SIZE, 75 - PAGE_SIZE]);
    expect(pages.flat().map((a) => a.slug)).toEqual(Array.from({ length: 75 }, (_, i) => `app-${String(i).padStart(3, '0')}`));
    expect(pages.flat().every((a) => a.permission === 'model_trainer')).toBe(true);
    const threes = (await listTeamApps(db, orgId, 'crew', { q: 'three' })).rows.map((a) => a.slug);
    expect(threes).toEqual(['app-003', 'app-013', 'app-023', 'app-033', 'app-043', 'app-053', 'app-063', 'app-073']);
    expect(await findTeamSummary(db, orgId, 'crew', admin.id)).toMatchObject({ memberCount: 1, appCount: 75 });
    expect(await findTeamSummary(db, other.orgId, 'crew', admin.id)).toMatchObject({ memberCount: 3, appCount: 5 });
    const outsider = await addMember(other.orgId, 'org_user');
    expect((await listTeamMembers(db, orgId, 'crew', {})).rows.map((m) => m.userId)).not.toContain(outsider.id);
  });
});
