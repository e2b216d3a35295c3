import { describe, expect, it } from 'vitest';
import { getDb, schema } from '@/db';
import { listOrganizationsForUser } from '@/db/queries/organizations';
import { listLatestNotifications } from '@/db/queries/notifications';
import { loadSignedInShell } from '@/db/queries/shell';
import { insertSession } from '@/db/queries/sessions';
import { addMember, createOrg, createUser } from '../factories';

/** The shell as a fresh session of the user sees it. */
async function shellOf(userId: string) {
  const db = await getDb();
  return loadSignedInShell(db, userId, await insertSession(db, userId, { userAgent: null, ip: null }));
}

describe('the signed-in shell (user, organizations, unread count in one round trip) and the notification bar', () => {
  it('returns the user and exactly what the organization list returns, in its order', async () => {
    const db = await getDb();
    const user = await createUser({ verified: false });
    const other = await createUser();
    expect(await shellOf(user.id)).toEqual({
      user: { id: user.id, name: 'Test User', email: user.email, emailVerified: false },
      organizations: [],
      unread: 0,
    });
    for (const name of ['zeta', 'Alpha', 'beta']) await createOrg(user, { name });
    const theirs = await createOrg(other, { name: 'Not mine' });
    await addMember(theirs.id, 'financial_manager', user);
    await createOrg(other, { name: 'Also not mine' });
    const shell = await shellOf(user.id);
    expect(shell?.organizations).toEqual((await listOrganizationsForUser(db, user.id)).map(({ memberCount: _count, ...org }) => org));
    expect(shell?.organizations.map((o) => [o.name, o.role])).toEqual([
      ['Alpha', 'admin'],
      ['beta', 'admin'],
      ['Not mine', 'financial_manager'],
      ['zeta', 'admin'],
    ]);
    expect(shell?.organizations[0]?.joinedAt).toBeInstanceOf(Date);
    expect(await loadSignedInShell(db, '00000000-0000-4000-8000-000000000000', 'no-such-session')).toBeNull();
  });

  it('the bar lists the latest notifications of the user only, newest first, up to the limit; the shell counts every unread one', async () => {
    const db = await getDb();
    const user = await createUser();
    const other = await createUser();
    const base = Date.UTC(2026, 0, 1);
    await db.insert(schema.notifications).values([
      ...Array.from({ length: 6 }, (_, i) => ({
        userId: user.id,
        kind: 'removed',
        payload: { orgName: `Org ${i}` },
        createdAt: new Date(base + i * 60_000),
        readAt: i % 2 === 0 ? new Date(base + i * 60_000 + 1) : null,
      })),
      { userId: other.id, kind: 'removed', payload: { orgName: 'Theirs' }, createdAt: new Date(base + 10 * 60_000) },
    ]);
    expect((await shellOf(user.id))?.unread).toBe(3);
    const latest = await listLatestNotifications(db, user.id, 4);
    expect(latest.map((n) => [n.payload.orgName, n.read])).toEqual([
      ['Org 5', false],
      ['Org 4', true],
      ['Org 3', false],
      ['Org 2', true],
    ]);
    expect(latest[0]).toEqual({
      id: expect.any(String),
      kind: 'removed',
      orgId: null,
      invitationId: null,
      payload: { orgName: 'Org 5' },
      read: false,
      createdAt: new Date(base + 5 * 60_000),
    });
    expect(await listLatestNotifications(db, other.id)).toHaveLength(1);
  });
});
