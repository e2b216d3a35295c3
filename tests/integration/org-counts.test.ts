import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { countMembersAndPending } from '@/db/queries/members';
import { addMember, createOrg, createUser, unique } from '../factories';

async function actual(orgId: string) {
  const db = await getDb();
  const [row] = await db
    .select({
      members: sql<number>`(select count(*)::int from ${schema.memberships} where org_id = ${orgId})`,
      pending: sql<number>`(select count(*)::int from ${schema.invitations} where org_id = ${orgId} and status = 'pending')`,
    })
    .from(sql`(select 1) as one`);
  return { members: Number(row!.members), pending: Number(row!.pending) };
}

function invitation(orgId: string, status = 'pending') {
  const id = unique('inv');
  return {
    orgId,
    email: `${id}@example.test`,
    role: 'org_user' as const,
    tokenHash: id,
    status,
    expiresAt: new Date(Date.now() + 86_400_000),
  };
}

describe('member and invitation counts kept by triggers (org_counts)', () => {
  it('follow inserts, deletes and status changes, one row or many per statement', async () => {
    const db = await getDb();
    const admin = await createUser();
    const { id: orgId } = await createOrg(admin);
    expect(await countMembersAndPending(db, orgId)).toEqual({ members: 1, pending: 0 });

    const people = await Promise.all(Array.from({ length: 5 }, () => createUser()));
    await db.insert(schema.memberships).values(people.map((p) => ({ orgId, userId: p.id, role: 'org_user' as const })));
    await db.delete(schema.memberships).where(eq(schema.memberships.userId, people[0]!.id));
    expect(await countMembersAndPending(db, orgId)).toEqual({ members: 5, pending: 0 });

    const rows = await db
      .insert(schema.invitations)
      .values([invitation(orgId), invitation(orgId), invitation(orgId), invitation(orgId, 'declined')])
      .returning({ id: schema.invitations.id });
    expect(await countMembersAndPending(db, orgId)).toEqual({ members: 5, pending: 3 });
    await db.update(schema.invitations).set({ status: 'accepted' }).where(eq(schema.invitations.id, rows[0]!.id));
    await db.update(schema.invitations).set({ status: 'pending' }).where(eq(schema.invitations.id, rows[3]!.id));
    await db.update(schema.invitations).set({ role: 'admin' }).where(eq(schema.invitations.orgId, orgId)); // no status change
    expect(await countMembersAndPending(db, orgId)).toEqual({ members: 5, pending: 3 });
    await db.delete(schema.invitations).where(eq(schema.invitations.id, rows[1]!.id));
    await db.update(schema.invitations).set({ status: 'revoked' }).where(eq(schema.invitations.orgId, orgId));
    expect(await countMembersAndPending(db, orgId)).toEqual({ members: 5, pending: 0 });
    expect(await countMembersAndPending(db, orgId)).toEqual(await actual(orgId));

    // Deleting a user removes their memberships everywhere (cascade): every organization's count follows.
    const shared = await createUser();
    const { id: otherOrg } = await createOrg(admin);
    await addMember(orgId, 'org_user', shared);
    await addMember(otherOrg, 'org_user', shared);
    await db.delete(schema.users).where(eq(schema.users.id, shared.id));
    expect(await countMembersAndPending(db, orgId)).toEqual(await actual(orgId));
    expect(await countMembersAndPending(db, otherOrg)).toEqual({ members: 1, pending: 0 });

    // The organization's deletion takes its counts with it.
    await db.delete(schema.organizations).where(eq(schema.organizations.id, orgId));
    expect(await db.select().from(schema.orgCounts).where(eq(schema.orgCounts.orgId, orgId))).toEqual([]);
  });

  it('stay exact when members join concurrently (each in its own transaction)', async () => {
    const db = await getDb();
    const admin = await createUser();
    const { id: orgId } = await createOrg(admin);
    const people = await Promise.all(Array.from({ length: 20 }, () => createUser()));
    await Promise.all(
      people.map((p, i) =>
        db
          .transaction(async (tx) => {
            await tx.insert(schema.memberships).values({ orgId, userId: p.id, role: 'org_user' });
            await tx.insert(schema.invitations).values(invitation(orgId));
            if (i % 4 === 0) throw new Error('rolled back'); // a rolled-back join counts for nothing
          })
          .catch(() => null),
      ),
    );
    expect(await countMembersAndPending(db, orgId)).toEqual({ members: 16, pending: 15 });
    expect(await actual(orgId)).toEqual({ members: 16, pending: 15 });
  });
});
