/**
 * Renaming an org app's App ID (‡) and transferring an org app to another organization: who may, what
 * moves and what stays, the ID clash beside the right field, both audit events, and the keys that make
 * the move possible (deferrable, every table inside an app listed).
 */
import { describe, expect, it } from 'vitest';
import { getTableName, sql } from 'drizzle-orm';
import { getDb } from '@/db';
import { APP_CONTENT_TABLES } from '@/db/queries/app-transfer';
import { findOrgAppBySlug } from '@/db/queries/apps';
import { changeAppIdAction, createOrgAppAction, setAppTeamAccessAction, transferOrgAppAction } from '@/app/(app)/orgs/[orgId]/apps/actions';
import AppSettingsPage from '@/app/(app)/orgs/[orgId]/apps/[appId]/settings/page';
import { AppIdForm } from '@/app/(app)/orgs/[orgId]/apps/[appId]/settings/_components/app-id-form';
import { TransferOrgAppDialog } from '@/app/(app)/orgs/[orgId]/apps/[appId]/settings/_components/transfer-org-app-dialog';
import type { OrgRole } from '@/lib/permissions';
import { actAs, runAs } from '../support/session';
import { addMember, createOrg, createUser, unique } from '../factories';
import { appRowCounts, appWithContent } from '../factories/app-content';
import { auditOf } from '../factories/invitations';
import { elementsOf, notFoundFrom } from '../factories/render';
import { appRow, createApp, createTeam, grantApp, memberInTeam, tenantSnapshot } from '../factories/teams';

const settingsPage = (orgId: string, appId: string) =>
  AppSettingsPage({ params: Promise.resolve({ orgId, appId }), searchParams: Promise.resolve({}) });

/** Someone who can see the app but is not Admin / Org Contributor, or cannot see it at all. */
async function outsiderOfRole(orgId: string, appId: string, who: OrgRole | 'full_access team') {
  if (who !== 'full_access team') return addMember(orgId, who);
  const { id: teamId } = await createTeam(orgId);
  await grantApp(orgId, teamId, appId, 'full_access');
  return memberInTeam(orgId, 'team_contributor', teamId);
}

const REFUSED = [
  ['org_user', 'FORBIDDEN'],
  ['full_access team', 'FORBIDDEN'],
  ['financial_manager', 'NOT_FOUND'],
  ['infra_manager', 'NOT_FOUND'],
  ['team_contributor', 'NOT_FOUND'],
] as const;

describe('rename the App ID', () => {
  it('renames for an Admin and an Org Contributor, audits app.id_changed; the old URL answers 404, the new one the page', async () => {
    const admin = await createUser();
    const { id: orgId } = await createOrg(admin);
    const contributor = await addMember(orgId, 'org_contributor');
    const app = await createApp({ orgId });
    await actAs(admin);
    const renamed = unique('renamed');
    expect(await changeAppIdAction({ orgId, appId: app.id, slug: renamed })).toEqual({ ok: true, data: { slug: renamed } });
    expect(await appRow(app.id)).toMatchObject({ orgId, slug: renamed, name: app.name });
    expect(await auditOf(orgId, 'app.id_changed')).toMatchObject([
      { actorId: admin.id, targetId: renamed, data: { appId: app.id, before: { slug: app.slug }, after: { slug: renamed } } },
    ]);
    expect(await findOrgAppBySlug(await getDb(), orgId, app.slug)).toBeNull();
    expect(await notFoundFrom(() => settingsPage(orgId, app.slug))).toBe(true);
    const tree = await settingsPage(orgId, renamed);
    expect(elementsOf(tree, AppIdForm).map((e) => e.props)).toEqual([{ orgId, app: { id: app.id, slug: renamed }, editable: true }]);

    await actAs(contributor);
    const again = unique('again');
    expect(await changeAppIdAction({ orgId, appId: app.id, slug: again })).toMatchObject({ ok: true });
    expect(await auditOf(orgId, 'app.id_changed')).toHaveLength(2);
  });

  it.each([
    ['a bad format', 'Not An ID!', 'may contain only lowercase letters'],
    ['a too short ID', 'a', 'at least 2 characters'],
    ['an ID used in this organization', 'TAKEN', 'taken in this organization'],
  ])('refuses %s beside `slug`, changing nothing', async (_case, slug, message) => {
    const admin = await createUser();
    const { id: orgId } = await createOrg(admin);
    const app = await createApp({ orgId });
    const taken = await createApp({ orgId });
    await actAs(admin);
    const before = await tenantSnapshot([orgId]);
    expect(await changeAppIdAction({ orgId, appId: app.id, slug: slug === 'TAKEN' ? taken.slug : slug })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { slug: [expect.stringContaining(message)] },
    });
    expect(await tenantSnapshot([orgId])).toEqual(before);
  });

  it.each(REFUSED)('refuses a %s (%s), changing nothing; the page shows the App ID read-only to viewers', async (who, code) => {
    const admin = await createUser();
    const { id: orgId } = await createOrg(admin);
    const app = await createApp({ orgId });
    const caller = await outsiderOfRole(orgId, app.id, who);
    await actAs(caller);
    const before = await tenantSnapshot([orgId]);
    expect(await changeAppIdAction({ orgId, appId: app.id, slug: unique('nope') })).toMatchObject({ ok: false, code });
    expect(await tenantSnapshot([orgId])).toEqual(before);
    if (code === 'FORBIDDEN') {
      const tree = await settingsPage(orgId, app.slug);
      expect(elementsOf(tree, AppIdForm).map((e) => e.props.editable)).toEqual([false]);
      expect(elementsOf(tree, TransferOrgAppDialog)).toHaveLength(0);
    }
  });
});

describe('transfer an org app to another organization', () => {
  it('moves every row inside the app, removes what belonged to the old organization, audits in both', async () => {
    const fx = await appWithContent();
    const inSource = await appRowCounts(fx.orgId, fx.app.id);
    expect(inSource).toMatchObject({ task_assignees: 2, annotations: 2, team_apps: 1, deployments: 1, usage_records: 1 });
    for (const t of APP_CONTENT_TABLES)
      if (!['task_assignees', 'annotations'].includes(getTableName(t))) expect(inSource[getTableName(t)]).toBe(1);
    expect(Object.values(await appRowCounts(fx.toOrgId, fx.app.id)).every((n) => n === 0)).toBe(true);

    await actAs(fx.admin);
    const page = await settingsPage(fx.orgId, fx.app.slug);
    expect(elementsOf(page, TransferOrgAppDialog).map((e) => e.props.destinations)).toEqual([
      [{ id: fx.toOrgId, name: `Org ${fx.toOrgId}` }],
    ]);
    const result = await transferOrgAppAction({ orgId: fx.orgId, appId: fx.app.id, toOrgId: fx.toOrgId, newName: 'Moved' });
    expect(result).toEqual({ ok: true, data: { orgId: fx.toOrgId, slug: fx.app.slug } });

    expect(await appRow(fx.app.id)).toMatchObject({ orgId: fx.toOrgId, slug: fx.app.slug, name: 'Moved', ownerUserId: null });
    const left = await appRowCounts(fx.orgId, fx.app.id);
    expect(left).toEqual({ ...Object.fromEntries(Object.keys(left).map((k) => [k, 0])), usage_records: 1 });
    const moved = await appRowCounts(fx.toOrgId, fx.app.id);
    // onlyHere's assignment and annotation are removed; both's (a member there too) move.
    expect(moved).toEqual({ ...inSource, task_assignees: 1, annotations: 1, team_apps: 0, deployments: 0, usage_records: 0 });

    const change = {
      appId: fx.app.id,
      before: { orgId: fx.orgId, slug: fx.app.slug, name: fx.app.name },
      after: { orgId: fx.toOrgId, slug: fx.app.slug, name: 'Moved' },
    };
    expect(await auditOf(fx.orgId, 'app.transferred_out')).toMatchObject([
      { actorId: fx.admin.id, targetId: fx.app.slug, data: { ...change, removed: { teamAccess: 1, deployments: 1, assignments: 1 } } },
    ]);
    expect(await auditOf(fx.toOrgId, 'app.transferred_in')).toMatchObject([{ actorId: fx.admin.id, targetId: fx.app.slug, data: change }]);

    expect(await notFoundFrom(() => settingsPage(fx.orgId, fx.app.slug))).toBe(true);
    expect(await notFoundFrom(() => settingsPage(fx.toOrgId, fx.app.slug))).toBe(false);
  });

  it('refuses an App ID used in the destination beside `newSlug` (also a taken new one), then takes a free one', async () => {
    const fx = await appWithContent();
    await createApp({ orgId: fx.toOrgId }, { slug: fx.app.slug });
    const other = await createApp({ orgId: fx.toOrgId });
    await actAs(fx.admin);
    const before = await tenantSnapshot([fx.orgId, fx.toOrgId]);
    const counts = await appRowCounts(fx.orgId, fx.app.id);
    const transfer = (newSlug?: string) => transferOrgAppAction({ orgId: fx.orgId, appId: fx.app.id, toOrgId: fx.toOrgId, newSlug });
    expect(await transfer()).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { newSlug: [expect.stringContaining(fx.app.slug)] },
    });
    expect(await transfer(other.slug)).toMatchObject({ fieldErrors: { newSlug: [expect.stringContaining(other.slug)] } });
    expect(await transfer('Bad ID')).toMatchObject({ fieldErrors: { newSlug: [expect.stringContaining('lowercase')] } });
    expect(await tenantSnapshot([fx.orgId, fx.toOrgId])).toEqual(before);
    expect(await appRowCounts(fx.orgId, fx.app.id)).toEqual(counts);

    const fresh = unique('fresh');
    expect(await transfer(fresh)).toEqual({ ok: true, data: { orgId: fx.toOrgId, slug: fresh } });
    expect(await appRow(fx.app.id)).toMatchObject({ orgId: fx.toOrgId, slug: fresh });
  });

  it.each([
    ['the same organization', 'same'],
    ['an organization where they are Organization User', 'org_user'],
    ['an organization they are not in', 'stranger'],
    ['an organization that does not exist', 'missing'],
  ] as const)('refuses %s beside `toOrgId`, changing nothing', async (_case, where) => {
    const fx = await appWithContent();
    const elsewhere = await createOrg(await createUser());
    if (where === 'org_user') await addMember(elsewhere.id, 'org_user', fx.admin);
    const toOrgId = { same: fx.orgId, org_user: elsewhere.id, stranger: elsewhere.id, missing: unique('missing') }[where];
    await actAs(fx.admin);
    const before = await tenantSnapshot([fx.orgId, elsewhere.id]);
    const counts = await appRowCounts(fx.orgId, fx.app.id);
    expect(await transferOrgAppAction({ orgId: fx.orgId, appId: fx.app.id, toOrgId })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { toOrgId: [expect.any(String)] },
    });
    expect(await tenantSnapshot([fx.orgId, elsewhere.id])).toEqual(before);
    expect(await appRowCounts(fx.orgId, fx.app.id)).toEqual(counts);
  });

  it.each(REFUSED)('refuses a %s of the source organization (%s) even with apps.create there, changing nothing', async (who, code) => {
    const fx = await appWithContent();
    const caller = await outsiderOfRole(fx.orgId, fx.app.id, who);
    await addMember(fx.toOrgId, 'admin', caller);
    await actAs(caller);
    const before = await tenantSnapshot([fx.orgId, fx.toOrgId]);
    const counts = await appRowCounts(fx.orgId, fx.app.id);
    expect(await transferOrgAppAction({ orgId: fx.orgId, appId: fx.app.id, toOrgId: fx.toOrgId })).toMatchObject({ ok: false, code });
    expect(await tenantSnapshot([fx.orgId, fx.toOrgId])).toEqual(before);
    expect(await appRowCounts(fx.orgId, fx.app.id)).toEqual(counts);
  });

  it('an Org Contributor may transfer (app.delete) into an organization where they may create apps', async () => {
    const fx = await appWithContent();
    const contributor = await addMember(fx.orgId, 'org_contributor');
    await addMember(fx.toOrgId, 'org_contributor', contributor);
    await actAs(contributor);
    expect(await transferOrgAppAction({ orgId: fx.orgId, appId: fx.app.id, toOrgId: fx.toOrgId })).toMatchObject({ ok: true });
    expect(await appRow(fx.app.id)).toMatchObject({ orgId: fx.toOrgId });
  });
});

describe('the keys an app moves with', () => {
  it('every table referring to an app or its contents is moved or emptied, and its org_id keys are deferrable', async () => {
    const moving: string[] = APP_CONTENT_TABLES.map((t) => getTableName(t));
    const emptied = ['team_apps', 'deployments'];
    const db = await getDb();
    const rows = (await db.execute(sql`
      select src.relname as "from", dst.relname as "to", c.conname as name, c.condeferrable as deferrable,
        exists (select 1 from pg_attribute at where at.attrelid = c.conrelid and at.attnum = any (c.conkey) and at.attname = 'org_id') as "hasOrg"
      from pg_constraint c
      join pg_class src on src.oid = c.conrelid
      join pg_class dst on dst.oid = c.confrelid
      where c.contype = 'f' and dst.relname in ('apps', ${sql.join(
        moving.map((name) => sql`${name}`),
        sql`, `,
      )})
    `)) as unknown;
    const keys = (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as Array<{
      from: string;
      to: string;
      name: string;
      deferrable: boolean;
      hasOrg: boolean;
    }>;
    expect(keys.length).toBeGreaterThan(15);
    expect(keys.filter((k) => ![...moving, ...emptied].includes(k.from)).map((k) => k.name)).toEqual([]);
    expect(keys.filter((k) => moving.includes(k.from) && k.hasOrg && !k.deferrable).map((k) => k.name)).toEqual([]);
  });
});

// PGlite runs one transaction at a time, so only PostgreSQL can interleave them; CI runs this there.
describe.runIf(Boolean(process.env.DATABASE_URL))('transfer and rename under concurrency (PostgreSQL)', () => {
  const ROUNDS = 10;

  it(`a transfer racing a grant, an App ID rename and a second transfer leaves the app whole in one organization (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const fx = await appWithContent();
      const third = await createOrg(fx.admin);
      const { id: lateTeam } = await createTeam(fx.orgId);
      const before = await appRowCounts(fx.orgId, fx.app.id);
      const as = <T>(fn: () => Promise<T>) => runAs(fx.admin, fn);
      const results = await Promise.all([
        as(() => transferOrgAppAction({ orgId: fx.orgId, appId: fx.app.id, toOrgId: fx.toOrgId })),
        as(() => setAppTeamAccessAction({ orgId: fx.orgId, appId: fx.app.id, teamId: lateTeam, permission: 'full_access' })),
        as(() => changeAppIdAction({ orgId: fx.orgId, appId: fx.app.id, slug: unique('raced') })),
        as(() => transferOrgAppAction({ orgId: fx.orgId, appId: fx.app.id, toOrgId: third.id })),
      ]);
      for (const result of results) expect(result.ok || result.code).toSatisfy((r: unknown) => r === true || r === 'NOT_FOUND');
      expect([results[0].ok, results[3].ok].filter(Boolean)).toHaveLength(1);

      const app = (await appRow(fx.app.id))!;
      const landed = results[0].ok ? fx.toOrgId : third.id;
      expect(app.orgId).toBe(landed);
      const there = await appRowCounts(landed, fx.app.id);
      // `both` is a member of toOrgId, not of the third organization: their assignment moves only there.
      const kept = landed === fx.toOrgId ? 1 : 0;
      expect(there).toEqual({ ...before, task_assignees: kept, annotations: kept, team_apps: 0, deployments: 0, usage_records: 0 });
      for (const elsewhere of [fx.orgId, fx.toOrgId, third.id].filter((o) => o !== landed)) {
        const counts = await appRowCounts(elsewhere, fx.app.id);
        expect({ ...counts, usage_records: 0 }).toEqual(Object.fromEntries(Object.keys(counts).map((k) => [k, 0])));
      }
      const ins = [...(await auditOf(fx.toOrgId, 'app.transferred_in')), ...(await auditOf(third.id, 'app.transferred_in'))];
      expect(ins.map((e) => e.targetId)).toEqual([app.slug]);
      expect(await auditOf(fx.orgId, 'app.transferred_out')).toHaveLength(1);
    }
  });

  it(`a transfer and a new app taking the same App ID in the destination at once: one wins, the other is told beside its field (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const fx = await appWithContent();
      const results = await Promise.all([
        runAs(fx.admin, () => transferOrgAppAction({ orgId: fx.orgId, appId: fx.app.id, toOrgId: fx.toOrgId })),
        runAs(fx.admin, () => createOrgAppAction({ orgId: fx.toOrgId, slug: fx.app.slug, name: 'Rival' })),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      const [transfer, create] = results;
      if (!transfer.ok) expect(transfer).toMatchObject({ code: 'VALIDATION', fieldErrors: { newSlug: [expect.any(String)] } });
      if (!create.ok) expect(create).toMatchObject({ code: 'VALIDATION', fieldErrors: { slug: [expect.any(String)] } });
      expect((await appRow(fx.app.id))!.orgId).toBe(transfer.ok ? fx.toOrgId : fx.orgId);
    }
  });

  it(`two apps renamed to one App ID at once: one is, the other is told beside \`slug\` (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const admin = await createUser();
      const { id: orgId } = await createOrg(admin);
      const [one, two] = [await createApp({ orgId }), await createApp({ orgId })];
      const slug = unique('same');
      const results = await Promise.all([one, two].map((app) => runAs(admin, () => changeAppIdAction({ orgId, appId: app.id, slug }))));
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.find((r) => !r.ok)).toMatchObject({ code: 'VALIDATION', fieldErrors: { slug: [expect.stringContaining('taken')] } });
    }
  });
});
