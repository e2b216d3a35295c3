import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { loadSignedInShell } from '@/db/queries/shell';
import { insertSession } from '@/db/queries/sessions';
import { createOrg, createUser } from '../factories';
import { invite } from '../factories/invitations';

describe('the unread count counts invitations only while the address is proven', () => {
  it('as the notification bar lists them', async () => {
    const db = await getDb();
    const admin = await createUser();
    const { id: orgId } = await createOrg(admin);
    const user = await createUser();
    expect(await invite(admin, orgId, user.email)).toMatchObject({ ok: true });
    await db.insert(schema.notifications).values({ userId: user.id, kind: 'team_added', payload: { teamName: 'crew' } });
    const unread = async () =>
      (await loadSignedInShell(db, user.id, await insertSession(db, user.id, { userAgent: null, ip: null })))?.unread;
    expect(await unread()).toBe(2);
    await db.update(schema.users).set({ emailVerified: null }).where(eq(schema.users.id, user.id));
    expect(await unread()).toBe(1);
  });
});
