/**
 * Issue 17: an org app's Visibility means something (Organization: every member may open it view-only,
 * exactly the Organization User's app permissions), and app settings says Who has access and why.
 */
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDb, queriesSent, schema } from '@/db';
import { appGrantFor, listAppsForMember } from '@/db/queries/apps';
import { effectiveAccessForMember } from '@/db/queries/access';
import { listAppAccess, ACCESS_TEAMS_SHOWN } from '@/db/queries/app-access-list';
import { PAGE_SIZE } from '@/db/paging';
import { changeAppVisibilityAction, updateAppDetailsAction } from '@/app/(app)/orgs/[orgId]/apps/actions';
import { createConceptAction } from '@/app/(app)/orgs/[orgId]/apps/[appId]/concepts/actions';
import AppSettingsPage from '@/app/(app)/orgs/[orgId]/apps/[appId]/settings/page';
import MemberAppAccessPage from '@/app/(app)/orgs/[orgId]/members/[userId]/apps/[appId]/page';
import { WhoHasAccess } from '@/app/(app)/orgs/[orgId]/apps/[appId]/settings/_components/who-has-access';
import { VisibilityForm } from '@/app/(app)/orgs/[orgId]/apps/[appId]/settings/_components/visibility-form';
import { AppLink } from '@/components/ui/app-link';
import { canOnApp, explainAppAccess, orgVisibilityPermissions, permissionSources, type OrgRole } from '@/lib/permissions';
import { actAs } from '../support/session';
import { elementsOf, notFoundFrom } from '../factories/render';
import { addMember, createOrg, createUser } from '../factories';
import { auditOf } from '../factories/invitations';
import { addToTeam, appRow, createApp, createTeam, grantApp, tenantSnapshot } from '../factories/teams';

/** An org with an Admin, an Organization User, a Team Contributor in a Labeler Worker team on the app, and members with no way in. */
async function org(visibility: 'private' | 'org' = 'private') {
  const admin = await createUser({ name: 'Ada Admin' });
  const { id: orgId } = await createOrg(admin);
  const app = await createApp({ orgId }, { visibility });
  const orgUser = await addMember(orgId, 'org_user', await createUser({ name: 'Olga User' }));
  const labeler = await addMember(orgId, 'team_contributor', await createUser({ name: 'Lea Labeler' }));
  const { id: teamId } = await createTeam(orgId, { name: 'labelers', members: [labeler] });
  await grantApp(orgId, teamId, app.id, 'labeler_worker');
  const loner = await addMember(orgId, 'team_contributor', await createUser({ name: 'Tom Noteam' }));
  const finance = await addMember(orgId, 'financial_manager', await createUser({ name: 'Fin Manager' }));
  const infra = await addMember(orgId, 'infra_manager', await createUser({ name: 'Ivy Infra' }));
  return { orgId, app, admin, orgUser, labeler, teamId, loner, finance, infra };
}

const settings = (orgId: string, slug: string, search: Record<string, string> = {}) =>
  AppSettingsPage({ params: Promise.resolve({ orgId, appId: slug }), searchParams: Promise.resolve(search) });

/** The effective-access links a rendering of Who has access holds (the component is plain markup: called, not rendered). */
const accessLinks = (props: Parameters<typeof WhoHasAccess>[0]) =>
  elementsOf(WhoHasAccess(props), AppLink)
    .map((link) => String(link.props.href))
    .filter((href) => href.includes('/members/'));

/** Every row a refused write could have touched, concepts included. */
async function snapshot(orgId: string) {
  const db = await getDb();
  const concepts = await db.select().from(schema.concepts).where(eq(schema.concepts.orgId, orgId));
  return { ...(await tenantSnapshot([orgId])), concepts };
}

describe('visibility: Private keeps today’s behaviour, Organization opens the app view-only to every member', () => {
  it('a Team Contributor with no team: private → not listed, NOT_FOUND; org → listed, opens, read-only', async () => {
    const o = await org();
    const member = { userId: o.loner.id, role: 'team_contributor' as OrgRole };
    const db = await getDb();

    expect((await listAppsForMember(db, o.orgId, member)).rows.map((a) => a.slug)).toEqual([]);
    await actAs(o.loner);
    expect(await notFoundFrom(() => settings(o.orgId, o.app.slug))).toBe(true);
    expect(await createConceptAction({ orgId: o.orgId, appId: o.app.id, name: 'cat' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await changeAppVisibilityAction({ orgId: o.orgId, appId: o.app.id, visibility: 'org' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });

    await actAs(o.admin);
    expect(await changeAppVisibilityAction({ orgId: o.orgId, appId: o.app.id, visibility: 'org' })).toEqual({
      ok: true,
      data: { id: o.app.id, visibility: 'org', changed: true },
    });
    expect((await appRow(o.app.id))?.visibility).toBe('org');
    expect(await auditOf(o.orgId, 'app.visibility_changed')).toMatchObject([
      {
        actorId: o.admin.id,
        targetType: 'app',
        targetId: o.app.slug,
        data: { before: { visibility: 'private' }, after: { visibility: 'org' } },
      },
    ]);

    expect((await listAppsForMember(db, o.orgId, member)).rows.map((a) => a.slug)).toEqual([o.app.slug]);
    await actAs(o.loner);
    expect(await notFoundFrom(() => settings(o.orgId, o.app.slug))).toBe(false);
    const grant = (await appGrantFor(db, o.orgId, o.loner.id, o.app.id))!;
    expect(grant.visibility).toBe('org');
    expect(orgVisibilityPermissions().filter((p) => canOnApp(grant, p))).toEqual(orgVisibilityPermissions());
    expect(canOnApp(grant, 'app.edit_details')).toBe(false);

    // Write actions are refused as FORBIDDEN (the app exists for them now) and change nothing.
    const before = await snapshot(o.orgId);
    expect(await createConceptAction({ orgId: o.orgId, appId: o.app.id, name: 'cat' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await updateAppDetailsAction({ orgId: o.orgId, appId: o.app.id, name: 'Mine now', description: '', notes: '' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(await changeAppVisibilityAction({ orgId: o.orgId, appId: o.app.id, visibility: 'private' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(await snapshot(o.orgId)).toEqual(before);
  });

  it('Financial and Infrastructure Managers open an org app by URL; a non-member never does', async () => {
    const o = await org('org');
    for (const who of [o.finance, o.infra]) {
      await actAs(who);
      expect(await notFoundFrom(() => settings(o.orgId, o.app.slug))).toBe(false);
    }
    const outsider = await createUser();
    await actAs(outsider);
    expect(await notFoundFrom(() => settings(o.orgId, o.app.slug))).toBe(true);
    expect(await createConceptAction({ orgId: o.orgId, appId: o.app.id, name: 'cat' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('only Admin and Organization Contributor change it, whatever a team grants; bad input is a field error; a no-op audits nothing', async () => {
    const o = await org();
    const contributor = await addMember(o.orgId, 'org_contributor');
    const fullAccess = await addMember(o.orgId, 'team_contributor');
    await addToTeam(o.orgId, o.teamId, [fullAccess]);
    const { id: fullTeam } = await createTeam(o.orgId, { members: [fullAccess] });
    await grantApp(o.orgId, fullTeam, o.app.id, 'full_access');
    const before = await snapshot(o.orgId);
    for (const who of [o.orgUser, fullAccess]) {
      await actAs(who);
      expect(await changeAppVisibilityAction({ orgId: o.orgId, appId: o.app.id, visibility: 'org' })).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
    }
    await actAs(contributor);
    expect(await changeAppVisibilityAction({ orgId: o.orgId, appId: o.app.id, visibility: 'public' as 'org' })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { visibility: [expect.any(String)] },
    });
    expect(await snapshot(o.orgId)).toEqual(before);
    expect(await changeAppVisibilityAction({ orgId: o.orgId, appId: o.app.id, visibility: 'private' })).toMatchObject({
      ok: true,
      data: { changed: false },
    });
    expect(await auditOf(o.orgId, 'app.visibility_changed')).toEqual([]);
    expect(await changeAppVisibilityAction({ orgId: o.orgId, appId: o.app.id, visibility: 'org' })).toMatchObject({ ok: true });
    expect((await appRow(o.app.id))?.visibility).toBe('org');
  });
});

describe('effective access explains what the visibility grants', () => {
  it('lists org apps for members with no team, with "visibility: Organization" beside role and team sources', async () => {
    const o = await org('org');
    const hidden = await createApp({ orgId: o.orgId }, { slug: `${o.app.slug}-x` });
    const db = await getDb();

    const loner = await effectiveAccessForMember(db, o.orgId, o.loner.id, 'team_contributor');
    expect(loner.map((a) => [a.slug, a.grant.visibility])).toEqual([[o.app.slug, 'org']]);
    const explained = explainAppAccess(loner[0]!.grant);
    const allowed = explained.filter((p) => p.allowed).map((p) => p.permission);
    expect(allowed).toEqual(orgVisibilityPermissions());
    expect(explained.find((p) => p.permission === 'app.view')!.sources.map((s) => s.label)).toEqual(['visibility: Organization']);

    const labeler = await effectiveAccessForMember(db, o.orgId, o.labeler.id, 'team_contributor');
    const grant = labeler.find((a) => a.slug === o.app.slug)!.grant;
    expect(permissionSources(grant, 'app.view').map((s) => s.label)).toEqual(['visibility: Organization', 'team labelers: Labeler Worker']);
    expect(permissionSources(grant, 'models.view').map((s) => s.label)).toEqual(['visibility: Organization']);
    expect(permissionSources(grant, 'tasks.work_assigned').map((s) => s.label)).toEqual(['team labelers: Labeler Worker']);

    // Roles that see every app list the private one too, with its visibility.
    const admin = await effectiveAccessForMember(db, o.orgId, o.admin.id, 'admin');
    expect(admin.map((a) => [a.slug, a.grant.visibility])).toEqual([
      [o.app.slug, 'org'],
      [hidden.slug, 'private'],
    ]);
  });

  it('the member+app page: Admins see anyone’s, members their own, others 404', async () => {
    const o = await org('org');
    const page = (userId: string) => MemberAppAccessPage({ params: Promise.resolve({ orgId: o.orgId, userId, appId: o.app.slug }) });
    await actAs(o.admin);
    expect(await notFoundFrom(() => page(o.loner.id))).toBe(false);
    await actAs(o.loner);
    expect(await notFoundFrom(() => page(o.loner.id))).toBe(false);
    expect(await notFoundFrom(() => page(o.labeler.id))).toBe(true);
    const db = await getDb();
    await db.update(schema.apps).set({ visibility: 'private' }).where(eq(schema.apps.id, o.app.id));
    // Without the visibility the Team Contributor cannot open the app, so not even their own page of it.
    expect(await notFoundFrom(() => page(o.loner.id))).toBe(true);
  });
});

describe('Who has access', () => {
  it('lists exactly who can open the app, with the role, each team and level, or the visibility', async () => {
    const o = await org();
    const db = await getDb();
    const rows = async () =>
      Object.fromEntries(
        (await listAppAccess(db, o.orgId, (await appRow(o.app.id))!)).rows.map((r) => [
          r.email,
          permissionSources(r.grant, 'app.view').map((s) => s.label),
        ]),
      );
    expect(await rows()).toEqual({
      [o.admin.email]: ['role: Admin'],
      [o.orgUser.email]: ['role: Organization User (all apps)'],
      [o.labeler.email]: ['team labelers: Labeler Worker'],
    });
    expect(await listAppAccess(db, o.orgId, { id: o.app.id, visibility: 'private' })).toMatchObject({
      total: 3,
      byRoleOrTeam: 3,
      members: 6,
    });

    await db.update(schema.apps).set({ visibility: 'org' }).where(eq(schema.apps.id, o.app.id));
    expect(await rows()).toEqual({
      [o.admin.email]: ['role: Admin', 'visibility: Organization'],
      [o.orgUser.email]: ['role: Organization User (all apps)', 'visibility: Organization'],
      [o.labeler.email]: ['visibility: Organization', 'team labelers: Labeler Worker'],
      [o.loner.email]: ['visibility: Organization'],
      [o.finance.email]: ['visibility: Organization'],
      [o.infra.email]: ['visibility: Organization'],
    });
    expect(await listAppAccess(db, o.orgId, { id: o.app.id, visibility: 'org' })).toMatchObject({ total: 6, byRoleOrTeam: 3, members: 6 });
  });

  it('counts each person once, whether their role, one team or several let them in', async () => {
    const o = await org();
    const db = await getDb();
    // The Organization User is also on a granting team; the labeler is on a second one; a team of the
    // loner's grants another app only.
    const { id: second } = await createTeam(o.orgId, { name: 'second', members: [o.labeler, o.orgUser] });
    await grantApp(o.orgId, second, o.app.id, 'model_trainer');
    const other = await createApp({ orgId: o.orgId });
    const { id: elsewhere } = await createTeam(o.orgId, { name: 'elsewhere', members: [o.loner] });
    await grantApp(o.orgId, elsewhere, other.id, 'full_access');
    const list = await listAppAccess(db, o.orgId, { id: o.app.id, visibility: 'private' });
    expect(list.rows.map((r) => r.email).sort()).toEqual([o.admin.email, o.orgUser.email, o.labeler.email].sort());
    expect(list).toMatchObject({ total: 3, byRoleOrTeam: 3, members: 6 });
  });

  it('names the first few granting teams and counts the rest', async () => {
    const o = await org();
    const db = await getDb();
    for (let i = 0; i < ACCESS_TEAMS_SHOWN + 2; i++) {
      const { id } = await createTeam(o.orgId, { id: `squad-${i}`, name: `Squad ${i}`, members: [o.loner] });
      await grantApp(o.orgId, id, o.app.id, 'model_trainer');
    }
    const row = (await listAppAccess(db, o.orgId, { id: o.app.id, visibility: 'private' })).rows.find((r) => r.userId === o.loner.id)!;
    expect(row.grant.teams.map((t) => t.teamId)).toEqual(['squad-0', 'squad-1', 'squad-2', 'squad-3', 'squad-4']);
    expect(row.teamCount).toBe(ACCESS_TEAMS_SHOWN + 2);
  });

  it('pages by keyset and searches on the server; a forged cursor is the first page', async () => {
    const o = await org();
    const db = await getDb();
    const users = await db
      .insert(schema.users)
      .values(Array.from({ length: 120 }, (_, i) => ({ name: `Reader ${i}`, email: `reader-${i}-${o.orgId}@example.test` })))
      .returning({ id: schema.users.id });
    await db.insert(schema.memberships).values(users.map((u) => ({ orgId: o.orgId, userId: u.id, role: 'org_user' as const })));
    const app = { id: o.app.id, visibility: 'private' };

    const seen: string[] = [];
    let after: string | undefined;
    for (let pages = 0; pages < 5; pages++) {
      const page = await listAppAccess(db, o.orgId, app, { after });
      expect(page.rows.length).toBeLessThanOrEqual(PAGE_SIZE);
      expect(page.total).toBe(123);
      seen.push(...page.rows.map((r) => r.userId));
      if (!page.nextCursor) break;
      after = page.nextCursor;
    }
    expect(seen.length).toBe(123);
    expect(new Set(seen).size).toBe(123);

    const found = await listAppAccess(db, o.orgId, app, { q: 'reader 11' });
    expect(found.rows.map((r) => r.name).sort()).toEqual([
      'Reader 11',
      'Reader 110',
      'Reader 111',
      'Reader 112',
      'Reader 113',
      'Reader 114',
      'Reader 115',
      'Reader 116',
      'Reader 117',
      'Reader 118',
      'Reader 119',
    ]);
    expect((await listAppAccess(db, o.orgId, app, { q: o.loner.email })).rows).toEqual([]);
    expect((await listAppAccess(db, o.orgId, app, { q: '%' })).rows).toEqual([]);
    const first = await listAppAccess(db, o.orgId, app);
    expect((await listAppAccess(db, o.orgId, app, { after: 'not-a-cursor' })).rows).toEqual(first.rows);
  });

  it('the settings page costs the same number of queries at 6 and at 306 members, searched or paged', async () => {
    const small = await org('org');
    const large = await org('org');
    const db = await getDb();
    const users = await db
      .insert(schema.users)
      .values(Array.from({ length: 300 }, (_, i) => ({ name: `Bulk ${i}`, email: `bulk-${i}-${large.orgId}@example.test` })))
      .returning({ id: schema.users.id });
    await db.insert(schema.memberships).values(users.map((u) => ({ orgId: large.orgId, userId: u.id, role: 'team_contributor' as const })));
    const count = async (o: { orgId: string; app: { slug: string }; admin: { id: string } }, search: Record<string, string> = {}) => {
      await actAs(o.admin);
      await settings(o.orgId, o.app.slug, search); // warm the per-request caches of the session
      const start = queriesSent();
      await settings(o.orgId, o.app.slug, search);
      return queriesSent() - start;
    };
    const atSmall = await count(small);
    const atLarge = await count(large);
    const next = (await listAppAccess(db, large.orgId, { id: large.app.id, visibility: 'org' })).nextCursor!;
    expect(next).toBeTruthy();
    expect(await count(large, { people: 'bulk 1' })).toBe(atSmall);
    expect(await count(large, { peopleAfter: next })).toBe(atSmall);
    expect(atLarge).toBe(atSmall);
  });

  it('the page renders the sections; rows link to effective access only where the viewer may see it', async () => {
    const o = await org('org');
    await actAs(o.admin);
    const tree = await settings(o.orgId, o.app.slug);
    const form = elementsOf(tree, VisibilityForm)[0]!.props;
    expect(form).toMatchObject({ editable: true, app: { visibility: 'org' }, counts: { members: 6, byRoleOrTeam: 3 } });
    const who = elementsOf(tree, WhoHasAccess)[0]!.props as Parameters<typeof WhoHasAccess>[0];
    expect(who.list.total).toBe(6);
    // An Admin ('access.view_any') gets a link on every row.
    expect(accessLinks(who)).toHaveLength(6);
    expect(accessLinks(who)).toContain(`/orgs/${o.orgId}/members/${o.loner.id}/apps/${o.app.slug}`);

    // An Organization User sees the list (collaborators view) but links only to their own access.
    await actAs(o.orgUser);
    const asUser = await settings(o.orgId, o.app.slug);
    expect(elementsOf(asUser, VisibilityForm)[0]!.props).toMatchObject({ editable: false });
    const theirs = accessLinks(elementsOf(asUser, WhoHasAccess)[0]!.props as Parameters<typeof WhoHasAccess>[0]);
    expect(theirs).toEqual([`/orgs/${o.orgId}/members/${o.orgUser.id}/apps/${o.app.slug}`]);

    // A member let in by the visibility alone views collaborators as an Organization User does, read-only.
    await actAs(o.loner);
    const asLoner = await settings(o.orgId, o.app.slug);
    expect(elementsOf(asLoner, WhoHasAccess)).toHaveLength(1);
    expect(elementsOf(asLoner, VisibilityForm)[0]!.props).toMatchObject({ editable: false });
  });
});
