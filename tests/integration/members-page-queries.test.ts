import { describe, expect, it } from 'vitest';
import { getDb, queriesSent, schema } from '@/db';
import MembersPage from '@/app/(app)/orgs/[orgId]/members/page';
import { actAs } from '../support/session';
import { createOrg, createUser, unique } from '../factories';

/** Adds `count` members in a few batched statements (tests of scale, not of the invite flow). */
async function addManyMembers(orgId: string, count: number) {
  const db = await getDb();
  const batch = 1000;
  for (let start = 0; start < count; start += batch) {
    const size = Math.min(batch, count - start);
    const prefix = unique('bulk');
    const users = await db
      .insert(schema.users)
      .values(Array.from({ length: size }, (_, i) => ({ name: `Member ${start + i}`, email: `${prefix}-${i}@example.test` })))
      .returning({ id: schema.users.id });
    await db.insert(schema.memberships).values(users.map((u) => ({ orgId, userId: u.id, role: 'org_user' as const })));
    await db.insert(schema.invitations).values(
      Array.from({ length: Math.ceil(size / 10) }, (_, i) => ({
        orgId,
        email: `${prefix}-invite-${i}@example.test`,
        role: 'org_user' as const,
        tokenHash: `${prefix}-${i}`,
        expiresAt: new Date(Date.now() + 86_400_000),
      })),
    );
  }
}

async function renderQueries(orgId: string, searchParams: Record<string, string> = {}): Promise<number> {
  const before = queriesSent();
  await MembersPage({ params: Promise.resolve({ orgId }), searchParams: Promise.resolve(searchParams) });
  return queriesSent() - before;
}

describe('members page cost does not grow with the organization', () => {
  it('sends the same number of queries at 10 and at 10,000 members', async () => {
    const admin = await createUser();
    const small = await createOrg(admin);
    const large = await createOrg(admin);
    await addManyMembers(small.id, 9);
    await addManyMembers(large.id, 9_999);
    await actAs(admin);

    const atTen = await renderQueries(small.id);
    const atTenThousand = await renderQueries(large.id);
    const searched = await renderQueries(large.id, { q: 'member 99' });
    const pending = await renderQueries(large.id, { tab: 'pending' });
    console.log(`members page queries: ${atTen} at 10 members, ${atTenThousand} at 10,000 (search ${searched}, pending tab ${pending})`);
    expect(atTenThousand).toBe(atTen);
    expect(searched).toBe(atTen);
    expect(pending).toBe(atTen);
    // The session's user with their organizations and notification bar (shared with the layouts), and one
    // page of the list with both counts.
    expect(atTen).toBeLessThanOrEqual(2);
  });
});
