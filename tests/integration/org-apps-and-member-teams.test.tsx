/**
 * Issue 17 reads: the org apps page searches and pages on the server (visibility rules unchanged), and a
 * member's page lists their teams and links each "granted by" source to what grants it.
 */
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { getDb, queriesSent, schema } from '@/db';
import { listAppsForMember } from '@/db/queries/apps';
import { listMemberTeams } from '@/db/queries/teams';
import { PAGE_SIZE } from '@/db/paging';
import type { AppGrant, OrgRole } from '@/lib/permissions';
import OrgAppsPage from '@/app/(app)/orgs/[orgId]/page';
import MemberPage from '@/app/(app)/orgs/[orgId]/members/[userId]/page';
import { MemberTeamsList } from '@/app/(app)/orgs/[orgId]/members/[userId]/_components/member-teams';
import { AppList } from '@/components/apps/app-list';
import { SearchForm } from '@/components/ui/search-form';
import { EffectiveAccess, type AccessLinks } from '@/components/access/effective-access';
import { Pager } from '@/components/ui/pager';
import { actAs } from '../support/session';
import { elementsOf, notFoundFrom } from '../factories/render';
import { addMember, createOrg, createUser } from '../factories';
import { addToTeam, createTeam, grantApp } from '../factories/teams';

/** An organization with `count` apps `<prefix>-000`, `<prefix>-001`, … inserted in one statement. */
async function orgWithApps(count: number, prefix = 'app') {
  const admin = await createUser();
  const { id: orgId } = await createOrg(admin);
  const db = await getDb();
  const apps = count
    ? await db
        .insert(schema.apps)
        .values(Array.from({ length: count }, (_, i) => ({ orgId, slug: `${prefix}-${String(i).padStart(3, '0')}`, name: `App ${i}` })))
        .returning({ id: schema.apps.id, slug: schema.apps.slug })
    : [];
  return { orgId, admin, db, apps: apps.sort((x, y) => (x.slug < y.slug ? -1 : 1)) };
}

const slugs = (page: { rows: Array<{ slug: string }> }) => page.rows.map((r) => r.slug);

async function renderApps(orgId: string, searchParams: Record<string, string | string[]> = {}) {
  return OrgAppsPage({ params: Promise.resolve({ orgId }), searchParams: Promise.resolve(searchParams) });
}
function pageParts(tree: unknown) {
  const list = elementsOf(tree, AppList)[0]!.props as { apps: Array<{ slug: string }>; empty: string };
  const pager = elementsOf(tree, Pager)[0]!.props as { firstHref: string | null; nextHref: string | null };
  const search = elementsOf(tree, SearchForm)[0]?.props as { q?: string; label?: string } | undefined;
  return { slugs: list.apps.map((a) => a.slug), empty: list.empty, pager, search };
}

describe('org apps page: paging', () => {
  it('exactly 50 apps are one page with no next page', async () => {
    const { orgId, admin, db, apps } = await orgWithApps(PAGE_SIZE);
    const page = await listAppsForMember(db, orgId, { userId: admin.id, role: 'admin' });
    expect(slugs(page)).toEqual(apps.map((a) => a.slug));
    expect(page.nextCursor).toBeNull();
    await actAs(admin);
    const parts = pageParts(await renderApps(orgId));
    expect(parts.slugs).toHaveLength(PAGE_SIZE);
    expect(parts.pager).toEqual({ firstHref: null, nextHref: null });
  });

  it('51 apps: 50, then the 51st, then nothing more; the pager links keep the search', async () => {
    const { orgId, admin, db, apps } = await orgWithApps(PAGE_SIZE + 1);
    const member = { userId: admin.id, role: 'admin' as const };
    const first = await listAppsForMember(db, orgId, member);
    expect(slugs(first)).toEqual(apps.slice(0, PAGE_SIZE).map((a) => a.slug));
    expect(first.nextCursor).toBe(apps[PAGE_SIZE - 1]!.slug);
    const second = await listAppsForMember(db, orgId, member, { after: first.nextCursor! });
    expect(slugs(second)).toEqual([apps[PAGE_SIZE]!.slug]);
    expect(second.nextCursor).toBeNull();
    // Past the end: an empty page, not an error.
    expect(slugs(await listAppsForMember(db, orgId, member, { after: apps[PAGE_SIZE]!.slug }))).toEqual([]);

    await actAs(admin);
    const one = pageParts(await renderApps(orgId));
    expect(one.slugs).toHaveLength(PAGE_SIZE);
    expect(one.pager).toEqual({ firstHref: null, nextHref: `/orgs/${orgId}?after=${first.nextCursor}` });
    const two = pageParts(await renderApps(orgId, { after: first.nextCursor! }));
    expect(two.slugs).toEqual([apps[PAGE_SIZE]!.slug]);
    expect(two.pager).toEqual({ firstHref: `/orgs/${orgId}`, nextHref: null });
    // Searching "App" matches every name: the next page's link carries the search.
    const searched = pageParts(await renderApps(orgId, { q: 'App' }));
    expect(searched.search?.q).toBe('App');
    expect(searched.pager.nextHref).toBe(`/orgs/${orgId}?q=App&after=${first.nextCursor}`);
    const searchedTwo = pageParts(await renderApps(orgId, { q: 'App', after: first.nextCursor! }));
    expect(searchedTwo.pager).toEqual({ firstHref: `/orgs/${orgId}?q=App`, nextHref: null });
  });

  it('renders in the same number of queries at 3 and at 240 apps, searched or paged', async () => {
    const small = await orgWithApps(3);
    const large = await orgWithApps(240);
    const count = async (orgId: string, admin: { id: string }, searchParams: Record<string, string> = {}) => {
      await actAs(admin);
      const before = queriesSent();
      await renderApps(orgId, searchParams);
      return queriesSent() - before;
    };
    const atThree = await count(small.orgId, small.admin);
    expect(await count(large.orgId, large.admin)).toBe(atThree);
    expect(await count(large.orgId, large.admin, { q: '1' })).toBe(atThree);
    expect(await count(large.orgId, large.admin, { after: large.apps[99]!.slug })).toBe(atThree);
    // The signed-in session and shell (shared with the layouts) and one page of apps.
    expect(atThree).toBeLessThanOrEqual(3);
  });
});

describe('org apps page: search', () => {
  async function searchOrg() {
    const admin = await createUser();
    const { id: orgId } = await createOrg(admin);
    const db = await getDb();
    await db.insert(schema.apps).values(
      [
        ['plain-app', 'Plain'],
        ['percent', '100% done'],
        ['hundred', '100 done'],
        ['under_score', 'Underscore'],
        ['underxscore', 'Lookalike'],
        ['back', 'Back\\slash'],
        ['camel', 'MiXeD CaSe'],
      ].map(([slug, name]) => ({ orgId, slug: slug!, name: name! })),
    );
    return { orgId, admin, db, member: { userId: admin.id, role: 'admin' as const } };
  }

  it('matches App ID or name, case-insensitively, with % _ and \\ taken literally', async () => {
    const { orgId, db, member } = await searchOrg();
    const search = async (q: string) => slugs(await listAppsForMember(db, orgId, member, { q }));
    expect(await search('PLAIN')).toEqual(['plain-app']);
    expect(await search('mixed case')).toEqual(['camel']);
    expect(await search('100%')).toEqual(['percent']);
    expect(await search('%')).toEqual(['percent']);
    expect(await search('under_')).toEqual(['under_score']);
    expect(await search('_')).toEqual(['under_score']);
    expect(await search('\\')).toEqual(['back']);
    expect(await search('%%')).toEqual([]);
    expect(await search('  plain  ')).toEqual(['plain-app']);
    expect(await search('nothing like it')).toEqual([]);
    // Blank or NUL-only: no search.
    expect(await search('   ')).toHaveLength(7);
    expect(await search('\u0000')).toHaveLength(7);
  });

  it('the page says when nothing matches, and keeps the search box', async () => {
    const { orgId, admin } = await searchOrg();
    await actAs(admin);
    const parts = pageParts(await renderApps(orgId, { q: 'zzz' }));
    expect(parts.slugs).toEqual([]);
    expect(parts.empty).toBe('No apps match “zzz”.');
    expect(parts.search?.q).toBe('zzz');
    // A repeated ?q= (an array from a hand-edited URL) searches the first.
    expect(pageParts(await renderApps(orgId, { q: ['percent', 'plain'] })).slugs).toEqual(['percent']);
    // No search box over an organization with no apps.
    const empty = await orgWithApps(0);
    await actAs(empty.admin);
    expect(pageParts(await renderApps(empty.orgId)).search).toBeUndefined();
  });

  it('a Team Contributor searches and pages only the apps their teams grant; an Org User every app', async () => {
    const { orgId, admin, db, apps } = await orgWithApps(6, 'shared');
    const contributor = await addMember(orgId, 'team_contributor');
    const orgUser = await addMember(orgId, 'org_user');
    const { id: teamId } = await createTeam(orgId, { members: [contributor] });
    // Granted: 000, 002, 004. Another team (not theirs) grants 001.
    for (const i of [0, 2, 4]) await grantApp(orgId, teamId, apps[i]!.id, 'labeler_worker');
    const { id: otherTeam } = await createTeam(orgId, { members: [admin] });
    await grantApp(orgId, otherTeam, apps[1]!.id);
    const granted = [0, 2, 4].map((i) => apps[i]!.slug);
    const tc = { userId: contributor.id, role: 'team_contributor' as OrgRole };

    expect(slugs(await listAppsForMember(db, orgId, tc))).toEqual(granted);
    expect(slugs(await listAppsForMember(db, orgId, tc, { q: 'shared' }))).toEqual(granted);
    expect(slugs(await listAppsForMember(db, orgId, tc, { q: apps[1]!.slug }))).toEqual([]);
    expect(slugs(await listAppsForMember(db, orgId, tc, { q: 'App 3' }))).toEqual([]);
    expect(slugs(await listAppsForMember(db, orgId, tc, { q: 'App 4' }))).toEqual([apps[4]!.slug]);
    // A cursor naming an app they cannot see moves past it, and shows only granted ones after it.
    expect(slugs(await listAppsForMember(db, orgId, tc, { after: apps[1]!.slug }))).toEqual(granted.slice(1));
    expect(slugs(await listAppsForMember(db, orgId, { userId: orgUser.id, role: 'org_user' }, { q: 'shared' }))).toEqual(
      apps.map((a) => a.slug),
    );

    await actAs(contributor);
    const parts = pageParts(await renderApps(orgId, { q: 'shared' }));
    expect(parts.slugs).toEqual(granted);
    expect(parts.pager).toEqual({ firstHref: null, nextHref: null });
    expect(pageParts(await renderApps(orgId, { q: apps[3]!.slug })).slugs).toEqual([]);
  });

  it('a Team Contributor with 51 granted apps among 60 pages through exactly those', async () => {
    const { orgId, db, apps } = await orgWithApps(60, 'many');
    const contributor = await addMember(orgId, 'team_contributor');
    const { id: teamId } = await createTeam(orgId, { members: [contributor] });
    const granted = apps.filter((_, i) => i % 7 !== 3).slice(0, PAGE_SIZE + 1);
    await db.insert(schema.teamApps).values(granted.map((a) => ({ orgId, teamId, appId: a.id, permission: 'labeler_worker' as const })));
    const tc = { userId: contributor.id, role: 'team_contributor' as OrgRole };
    const first = await listAppsForMember(db, orgId, tc, { q: 'MANY' });
    expect(slugs(first)).toEqual(granted.slice(0, PAGE_SIZE).map((a) => a.slug));
    const second = await listAppsForMember(db, orgId, tc, { q: 'MANY', after: first.nextCursor! });
    expect(slugs(second)).toEqual([granted[PAGE_SIZE]!.slug]);
    expect(second.nextCursor).toBeNull();
  });
});

describe('org apps page: hostile cursors', () => {
  it('answer the first page (or, for a well-formed App ID past the end, an empty one), never an error', async () => {
    const { orgId, admin, db } = await orgWithApps(3);
    const member = { userId: admin.id, role: 'admin' as const };
    const first = await listAppsForMember(db, orgId, member);
    const hostile = [
      '',
      '\u0000',
      'a\u0000b',
      'x'.repeat(49),
      'x'.repeat(5000),
      '%',
      '_',
      "'; drop table apps; --",
      '../../etc/passwd',
      'APP-000',
      'app-001 ',
      'Ünïcode',
      '\u202e',
      '😀',
      Buffer.from(JSON.stringify(['2026-01-01 00:00:00+00', 'app-000'])).toString('base64'),
    ];
    for (const after of hostile) {
      expect(await listAppsForMember(db, orgId, member, { after }), JSON.stringify(after)).toEqual(first);
    }
    expect(slugs(await listAppsForMember(db, orgId, member, { after: 'zzzz' }))).toEqual([]);
    await actAs(admin);
    for (const after of hostile) {
      const parts = pageParts(await renderApps(orgId, { after }));
      expect(parts.slugs, JSON.stringify(after)).toEqual(slugs(first));
    }
    expect(pageParts(await renderApps(orgId, { after: ['app-001', 'app-000'] })).slugs).toEqual(['app-002']);
  });
});

describe("a member's teams", () => {
  it('lists the first teams by Team ID with the total, only this organization’s, in one statement', async () => {
    const admin = await createUser();
    const { id: orgId } = await createOrg(admin);
    const member = await addMember(orgId, 'org_user');
    const db = await getDb();
    expect(await listMemberTeams(db, orgId, member.id, 25)).toEqual({ rows: [], total: 0 });
    const ids = Array.from({ length: 30 }, (_, i) => `t${String(i).padStart(2, '0')}`);
    await db.insert(schema.teams).values(ids.map((id) => ({ orgId, id, name: `Team ${id}`, defaultPermission: 'model_trainer' as const })));
    await db.insert(schema.teamMembers).values(ids.map((teamId) => ({ orgId, teamId, userId: member.id })));
    // A team they are not in, and the same member in another organization's team.
    await createTeam(orgId, { id: 'a-not-theirs' });
    const { id: otherOrg } = await createOrg(admin);
    await addMember(otherOrg, 'org_user', member);
    await createTeam(otherOrg, { id: 'a-elsewhere', members: [member] });

    const before = queriesSent();
    const teams = await listMemberTeams(db, orgId, member.id, 25);
    expect(queriesSent() - before).toBe(1);
    expect(teams.total).toBe(30);
    expect(teams.rows).toEqual(ids.slice(0, 25).map((id) => ({ id, name: `Team ${id}` })));
    expect(await listMemberTeams(db, otherOrg, member.id, 25)).toEqual({
      rows: [{ id: 'a-elsewhere', name: 'Team a-elsewhere' }],
      total: 1,
    });
  });

  async function memberPageOrg() {
    const admin = await createUser();
    const { id: orgId } = await createOrg(admin);
    const member = await addMember(orgId, 'team_contributor', await createUser({ name: 'Tess' }));
    const app = await (
      await getDb()
    )
      .insert(schema.apps)
      .values({ orgId, slug: 'vision', name: 'Vision' })
      .returning({ id: schema.apps.id })
      .then((rows) => rows[0]!);
    const { id: teamId } = await createTeam(orgId, { id: 'labelers', name: 'Labelers', members: [member] });
    await grantApp(orgId, teamId, app.id, 'labeler_worker');
    return { orgId, admin, member, teamId };
  }
  const renderMember = (orgId: string, userId: string) => MemberPage({ params: Promise.resolve({ orgId, userId }) });
  const teamsOf = (tree: unknown) =>
    elementsOf(tree, MemberTeamsList)[0]?.props as { teams: { rows: unknown[]; total: number } } | undefined;
  const linksOf = (tree: unknown) => elementsOf(tree, EffectiveAccess)[0]?.props.links as AccessLinks | undefined;

  it.each(['admin', 'org_contributor'] as const)('a %s sees another member’s teams, linked, with linked sources', async (role) => {
    const { orgId, admin, member, teamId } = await memberPageOrg();
    const viewer = role === 'admin' ? admin : await addMember(orgId, role);
    await actAs(viewer);
    const tree = await renderMember(orgId, member.id);
    expect(teamsOf(tree)?.teams).toEqual({ rows: [{ id: teamId, name: 'Labelers' }], total: 1 });
    if (role === 'admin') {
      const links = linksOf(tree)!;
      expect(links.rolesHref).toBe(`/orgs/${orgId}/roles#app-perms`);
      expect(links.teamHref?.(teamId)).toBe(`/orgs/${orgId}/teams/${teamId}`);
    } else {
      // An Organization Contributor does not see another member's effective access (access.view_any).
      expect(linksOf(tree)).toBeUndefined();
    }
  });

  it.each(['team_contributor', 'org_user', 'financial_manager', 'infra_manager'] as const)(
    'a %s sees their own teams, and gets 404 for another member’s page',
    async (role) => {
      const { orgId, member, teamId } = await memberPageOrg();
      const self = role === 'team_contributor' ? member : await addMember(orgId, role);
      if (self !== member) await addToTeam(orgId, teamId, [self]);
      await actAs(self);
      const tree = await renderMember(orgId, self.id);
      expect(teamsOf(tree)?.teams).toEqual({ rows: [{ id: teamId, name: 'Labelers' }], total: 1 });
      expect(linksOf(tree)?.teamHref?.(teamId)).toBe(`/orgs/${orgId}/teams/${teamId}`);
      const other = await addMember(orgId, 'org_user');
      expect(await notFoundFrom(() => renderMember(orgId, other.id))).toBe(true);
    },
  );

  it('says so when the member is in no team; the page costs the same at 1 and at 300 teams', async () => {
    const { orgId, admin, member } = await memberPageOrg();
    const loner = await addMember(orgId, 'org_user');
    await actAs(admin);
    const count = async (userId: string) => {
      const before = queriesSent();
      const tree = await renderMember(orgId, userId);
      return { queries: queriesSent() - before, tree };
    };
    const none = await count(loner.id);
    expect(teamsOf(none.tree)?.teams).toEqual({ rows: [], total: 0 });
    const props = elementsOf(none.tree, MemberTeamsList)[0]!.props as Parameters<typeof MemberTeamsList>[0];
    expect(renderToStaticMarkup(<MemberTeamsList {...props} />)).toContain('This member is in no team.');
    const one = await count(member.id);
    const db = await getDb();
    const ids = Array.from({ length: 299 }, (_, i) => `bulk-${String(i).padStart(3, '0')}`);
    await db.insert(schema.teams).values(ids.map((id) => ({ orgId, id, name: id, defaultPermission: 'model_trainer' as const })));
    await db.insert(schema.teamMembers).values(ids.map((teamId) => ({ orgId, teamId, userId: member.id })));
    const many = await count(member.id);
    expect(many.queries).toBe(one.queries);
    expect(none.queries).toBe(one.queries);
    const teams = teamsOf(many.tree)!.teams;
    expect(teams.total).toBe(300);
    expect(teams.rows).toHaveLength(25);
  });
});

describe('effective access sources link to what grants them', () => {
  const grant = (teams: number): AppGrant => ({
    role: 'org_user',
    teams: Array.from({ length: teams }, (_, i) => ({ teamId: `t${i}`, teamName: `Team <${i}>`, level: 'labeler_worker' as const })),
  });
  const app = (teams: number) => [{ appId: 'a1', slug: 'vision', name: 'Vision', grant: grant(teams) }];
  const links: AccessLinks = {
    rolesHref: '/orgs/acme/roles#app-perms',
    teamHref: (id) => `/orgs/acme/teams/${id}`,
    moreTeamsHref: '#teams-heading',
  };

  it('the role to the roles reference, each team to its page, the teams beyond five to the member’s teams', () => {
    const html = renderToStaticMarkup(<EffectiveAccess apps={app(7)} emptyText="none" links={links} />);
    expect(html).toContain('<a href="/orgs/acme/roles#app-perms"');
    expect(html).toContain('role: Organization User');
    for (let i = 0; i < 5; i++) expect(html).toMatch(new RegExp(`<a href="/orgs/acme/teams/t${i}"[^>]*>Team &lt;${i}&gt;</a>`));
    expect(html).not.toContain('/orgs/acme/teams/t5');
    expect(html).toMatch(/ and <a href="#teams-heading"[^>]*>2 more<\/a>: Labeler Worker/);
  });

  it('one team reads "team X"; without links, sources are plain text', () => {
    const one = renderToStaticMarkup(<EffectiveAccess apps={app(1)} emptyText="none" links={links} />);
    expect(one).toMatch(/team <a href="\/orgs\/acme\/teams\/t0"[^>]*>Team &lt;0&gt;<\/a>: Labeler Worker/);
    const plain = renderToStaticMarkup(<EffectiveAccess apps={app(7)} emptyText="none" />);
    expect(plain).not.toContain('<a ');
    expect(plain).toContain(
      'teams Team &lt;0&gt;, Team &lt;1&gt;, Team &lt;2&gt;, Team &lt;3&gt;, Team &lt;4&gt; and 2 more: Labeler Worker',
    );
  });
});
