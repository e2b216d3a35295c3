import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { leaveOrganizationAction } from '@/app/(app)/organizations/actions';
import { runAs } from '../support/session';
import { addMember, createOrg, createUser } from '../factories';
import { countAdmins } from '@/db/queries/organizations';

const ROUNDS = 50;

describe('every organization keeps an Admin', () => {
  it('the database itself refuses removing or demoting the last Admin', async () => {
    const admin = await createUser();
    const { id } = await createOrg(admin);
    const db = await getDb();
    const where = and(eq(schema.memberships.orgId, id), eq(schema.memberships.userId, admin.id));
    await expect(db.update(schema.memberships).set({ role: 'org_user' }).where(where)).rejects.toThrow();
    await expect(db.delete(schema.memberships).where(where)).rejects.toThrow();
    expect(await countAdmins(db, id)).toBe(1);
  });

  // PGlite runs one statement at a time, so only PostgreSQL can show a race; CI runs this there.
  describe.runIf(Boolean(process.env.DATABASE_URL))('under concurrency (PostgreSQL)', () => {
    it(`two Admins leaving at once: one stays (${ROUNDS} rounds)`, async () => {
      for (let round = 0; round < ROUNDS; round++) {
        const first = await createUser();
        const { id } = await createOrg(first);
        const second = await addMember(id, 'admin');
        const results = await Promise.all([
          runAs(first, () => leaveOrganizationAction({ orgId: id })),
          runAs(second, () => leaveOrganizationAction({ orgId: id })),
        ]);
        expect(results.filter((r) => r.ok)).toHaveLength(1);
        expect(results.find((r) => !r.ok)).toMatchObject({ code: 'CONFLICT' });
        expect(await countAdmins(await getDb(), id)).toBe(1);
      }
    });

    it(`two transactions demoting different Admins at once: the trigger keeps one (${ROUNDS} rounds)`, async () => {
      const db = await getDb();
      for (let round = 0; round < ROUNDS; round++) {
        const first = await createUser();
        const { id } = await createOrg(first);
        const second = await addMember(id, 'admin');
        // No application check at all here: only the database stands between these and an Admin-less org.
        const demote = (userId: string) =>
          db.transaction(async (tx) => {
            await tx
              .update(schema.memberships)
              .set({ role: 'org_user' })
              .where(and(eq(schema.memberships.orgId, id), eq(schema.memberships.userId, userId)));
          });
        const outcomes = await Promise.allSettled([demote(first.id), demote(second.id)]);
        expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
        expect(await countAdmins(db, id)).toBe(1);
      }
    });
  });
});
