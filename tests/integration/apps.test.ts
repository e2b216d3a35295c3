import { describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { listAppsForMember, listPersonalApps } from '@/db/queries/apps';
import { lockOrganization } from '@/db/queries/organizations';
import {
  createOrgAppAction,
  deleteAppAction,
  removeAppTeamAccessAction,
  setAppTeamAccessAction,
  updateAppDetailsAction,
} from '@/app/(app)/orgs/[orgId]/apps/actions';
import { createPersonalAppAction, transferAppAction } from '@/app/(app)/me/apps/actions';
import type { OrgRole } from '@/lib/permissions';
import { actAs, runAs } from '../support/session';
import { addMember, createOrg, createUser, unique } from '../factories';
import { auditOf } from '../factories/invitations';
import { appRow, createApp, createTeam, grantApp, memberInTeam, teamAppGrants, tenantSnapshot } from '../factories/teams';

describe('create apps', () => {
  it('creates an organization app and audits it; a taken App ID is a field error `slug`; another owner may reuse it', async () => {
    const admin = await createUser();
    const { id: orgId } = await createOrg(admin);
    await actAs(admin);
    const slug = unique('detector');
    const created = await createOrgAppAction({ orgId, slug, name: 'Detector' });
    expect(created).toEqual({ ok: true, data: { id: expect.any(String), slug } });
    const id = created.ok ? created.data.id : '';
    expect(await appRow(id)).toMatchObject({ orgId, ownerUserId: null, slug, name: 'Detector', visibility: 'private' });
    expect(await auditOf(orgId, 'app.created')).toMatchObject([
      { actorId: admin.id, targetType: 'app', targetId: slug, data: { appId: id } },
    ]);

    const before = await tenantSnapshot([orgId]);
    expect(await createOrgAppAction({ orgId, slug, name: 'Copy' })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { slug: [expect.stringContaining('taken')] },
    });
    expect(await tenantSnapshot([orgId])).toEqual(before);

    const other = await createOrg(admin);
    expect(await createOrgAppAction({ orgId: other.id, slug, name: 'Same ID elsewhere' })).toMatchObject({ ok: true, data: { slug } });
    expect(await createPersonalAppAction({ slug, name: 'Mine' })).toMatchObject({ ok: true, data: { slug } });
  });

  it.each([
    ['bad characters', 'My App!', 'may contain only lowercase letters'],
    ['uppercase', 'MYAPP', 'may contain only lowercase letters'],
    ['too short', 'a', 'at least 2 characters'],
    ['too long', 'a'.repeat(49), 'at most 48 characters'],
  ])('refuses an App ID with %s beside `slug`, for organization and personal apps', async (_case, slug, message) => {
    const admin = await createUser();
    const { id: orgId } = await createOrg(admin);
    await actAs(admin);
    const before = await tenantSnapshot([orgId], [admin.id]);
    const fieldErrors = { slug: [expect.stringContaining(message)] };
    expect(await createOrgAppAction({ orgId, slug, name: 'App' })).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors });
    expect(await createPersonalAppAction({ slug, name: 'App' })).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors });
    expect(await tenantSnapshot([orgId], [admin.id])).toEqual(before);
  });

  it('creates a personal app owned by the caller; their taken App ID is a field error; signed out is refused', async () => {
    const user = await createUser();
    await actAs(user);
    const slug = unique('mine');
    const created = await createPersonalAppAction({ slug, name: 'Mine' });
    expect(created).toMatchObject({ ok: true, data: { slug } });
    expect((await listPersonalApps(await getDb(), user.id)).map((a) => a.slug)).toEqual([slug]);
    expect(await appRow(created.ok ? created.data.id : '')).toMatchObject({ orgId: null, ownerUserId: user.id });
    expect(await createPersonalAppAction({ slug, name: 'Again' })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { slug: [expect.any(String)] },
    });
    await actAs(null);
    expect(await createPersonalAppAction({ slug: unique('anon'), name: 'Anon' })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await listPersonalApps(await getDb(), user.id)).toHaveLength(1);
  });
});

/** Who calls the app settings actions: an org role, or a Team Contributor through a team's grant. */
type Caller = OrgRole | 'full_access team' | 'model_trainer team' | 'no team grant';

async function appSettings(caller: Caller) {
  const admin = await createUser();
  const { id: orgId } = await createOrg(admin);
  const app = await createApp({ orgId });
  const { id: collab } = await createTeam(orgId);
  await grantApp(orgId, collab, app.id, 'labeler_worker');
  const { id: spare } = await createTeam(orgId);
  const { id: callerTeam } = await createTeam(orgId);
  let user;
  if (caller === 'admin') user = admin;
  else if (!caller.includes(' ')) user = await addMember(orgId, caller as OrgRole);
  else {
    user = await memberInTeam(orgId, 'team_contributor', callerTeam);
    if (caller === 'no team grant') await grantApp(orgId, callerTeam, (await createApp({ orgId })).id, 'full_access');
    else await grantApp(orgId, callerTeam, app.id, caller === 'full_access team' ? 'full_access' : 'model_trainer');
  }
  await actAs(user);
  return { orgId, app, collab, spare, user };
}
type Setup = Awaited<ReturnType<typeof appSettings>>;

const SETTINGS: Array<[string, (s: Setup) => Promise<{ ok: boolean }>, (s: Setup) => Promise<void>]> = [
  [
    'updateAppDetailsAction',
    (s) => updateAppDetailsAction({ orgId: s.orgId, appId: s.app.id, name: 'Renamed', description: 'D', notes: 'N' }),
    async (s) => {
      expect(await appRow(s.app.id)).toMatchObject({ name: 'Renamed', description: 'D', notes: 'N' });
      expect(await auditOf(s.orgId, 'app.updated')).toMatchObject([{ actorId: s.user.id, data: { after: { name: 'Renamed' } } }]);
    },
  ],
  [
    'deleteAppAction',
    (s) => deleteAppAction({ orgId: s.orgId, appId: s.app.id, confirmation: s.app.slug }),
    async (s) => {
      expect(await appRow(s.app.id)).toBeNull();
      expect(await teamAppGrants(s.orgId, s.collab)).toEqual([]);
      expect(await auditOf(s.orgId, 'app.deleted')).toMatchObject([{ actorId: s.user.id, targetId: s.app.slug }]);
    },
  ],
  [
    'setAppTeamAccessAction',
    (s) => setAppTeamAccessAction({ orgId: s.orgId, appId: s.app.id, teamId: s.spare, permission: 'labeler_lead' }),
    async (s) => {
      expect(await teamAppGrants(s.orgId, s.spare)).toEqual([{ appId: s.app.id, permission: 'labeler_lead' }]);
      expect(await auditOf(s.orgId, 'app.team_access_set')).toMatchObject([{ targetId: s.app.slug, data: { teamId: s.spare } }]);
    },
  ],
  [
    'setAppTeamAccessAction (change a level)',
    (s) => setAppTeamAccessAction({ orgId: s.orgId, appId: s.app.id, teamId: s.collab, permission: 'full_access' }),
    async (s) => expect(await teamAppGrants(s.orgId, s.collab)).toEqual([{ appId: s.app.id, permission: 'full_access' }]),
  ],
  [
    'removeAppTeamAccessAction',
    (s) => removeAppTeamAccessAction({ orgId: s.orgId, appId: s.app.id, teamId: s.collab }),
    async (s) => {
      expect(await teamAppGrants(s.orgId, s.collab)).toEqual([]);
      expect(await auditOf(s.orgId, 'app.team_access_removed')).toMatchObject([{ data: { teamId: s.collab } }]);
    },
  ],
];

/** Expected answer per caller: ‡ actions (all but updateAppDetails) are for the roles Admin and Org Contributor only. */
const EXPECTED: Record<Caller, { details: string; admin: string }> = {
  admin: { details: 'ok', admin: 'ok' },
  org_contributor: { details: 'ok', admin: 'ok' },
  'full_access team': { details: 'ok', admin: 'FORBIDDEN' },
  'model_trainer team': { details: 'FORBIDDEN', admin: 'FORBIDDEN' },
  org_user: { details: 'FORBIDDEN', admin: 'FORBIDDEN' },
  'no team grant': { details: 'NOT_FOUND', admin: 'NOT_FOUND' },
  financial_manager: { details: 'NOT_FOUND', admin: 'NOT_FOUND' },
  infra_manager: { details: 'NOT_FOUND', admin: 'NOT_FOUND' },
  team_contributor: { details: 'NOT_FOUND', admin: 'NOT_FOUND' },
};

describe('app settings actions, by caller', () => {
  const cases = SETTINGS.flatMap(([name, call, check]) =>
    (Object.keys(EXPECTED) as Caller[]).map((caller) => {
      const expected = name === 'updateAppDetailsAction' ? EXPECTED[caller].details : EXPECTED[caller].admin;
      return [name, caller, expected, call, check] as const;
    }),
  );

  it.each(cases)('%s as %s → %s', async (_name, caller, expected, call, check) => {
    const s = await appSettings(caller);
    const before = await tenantSnapshot([s.orgId]);
    const result = await call(s);
    if (expected === 'ok') {
      expect(result).toMatchObject({ ok: true });
      await check(s);
    } else {
      expect(result).toMatchObject({ ok: false, code: expected });
      expect(await tenantSnapshot([s.orgId])).toEqual(before);
    }
  });

  it('deleteAppAction needs the App ID typed exactly (field `confirmation`), and a team of this organization', async () => {
    const s = await appSettings('admin');
    const before = await tenantSnapshot([s.orgId]);
    expect(await deleteAppAction({ orgId: s.orgId, appId: s.app.id, confirmation: s.app.name })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { confirmation: [expect.stringContaining(s.app.slug)] },
    });
    const foreign = await createTeam((await createOrg(await createUser())).id);
    expect(await setAppTeamAccessAction({ orgId: s.orgId, appId: s.app.id, teamId: foreign.id, permission: 'full_access' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await removeAppTeamAccessAction({ orgId: s.orgId, appId: s.app.id, teamId: s.spare })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await tenantSnapshot([s.orgId])).toEqual(before);
  });
});

describe('transfer a personal app into an organization', () => {
  async function owner(role: OrgRole | null = 'admin') {
    const user = await createUser();
    const { id: orgId } = await createOrg(await createUser());
    if (role) await addMember(orgId, role, user);
    const app = await createApp({ userId: user.id }, { name: 'Side project' });
    await actAs(user);
    return { user, orgId, app };
  }
  const state = async (o: { orgId: string; user: { id: string } }) => tenantSnapshot([o.orgId], [o.user.id]);

  it.each(['admin', 'org_contributor'] as const)('moves it into an organization where the user is %s, and audits it', async (role) => {
    const o = await owner(role);
    expect(await transferAppAction({ appId: o.app.id, orgId: o.orgId })).toEqual({ ok: true, data: { orgId: o.orgId, slug: o.app.slug } });
    const db = await getDb();
    expect(await listPersonalApps(db, o.user.id)).toEqual([]);
    expect((await listAppsForMember(db, o.orgId, { userId: o.user.id, role })).rows).toMatchObject([
      { id: o.app.id, slug: o.app.slug, name: 'Side project' },
    ]);
    expect(await appRow(o.app.id)).toMatchObject({ orgId: o.orgId, ownerUserId: null });
    expect(await auditOf(o.orgId, 'app.transferred_in')).toMatchObject([
      {
        actorId: o.user.id,
        targetType: 'app',
        targetId: o.app.slug,
        data: { appId: o.app.id, before: { slug: o.app.slug }, after: { slug: o.app.slug } },
      },
    ]);
  });

  it('takes an optional new name', async () => {
    const o = await owner();
    expect(await transferAppAction({ appId: o.app.id, orgId: o.orgId, newName: 'Now official' })).toMatchObject({ ok: true });
    expect(await appRow(o.app.id)).toMatchObject({ orgId: o.orgId, name: 'Now official', slug: o.app.slug });
  });

  it.each([['org_user'], ['team_contributor'], ['financial_manager'], ['infra_manager'], [null]] as const)(
    'refuses an organization where the user is %s (null: not a member) beside `orgId`, changing nothing',
    async (role) => {
      const o = await owner(role);
      const before = await state(o);
      expect(await transferAppAction({ appId: o.app.id, orgId: o.orgId })).toMatchObject({
        ok: false,
        code: 'VALIDATION',
        fieldErrors: { orgId: [expect.any(String)] },
      });
      expect(await state(o)).toEqual(before);
      expect(await appRow(o.app.id)).toMatchObject({ ownerUserId: o.user.id, orgId: null });
    },
  );

  it('refuses an App ID already used there (field error, app unchanged), and accepts a new one', async () => {
    const o = await owner();
    await createApp({ orgId: o.orgId }, { slug: o.app.slug });
    const used = await createApp({ orgId: o.orgId });
    const before = await state(o);
    const taken = await transferAppAction({ appId: o.app.id, orgId: o.orgId });
    expect(taken).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: expect.any(Object) });
    expect(
      !taken.ok &&
        Object.values(taken.fieldErrors ?? {})
          .flat()
          .join(' '),
    ).toContain(o.app.slug);
    expect(await transferAppAction({ appId: o.app.id, orgId: o.orgId, newSlug: used.slug })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { newSlug: [expect.stringContaining(used.slug)] },
    });
    expect(await state(o)).toEqual(before);

    const newSlug = unique('renamed');
    expect(await transferAppAction({ appId: o.app.id, orgId: o.orgId, newSlug })).toEqual({
      ok: true,
      data: { orgId: o.orgId, slug: newSlug },
    });
    expect(await appRow(o.app.id)).toMatchObject({ orgId: o.orgId, ownerUserId: null, slug: newSlug });
  });

  it("refuses someone else's personal app, an organization's app and a signed-out caller (nothing changes)", async () => {
    const o = await owner();
    const stranger = await createUser();
    const theirs = await createApp({ userId: stranger.id });
    const orgApp = await createApp({ orgId: (await createOrg(o.user)).id });
    const before = await tenantSnapshot([o.orgId], [o.user.id, stranger.id]);
    expect(await transferAppAction({ appId: theirs.id, orgId: o.orgId })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await transferAppAction({ appId: orgApp.id, orgId: o.orgId, newSlug: unique('x') })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    await actAs(null);
    expect(await transferAppAction({ appId: o.app.id, orgId: o.orgId })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await tenantSnapshot([o.orgId], [o.user.id, stranger.id])).toEqual(before);
    expect(await appRow(orgApp.id)).toMatchObject({ slug: orgApp.slug, ownerUserId: null });
  });

  // PGlite runs one transaction at a time, so only PostgreSQL can interleave them.
  it.runIf(Boolean(process.env.DATABASE_URL))('respects a demotion committed while the transfer waits (PostgreSQL)', async () => {
    const o = await owner('org_contributor');
    const db = await getDb();
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let demoterPid = (_pid: number) => {};
    const pid = new Promise<number>((resolve) => (demoterPid = resolve));
    // A role change as changeMemberRoleAction makes it (organization locked, then the row), held open.
    const demotion = db.transaction(async (tx) => {
      await lockOrganization(tx, o.orgId);
      const m = schema.memberships;
      await tx
        .update(m)
        .set({ role: 'org_user' })
        .where(and(eq(m.orgId, o.orgId), eq(m.userId, o.user.id)));
      const [row] = await tx.execute<{ pid: number }>(sql`select pg_backend_pid() as pid`);
      demoterPid(Number(row!.pid));
      await released;
    });
    const blocker = await pid;
    const transfer = runAs(o.user, () => transferAppAction({ appId: o.app.id, orgId: o.orgId }));
    const blocked = async () =>
      (
        await db.execute<{ n: number }>(sql`select count(*)::int as n from pg_stat_activity where ${blocker} = any(pg_blocking_pids(pid))`)
      )[0]!.n > 0;
    for (let i = 0; i < 150 && !(await blocked()); i++) await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    await demotion;
    expect(await transfer).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { orgId: [expect.any(String)] } });
    expect(await appRow(o.app.id)).toMatchObject({ ownerUserId: o.user.id, orgId: null });
  });
});
