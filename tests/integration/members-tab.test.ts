import { describe, expect, it } from 'vitest';
import { getDb, schema } from '@/db';
import { PAGE_SIZE } from '@/db/paging';
import { countMembersAndPending, listMembers, listPendingInvitations, membersTab } from '@/db/queries/members';
import { createOrg, createUser, unique } from '../factories';

// The members page reads a page of the active tab and both counts in one statement (a lateral join):
// it must return exactly what the separate queries return.
describe('membersTab (one statement for the members page)', () => {
  it('equals the list and the counts, page after page, in both tabs, empty pages included', async () => {
    const db = await getDb();
    const admin = await createUser();
    const { id: orgId } = await createOrg(admin);
    const prefix = unique('tab');
    const users = await db
      .insert(schema.users)
      .values(
        Array.from({ length: PAGE_SIZE + 7 }, (_, i) => ({ name: i % 3 ? `Person ${i}` : null, email: `${prefix}-${i}@example.test` })),
      )
      .returning({ id: schema.users.id });
    await db.insert(schema.memberships).values(
      users.map((u, i) => ({
        orgId,
        userId: u.id,
        role: 'org_user' as const,
        createdAt: new Date(Date.UTC(2026, 0, 1) + (i % 5) * 1000),
      })),
    );
    await db.insert(schema.invitations).values(
      Array.from({ length: PAGE_SIZE + 2 }, (_, i) => ({
        orgId,
        email: `${prefix}-invite-${i}@example.test`,
        role: 'org_user' as const,
        tokenHash: `${prefix}-${i}`,
        expiresAt: new Date(Date.now() + (i % 2 ? 1 : -1) * 86_400_000),
      })),
    );
    const counts = await countMembersAndPending(db, orgId);
    expect(counts).toEqual({ members: PAGE_SIZE + 8, pending: PAGE_SIZE + 2 });

    for (const q of [undefined, 'person 1', `${prefix}-invite-1`, 'nobody-matches-this']) {
      let after: string | undefined;
      let pages = 0;
      do {
        const tab = await membersTab(db, orgId, 'members', { q, after });
        const list = await listMembers(db, orgId, { q, after });
        expect(tab.members).toEqual(list);
        expect(tab.counts).toEqual(counts);
        expect(tab.pending.rows).toEqual([]);
        after = list.nextCursor ?? undefined;
        pages += 1;
      } while (after && pages < 5);
      after = undefined;
      pages = 0;
      do {
        const tab = await membersTab(db, orgId, 'pending', { q, after });
        const list = await listPendingInvitations(db, orgId, { q, after });
        expect(tab.pending).toEqual(list);
        expect(tab.counts).toEqual(counts);
        after = list.nextCursor ?? undefined;
        pages += 1;
      } while (after && pages < 5);
    }
    const firstPage = await membersTab(db, orgId, 'members', {});
    expect(firstPage.members.rows).toHaveLength(PAGE_SIZE);
    expect(firstPage.members.nextCursor).not.toBeNull();
    expect((await membersTab(db, orgId, 'members', { q: 'nobody-matches-this' })).members).toEqual({ rows: [], nextCursor: null });
  });

  it('answers an organization without rows with zero counts', async () => {
    const db = await getDb();
    expect(await membersTab(db, unique('no-such-org'), 'members', {})).toEqual({
      counts: { members: 0, pending: 0 },
      members: { rows: [], nextCursor: null },
      pending: { rows: [], nextCursor: null },
    });
  });
});
