import { describe, expect, it } from 'vitest';
import { getDb, schema } from '@/db';
import { listTeamsWithAccess } from '@/db/queries/apps';
import { PAGE_SIZE } from '@/db/paging';
import { searchAppTeamCandidatesAction } from '@/app/(app)/orgs/[orgId]/apps/actions';
import { ORG_ROLES, roleGrantsOnApp, type TeamLevel } from '@/lib/permissions';
import { actAs } from '../support/session';
import { addMember, createOrg, createUser } from '../factories';
import { addToTeam, createApp, createTeam, grantApp, memberInTeam, tenantSnapshot } from '../factories/teams';

const teamId = (i: number) => `t-${String(i).padStart(4, '0')}`;

/** An organization with `count` teams t-0000… written in one insert, and an app none of them has yet. */
async function orgWithTeams(count: number, defaultPermission: TeamLevel = 'labeler_lead') {
  const admin = await createUser();
  const { id: orgId } = await createOrg(admin);
  const db = await getDb();
  await db
    .insert(schema.teams)
    .values(Array.from({ length: count }, (_, i) => ({ orgId, id: teamId(i), name: `Squad ${teamId(i)}`, defaultPermission })));
  const app = await createApp({ orgId });
  return { admin, orgId, app };
}

const search = (orgId: string, appId: string, q: string) => searchAppTeamCandidatesAction({ orgId, appId, q });

describe('Add Team search (searchAppTeamCandidatesAction)', () => {
  it('finds a team past the 500th by Team ID, shaped for the picker with its default permission', async () => {
    const { admin, orgId, app } = await orgWithTeams(520);
    await actAs(admin);
    expect(await search(orgId, app.id, '  t-0515 ')).toEqual({
      ok: true,
      data: [{ id: 't-0515', label: 't-0515', detail: 'Squad t-0515 · Labeler Lead', defaultPermission: 'labeler_lead' }],
    });
    // By name too, and ordered by Team ID.
    const byName = await search(orgId, app.id, 'squad t-051');
    expect(byName.ok && byName.data.map((c) => c.id)).toEqual(Array.from({ length: 10 }, (_, i) => teamId(510 + i)));
  });

  it('never returns a team that already has the app, nor a team of another organization', async () => {
    const { admin, orgId, app } = await orgWithTeams(520);
    await grantApp(orgId, 't-0512', app.id, 'model_trainer');
    await grantApp(orgId, 't-0000', app.id, 'full_access');
    // Another organization with a team of the same ID and one only it has.
    const other = await createOrg(await createUser());
    await createTeam(other.id, { id: 't-0513', name: 'Elsewhere' });
    await createTeam(other.id, { id: 'only-elsewhere', name: 'Elsewhere' });
    await actAs(admin);

    const near = await search(orgId, app.id, 't-051');
    expect(near.ok && near.data.map((c) => c.id)).toEqual([
      't-0510',
      't-0511',
      't-0513',
      't-0514',
      't-0515',
      't-0516',
      't-0517',
      't-0518',
      't-0519',
    ]);
    expect(near.ok && near.data.find((c) => c.id === 't-0513')?.detail).toBe('Squad t-0513 · Labeler Lead');
    expect(await search(orgId, app.id, 'only-elsewhere')).toEqual({ ok: true, data: [] });
    expect(await search(orgId, app.id, 'Elsewhere')).toEqual({ ok: true, data: [] });
    // An empty search lists a first few, never the whole organization and never t-0000.
    const first = await search(orgId, app.id, '');
    expect(first.ok && first.data.length).toBe(20);
    expect(first.ok && first.data[0]!.id).toBe('t-0001');
    // `%` and `_` are searched for literally.
    expect(await search(orgId, app.id, '%')).toEqual({ ok: true, data: [] });
  });

  it('refuses a search over 100 characters beside `q`', async () => {
    const { admin, orgId, app } = await orgWithTeams(1);
    await actAs(admin);
    expect(await search(orgId, app.id, 'x'.repeat(101))).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { q: [expect.any(String)] },
    });
  });

  it('is refused to callers who may not add a team: FORBIDDEN when they see the app, NOT_FOUND otherwise; nothing changes', async () => {
    const { orgId, app } = await orgWithTeams(3);
    const viewerRole = ORG_ROLES.find((r) => roleGrantsOnApp(r, 'app.view') && !roleGrantsOnApp(r, 'app.collaborators.edit'));
    const blindRole = ORG_ROLES.find((r) => !roleGrantsOnApp(r, 'app.view'));
    expect(viewerRole && blindRole).toBeTruthy();
    const viewer = await addMember(orgId, viewerRole!);
    const blind = await addMember(orgId, blindRole!);
    // A team at Full Access still does not grant editing collaborators (‡ app administration: roles only).
    const { id: fullTeam } = await createTeam(orgId, { id: 'full-team' });
    await grantApp(orgId, fullTeam, app.id, 'full_access');
    const teamFull = await memberInTeam(orgId, blindRole!, fullTeam);
    const outsider = await createUser();
    const otherAdmin = await createUser();
    await createOrg(otherAdmin);
    const before = await tenantSnapshot([orgId]);

    const cases: Array<[string, { id: string; email: string }, string]> = [
      [`role ${viewerRole}`, viewer, 'FORBIDDEN'],
      [`${blindRole} in a Full Access team`, teamFull, 'FORBIDDEN'],
      [`role ${blindRole} without a team`, blind, 'NOT_FOUND'],
      ['a non-member', outsider, 'NOT_FOUND'],
      ["another organization's Admin", otherAdmin, 'NOT_FOUND'],
    ];
    for (const [who, user, code] of cases) {
      await actAs(user);
      expect(await search(orgId, app.id, 't-'), who).toMatchObject({ ok: false, code });
    }
    await actAs(null);
    expect(await search(orgId, app.id, 't-')).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await tenantSnapshot([orgId])).toEqual(before);
  });
});

describe('teams with access (listTeamsWithAccess)', () => {
  it('pages by Team ID: every granted team exactly once, the true total on every page, member counts', async () => {
    const granted = 2 * PAGE_SIZE + 7;
    const { orgId, app } = await orgWithTeams(granted + 5);
    const db = await getDb();
    // Every team but the last five, at levels in turn; one with two members.
    const levels: TeamLevel[] = ['full_access', 'model_trainer', 'labeler_lead', 'labeler_worker'];
    await db
      .insert(schema.teamApps)
      .values(Array.from({ length: granted }, (_, i) => ({ orgId, teamId: teamId(i), appId: app.id, permission: levels[i % 4]! })));
    await addToTeam(orgId, teamId(60), [await addMember(orgId, 'org_user'), await addMember(orgId, 'org_user')]);
    // The same app ID is never shared, but another organization's grants must not count either.
    const other = await orgWithTeams(3);
    await grantApp(other.orgId, teamId(0), other.app.id);

    const seen: string[] = [];
    const pages = [];
    let after: string | undefined;
    for (;;) {
      const page = await listTeamsWithAccess(db, orgId, app.id, { after });
      pages.push(page);
      expect(page.total).toBe(granted);
      expect(page.rows.length).toBeLessThanOrEqual(PAGE_SIZE);
      seen.push(...page.rows.map((r) => r.teamId));
      if (!page.nextCursor) break;
      after = page.nextCursor;
    }
    expect(pages.map((p) => p.rows.length)).toEqual([PAGE_SIZE, PAGE_SIZE, 7]);
    expect(seen).toEqual(Array.from({ length: granted }, (_, i) => teamId(i)));
    const row60 = pages[1]!.rows.find((r) => r.teamId === teamId(60));
    expect(row60).toEqual({ teamId: teamId(60), teamName: `Squad ${teamId(60)}`, permission: levels[60 % 4], memberCount: 2 });
    expect(pages[0]!.rows[1]).toMatchObject({ permission: 'model_trainer', memberCount: 0 });

    // A cursor past the end (stale, or typed by hand) is an empty page that still knows the total.
    expect(await listTeamsWithAccess(db, orgId, app.id, { after: 'zzzz' })).toEqual({ rows: [], nextCursor: null, total: granted });
  });

  it('an app no team has: no rows, total 0', async () => {
    const { orgId, app } = await orgWithTeams(2);
    expect(await listTeamsWithAccess(await getDb(), orgId, app.id)).toEqual({ rows: [], nextCursor: null, total: 0 });
  });
});
