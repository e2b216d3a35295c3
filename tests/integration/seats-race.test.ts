import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb, schema } from '@/db';
import { inviteMembersAction } from '@/app/(app)/orgs/[orgId]/members/actions';
import { changePlanAction } from '@/app/(app)/orgs/[orgId]/settings/actions';
import { readPlanUsage } from '@/db/queries/seats';
import { PLANS, type PlanKey } from '@/lib/billing/plans';
import { runAs } from '../support/session';
import { addMember, createOrg, createUser } from '../factories';
import { newEmail } from '../factories/invitations';

const ROUNDS = 8;
const REQUESTS = 5;

/** An organization on `plan` whose Admins (REQUESTS of them) and other members hold all seats but `left`. */
async function orgWithSeatsLeft(plan: PlanKey, left: number) {
  const owner = await createUser();
  const { id } = await createOrg(owner);
  const admins = [owner, ...(await Promise.all(Array.from({ length: REQUESTS - 1 }, () => addMember(id, 'admin'))))];
  for (let i = admins.length; i < PLANS[plan].seats! - left; i++) await addMember(id, 'org_user');
  await (await getDb()).update(schema.organizations).set({ plan }).where(eq(schema.organizations.id, id));
  return { id, admins };
}

async function pendingCount(orgId: string) {
  const [row] = await (await getDb()).select({ n: count() }).from(schema.invitations).where(eq(schema.invitations.orgId, orgId));
  return Number(row?.n ?? 0);
}

// PGlite runs one statement at a time, so only PostgreSQL can show a race; CI runs this there.
describe.runIf(Boolean(process.env.DATABASE_URL))('seats under concurrency (PostgreSQL)', () => {
  it(`${REQUESTS} Admins inviting one person each for the last seat: exactly one succeeds (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { id, admins } = await orgWithSeatsLeft('team', 1);
      const results = await Promise.all(
        admins.map((admin) => runAs(admin, () => inviteMembersAction({ orgId: id, emails: newEmail('last-seat'), role: 'org_user' }))),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      for (const r of results.filter((r) => !r.ok)) expect(r).toMatchObject({ ok: false, code: 'CONFLICT' });
      expect(await pendingCount(id)).toBe(1);
      expect(await readPlanUsage(await getDb(), id)).toEqual({ plan: 'team', members: REQUESTS + 4, pending: 1 });
    }
  });

  it(`a move to a plan with just enough seats racing an invitation: never both (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      // 10 members on Business; Team has exactly 10 seats, so the move fits only if the invitation does not land first.
      const { id, admins } = await orgWithSeatsLeft('business', PLANS.business.seats! - PLANS.team.seats!);
      const [moved, invited] = await Promise.all([
        runAs(admins[0]!, () => changePlanAction({ orgId: id, plan: 'team' })),
        runAs(admins[1]!, () => inviteMembersAction({ orgId: id, emails: newEmail('racer'), role: 'org_user' })),
      ]);
      expect([moved.ok, invited.ok].filter(Boolean)).toHaveLength(1);
      const usage = await readPlanUsage(await getDb(), id);
      expect(usage!.members + usage!.pending).toBeLessThanOrEqual(PLANS[usage!.plan].seats!);
    }
  });

  it(`the database alone keeps the limit: ${REQUESTS} direct inserts of members for the last seat, one commits (${ROUNDS} rounds)`, async () => {
    const db = await getDb();
    for (let round = 0; round < ROUNDS; round++) {
      const { id } = await orgWithSeatsLeft('team', 1);
      const users = await Promise.all(Array.from({ length: REQUESTS }, () => createUser()));
      const results = await Promise.allSettled(
        users.map((u) => db.transaction((tx) => tx.insert(schema.memberships).values({ orgId: id, userId: u.id, role: 'org_user' }))),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(await readPlanUsage(db, id)).toEqual({ plan: 'team', members: 10, pending: 0 });
    }
  });
});
