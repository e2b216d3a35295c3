/**
 * An identity provider looks a person up by `userName` before every create: at 25,000 SCIM users that
 * lookup is still one statement on the organization's unique index, and the request as a whole costs
 * the same number of round trips as at 10.
 */
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { getDb, queriesSent } from '@/db';
import { listScimUsers } from '@/db/queries/scim-users';
import { issueScimTokenAction } from '@/app/(app)/orgs/[orgId]/settings/provisioning/actions';
import { userFilter } from '@/lib/scim/filter';
import { scimClient } from '../support/scim-client';
import { actAs } from '../support/session';
import { createOrg, createUser, unique } from '../factories';

async function orgWithScimUsers(count: number) {
  const admin = await createUser();
  const { id: orgId } = await createOrg(admin);
  await actAs(admin);
  const issued = await issueScimTokenAction({ orgId });
  if (!issued.ok) throw new Error(issued.message);
  const prefix = unique('scale');
  await (
    await getDb()
  ).execute(sql`insert into scim_users (org_id, user_name, external_id)
    select ${orgId}, ${prefix} || '-' || i || '@example.test', ${prefix} || '-' || i from generate_series(1, ${count}) as i`);
  await (await getDb()).execute(sql`analyze scim_users`);
  return { orgId, prefix, scim: scimClient(orgId, issued.data.secret) };
}

const filterFor = (userName: string) => `userName eq "${userName}"`;

describe('SCIM userName lookups at scale', () => {
  it('are one statement on the unique index, and cost the same at 10 and 25,000 users', async () => {
    const small = await orgWithScimUsers(10);
    const large = await orgWithScimUsers(25_000);
    const db = await getDb();

    const statements = async (orgId: string, userName: string) => {
      const before = queriesSent();
      const page = await listScimUsers(db, orgId, userFilter(filterFor(userName)), { offset: 0, count: 100 });
      return { sent: queriesSent() - before, page };
    };
    const atTen = await statements(small.orgId, `${small.prefix}-7@example.test`);
    const atScale = await statements(large.orgId, `${large.prefix}-24999@example.test`);
    expect(atTen).toMatchObject({ sent: 1, page: { total: 1 } });
    expect(atScale).toMatchObject({ sent: 1, page: { total: 1 } });

    const plan = await db.execute(
      sql`explain select id from scim_users where org_id = ${large.orgId} and user_name = ${`${large.prefix}-24999@example.test`}`,
    );
    const lines = (Array.isArray(plan) ? plan : (plan as unknown as { rows: unknown[] }).rows).map(
      (row) => Object.values(row as object)[0],
    );
    expect(lines.join('\n')).toContain('scim_users_org_user_name_uidx');

    // The whole request: the token, the organization's request count, the lookup and the request log.
    const request = async (scim: typeof small.scim, userName: string) => {
      const before = queriesSent();
      const answer = await scim.get(`/Users?filter=${encodeURIComponent(filterFor(userName))}`);
      expect(answer.body).toMatchObject({ totalResults: 1 });
      return queriesSent() - before;
    };
    const routeAtTen = await request(small.scim, `${small.prefix}-3@example.test`);
    const routeAtScale = await request(large.scim, `${large.prefix}-12345@example.test`);
    console.log(`SCIM userName lookup: ${routeAtTen} round trips at 10 users, ${routeAtScale} at 25,000`);
    // The request log is pruned on one request in fifty, which may add a statement to either.
    expect(Math.abs(routeAtScale - routeAtTen)).toBeLessThanOrEqual(1);
    expect(routeAtScale).toBeLessThanOrEqual(6);
  });
});
