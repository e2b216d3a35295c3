/**
 * The members list an admin reads: by name then email (a sort key kept by triggers, so a rename moves the
 * row), one role at a time, each row with its team count and last activity; keyset pages that together
 * hold every member exactly once.
 */
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { listMembers, type MemberListOptions } from '@/db/queries/members';
import { addMember, createOrg, createUser, unique } from '../factories';
import { createTeam } from '../factories/teams';

async function everyPage(orgId: string, options: MemberListOptions = {}) {
  const db = await getDb();
  const rows = [];
  let after: string | undefined;
  do {
    const page = await listMembers(db, orgId, { ...options, after });
    rows.push(...page.rows);
    after = page.nextCursor ?? undefined;
  } while (after);
  return rows;
}

describe('the members list', () => {
  it('orders by name then email, and follows a rename', async () => {
    const db = await getDb();
    const tag = unique('ord');
    const admin = await createUser({ name: 'Mia Admin', email: `${tag}-admin@example.test` });
    const { id: orgId } = await createOrg(admin);
    // Names that begin alike, a member without a name (placed by their email), two people of one name.
    const people = [
      { name: 'Ann', email: `${tag}-zed@example.test` },
      { name: 'Anna', email: `${tag}-anna@example.test` },
      { name: 'bob', email: `${tag}-b2@example.test` },
      { name: 'Bob', email: `${tag}-b1@example.test` },
      { name: null, email: `carl-${tag}@example.test` },
      { name: 'Zoë', email: `${tag}-zoe@example.test` },
    ];
    for (const person of people) {
      const [user] = await db.insert(schema.users).values(person).returning({ id: schema.users.id, email: schema.users.email });
      await addMember(orgId, 'org_user', user!);
    }
    const order = async () => (await everyPage(orgId)).map((m) => m.name ?? m.email);
    expect(await order()).toEqual(['Ann', 'Anna', 'Bob', 'bob', `carl-${tag}@example.test`, 'Mia Admin', 'Zoë']);

    await db
      .update(schema.users)
      .set({ name: 'Aaron' })
      .where(eq(schema.users.email, `${tag}-zoe@example.test`));
    await db
      .update(schema.users)
      .set({ name: 'Zed' })
      .where(eq(schema.users.email, `${tag}-zed@example.test`));
    expect(await order()).toEqual(['Aaron', 'Anna', 'Bob', 'bob', `carl-${tag}@example.test`, 'Mia Admin', 'Zed']);
  });

  it('pages through every member exactly once, of all roles or of one', async () => {
    const db = await getDb();
    const admin = await createUser();
    const { id: orgId } = await createOrg(admin);
    const tag = unique('pages');
    const users = await db
      .insert(schema.users)
      .values(Array.from({ length: 120 }, (_, i) => ({ name: i % 4 ? `Person ${i % 7}` : null, email: `${tag}-${i}@example.test` })))
      .returning({ id: schema.users.id });
    await db
      .insert(schema.memberships)
      .values(users.map((u, i) => ({ orgId, userId: u.id, role: i % 3 ? ('org_user' as const) : ('team_contributor' as const) })));

    const all = await everyPage(orgId);
    expect(all).toHaveLength(121);
    expect(new Set(all.map((m) => m.userId)).size).toBe(121);
    const keys = all.map((m) => `${(m.name ?? m.email).toLowerCase()}\u0001${m.email}`);
    expect(keys).toEqual([...keys].sort());

    const contributors = await everyPage(orgId, { role: 'team_contributor' });
    expect(contributors).toHaveLength(40);
    expect(contributors.every((m) => m.role === 'team_contributor')).toBe(true);
    expect(contributors.map((m) => m.userId)).toEqual(all.filter((m) => m.role === 'team_contributor').map((m) => m.userId));
    expect(await everyPage(orgId, { role: 'admin' })).toHaveLength(1);
    expect(await everyPage(orgId, { role: 'infra_manager' })).toEqual([]);
    expect(await everyPage(orgId, { role: 'org_user', q: 'person 3' })).toHaveLength(
      all.filter((m) => m.role === 'org_user' && m.name === 'Person 3').length,
    );
  });

  it('shows each member’s team count and last activity', async () => {
    const db = await getDb();
    const admin = await createUser({ name: 'Aa Admin' });
    const { id: orgId } = await createOrg(admin);
    const other = await createUser();
    const { id: otherOrg } = await createOrg(other);
    const member = await addMember(orgId, 'org_user', await createUser({ name: 'Bb Member' }));
    await addMember(otherOrg, 'org_user', member);
    await createTeam(orgId, { id: 'one', members: [member, admin] });
    await createTeam(orgId, { id: 'two', members: [member] });
    // A team in another organization is not counted here.
    await createTeam(otherOrg, { id: 'three', members: [member] });
    const seen = new Date(Date.UTC(2026, 5, 1, 12));
    await db.insert(schema.userSessions).values([
      { id: unique('s'), userId: member.id, lastActiveAt: new Date(Date.UTC(2026, 4, 1)) },
      { id: unique('s'), userId: member.id, lastActiveAt: seen },
    ]);

    const rows = await everyPage(orgId);
    expect(rows.map((m) => [m.name, m.teams, m.lastActiveAt])).toEqual([
      ['Aa Admin', 1, null],
      ['Bb Member', 2, seen],
    ]);
  });
});
