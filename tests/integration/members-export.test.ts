/**
 * The members list as CSV: every member (not just a page), streamed in batches, with the page's search and
 * role filter, cells a spreadsheet would run defused; the membership and permission read for the request.
 */
import { describe, expect, it } from 'vitest';
import { getDb, schema } from '@/db';
import { GET } from '@/app/(app)/orgs/[orgId]/members/export/route';
import { actAs } from '../support/session';
import { parse } from '../support/csv';
import { addMember, createOrg, createUser, unique } from '../factories';

async function exportCsv(orgId: string, query = '') {
  return GET(new Request(`http://localhost/orgs/${orgId}/members/export${query}`), { params: Promise.resolve({ orgId }) });
}

describe('members as CSV', () => {
  it('holds every member, in batches, with the filter; formulas are defused', async () => {
    const db = await getDb();
    const admin = await createUser({ name: 'Ada Admin' });
    const { id: orgId } = await createOrg(admin);
    const tag = unique('csv');
    // More than one batch of the export (1,000).
    const users = await db
      .insert(schema.users)
      .values(
        Array.from({ length: 1049 }, (_, i) => ({
          name: i === 7 ? '=HYPERLINK("http://evil")' : `P ${i}`,
          email: `${tag}-${i}@example.test`,
        })),
      )
      .returning({ id: schema.users.id });
    await db
      .insert(schema.memberships)
      .values(users.map((u, i) => ({ orgId, userId: u.id, role: i % 10 === 0 ? ('infra_manager' as const) : ('org_user' as const) })));
    await actAs(admin);

    const response = await exportCsv(orgId);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      new RegExp(`^attachment; filename="members-${orgId}-\\d{4}-\\d{2}-\\d{2}\\.csv"$`),
    );
    const text = await response.text();
    expect(text.split('\n')[0]).toBe('name,email,role,teams,joined,last active');
    const rows = parse(text, { columns: true });
    expect(rows).toHaveLength(1050);
    expect(new Set(rows.map((r) => r.email)).size).toBe(1050);
    expect(rows.find((r) => r.email === admin.email)).toMatchObject({ name: 'Ada Admin', role: 'Admin', teams: '0' });
    expect(rows.find((r) => r.email === admin.email)!['last active']).toMatch(/^(\d{4}-\d{2}-\d{2}T.*Z)?$/);
    expect(rows.find((r) => r.email === `${tag}-7@example.test`)!.name).toBe(`'=HYPERLINK("http://evil")`);

    const infra = parse(await (await exportCsv(orgId, '?role=infra_manager')).text(), { columns: true });
    expect(infra).toHaveLength(105);
    expect(new Set(infra.map((r) => r.role))).toEqual(new Set(['Infrastructure Manager']));
    const searched = parse(await (await exportCsv(orgId, `?q=${tag}-104@`)).text(), { columns: true });
    expect(searched.map((r) => r.email)).toEqual([`${tag}-104@example.test`]);
    // An unknown role is no filter, not an error.
    expect(parse(await (await exportCsv(orgId, '?role=owner')).text(), { columns: true })).toHaveLength(1050);
  });

  it('is refused to whoever may not see the members list, as the page is', async () => {
    const admin = await createUser();
    const { id: orgId } = await createOrg(admin);
    const contributor = await addMember(orgId, 'org_contributor');
    const user = await addMember(orgId, 'org_user');
    const outsider = await createUser();
    await actAs(null);
    expect((await exportCsv(orgId)).status).toBe(401);
    await actAs(outsider);
    expect((await exportCsv(orgId)).status).toBe(404);
    await actAs(user);
    const refused = await exportCsv(orgId);
    expect(refused.status).toBe(404);
    expect(await refused.text()).not.toContain(admin.email);
    await actAs(contributor);
    expect(parse(await (await exportCsv(orgId)).text(), { columns: true })).toHaveLength(3);
  });
});
