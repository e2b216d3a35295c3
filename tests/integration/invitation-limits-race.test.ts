import { describe, expect, it } from 'vitest';
import { inArray } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { inviteMembersAction } from '@/app/(app)/orgs/[orgId]/members/actions';
import { runAs } from '../support/session';
import { addMember, createOrg, createUser } from '../factories';
import { newEmail } from '../factories/invitations';
import { withLimits } from '../factories/limits';

const ROUNDS = 10;
const REQUESTS = 5;
const PER_REQUEST = 40;
const LIMIT = 100;

const batch = () => Array.from({ length: PER_REQUEST }, () => newEmail('race')).join(', ');

async function invitationCount(orgIds: string[]): Promise<number> {
  const db = await getDb();
  return (await db.select({ id: schema.invitations.id }).from(schema.invitations).where(inArray(schema.invitations.orgId, orgIds))).length;
}

type Result = Awaited<ReturnType<typeof inviteMembersAction>>;

/** Every request either invited its whole batch or was refused by the limit, and the rows match the successes. */
async function expectWithinLimit(results: Result[], orgIds: string[]) {
  for (const r of results) expect(r.ok ? r.data.invited.length : r.code).toBe(r.ok ? PER_REQUEST : 'RATE_LIMITED');
  const created = await invitationCount(orgIds);
  expect(created).toBe(results.filter((r) => r.ok).length * PER_REQUEST);
  expect(created).toBeLessThanOrEqual(LIMIT);
  expect(created).toBeGreaterThan(0);
}

// PGlite runs one statement at a time, so only PostgreSQL can show a race; CI runs this there.
describe.runIf(Boolean(process.env.DATABASE_URL))('invitation limits under concurrency (PostgreSQL)', () => {
  it(`${REQUESTS} Admins inviting ${PER_REQUEST} each at once stay within the organization's ${LIMIT} (${ROUNDS} rounds)`, () =>
    withLimits({ invitationsPerOrganization: LIMIT }, async () => {
      for (let round = 0; round < ROUNDS; round++) {
        const owner = await createUser();
        const { id: orgId } = await createOrg(owner);
        const admins = [owner, ...(await Promise.all(Array.from({ length: REQUESTS - 1 }, () => addMember(orgId, 'admin'))))];
        const results = await Promise.all(
          admins.map((admin) => runAs(admin, () => inviteMembersAction({ orgId, emails: batch(), role: 'org_user' }))),
        );
        await expectWithinLimit(results, [orgId]);
      }
    }));

  it(`one Admin inviting ${PER_REQUEST} in each of ${REQUESTS} organizations at once stays within their ${LIMIT} (${ROUNDS} rounds)`, () =>
    withLimits({ invitationsPerInviter: LIMIT }, async () => {
      for (let round = 0; round < ROUNDS; round++) {
        const admin = await createUser();
        const orgIds = await Promise.all(Array.from({ length: REQUESTS }, async () => (await createOrg(admin)).id));
        const results = await Promise.all(
          orgIds.map((orgId) => runAs(admin, () => inviteMembersAction({ orgId, emails: batch(), role: 'org_user' }))),
        );
        await expectWithinLimit(results, orgIds);
      }
    }));
});
