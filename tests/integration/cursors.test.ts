/**
 * A tampered `?after=` cursor is input from the URL: every list answers its first page for it, never a
 * server error (PostgreSQL refusing a timestamp or uuid it was handed).
 */
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { listMembers, listPendingInvitations, membersTab } from '@/db/queries/members';
import { listAuditEvents } from '@/db/queries/audit';
import { listDeployments } from '@/db/queries/deployments';
import { listModels } from '@/db/queries/models';
import { listTeamApps, listTeamMembers } from '@/db/queries/team-grants';
import { listTeams } from '@/db/queries/teams';
import { listAppsForMember, listTeamsWithAccess } from '@/db/queries/apps';
import { listInputs } from '@/db/queries/datasets';
import { listTasks } from '@/db/queries/labeling-tasks';
import { encodeCursor, encodeKeyCursor } from '@/db/cursor';
import { listAppAccess } from '@/db/queries/app-access-list';
import MembersPage from '@/app/(app)/orgs/[orgId]/members/page';
import AuditLogPage from '@/app/(app)/orgs/[orgId]/audit-log/page';
import { DeploymentsSection } from '@/app/(app)/orgs/[orgId]/compute/_components/deployments-section';
import { actAs } from '../support/session';
import { addMember, unique } from '../factories';
import { createTeam, grantApp } from '../factories/teams';
import { workspace } from '../factories/models';

type AnyPage = { rows?: unknown[]; members?: { rows: unknown[] }; pending?: { rows: unknown[] } };
const rowsOf = (page: unknown) => {
  const p = page as AnyPage;
  return p.rows ?? [...(p.members?.rows ?? []), ...(p.pending?.rows ?? [])];
};
const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
const uuid = '00000000-0000-4000-8000-000000000000';

/** Garbage for every list: none of it is a cursor the app could have issued. */
const garbage = [
  '!!not base64!!',
  '%',
  '\u0000',
  'x'.repeat(5000),
  b64('x'.repeat(300)),
  b64('not json'),
  b64({}),
  b64([1, 2]),
  b64(['2026-01-01 00:00:00+00']),
  b64(['2026', uuid]),
  b64(['1', uuid]),
  b64(['2026-01-01', uuid]),
  b64(['2026-01-01T00:00:00Z', uuid]),
  b64(['Jan 1 2026', uuid]),
  b64(['2026-02-30 00:00:00+00', uuid]),
  b64(['2026-13-01 00:00:00+00', uuid]),
  b64(['0000-01-01 00:00:00+00', uuid]),
  b64(['2026-01-01 25:00:00+00', uuid]),
  b64(['+275760-09-13 00:00:00+00', uuid]),
  b64(['2026-01-01 00:00:00+99', uuid]),
  b64(['2026-01-01 00:00:00+00\u0000', uuid]),
  b64(['2026-01-01 00:00:00+00', 'a\u0000b']),
  b64(['2026-01-01 00:00:00+00', 1]),
  b64(['2026-01-01 00:00:00+00', uuid, 'extra']),
  b64(['2026-01-01 00:00:00+00', '']),
];
/** Garbage only where the id is a uuid column (pending invitations, audit events, deployments). */
const notUuid = [b64(['2026-01-01 00:00:00+00', 'not-a-uuid']), encodeCursor('2999-01-01 00:00:00+00', "'; drop table users; --")];

describe('tampered cursors answer the first page', () => {
  it('on every list', async () => {
    const ws = await workspace();
    const { orgId, admin, app } = ws;
    const db = await getDb();
    // A few rows in each list (written directly: no session needed), so "the first page" is not trivially empty.
    const prefix = unique('cur');
    await addMember(orgId, 'org_user');
    await db.insert(schema.invitations).values(
      [1, 2].map((i) => ({
        orgId,
        email: `${prefix}-${i}@example.test`,
        role: 'org_user' as const,
        tokenHash: `${prefix}-${i}`,
        expiresAt: new Date(Date.now() + 86_400_000),
      })),
    );
    await createTeam(orgId, { id: 'crew', members: [admin] });
    await grantApp(orgId, 'crew', app.id);
    await db.insert(schema.auditEvents).values({ orgId, actorId: admin.id, action: 'team.created', targetType: 'team', targetId: 'crew' });
    const [version] = await db
      .insert(schema.modelVersions)
      .values({ orgId, appId: app.id, modelId: ws.modelId, version: 1, metrics: {} })
      .returning({ id: schema.modelVersions.id });
    await db
      .insert(schema.deployments)
      .values({ orgId, appId: app.id, modelVersionId: version!.id, clusterId: 'gpu', nodepoolId: 'a100', createdBy: admin.id });
    const [dataset] = await db
      .insert(schema.datasets)
      .values({ orgId, appId: app.id, name: 'Photos' })
      .returning({ id: schema.datasets.id });
    await db.insert(schema.inputs).values({ orgId, appId: app.id, datasetId: dataset!.id, kind: 'text', content: 'hello' });

    // Keyed by (sort key, user id): a made-up key is only a stale one (compared with `>`), so only what is
    // not two strings, over-long or holding NUL is garbage there; the rest must simply never fail.
    const privateApp = { id: app.id, visibility: 'private' };
    const sortKeyed: Array<[string, (after?: string) => Promise<unknown>]> = [
      ['members', (after) => listMembers(db, orgId, { after })],
      ['members tab', (after) => membersTab(db, orgId, 'members', { after })],
      ['members of a role', (after) => listMembers(db, orgId, { role: 'admin', after })],
      ['who has access', (after) => listAppAccess(db, orgId, privateApp, { after })],
    ];
    const notKeyCursor = [
      '!!not base64!!',
      '%',
      '\u0000',
      'x'.repeat(5000),
      b64('x'.repeat(300)),
      b64('not json'),
      b64({}),
      b64([1, 2]),
      b64(['a']),
      b64(['a\u0000', uuid]),
      b64(['a', 'b\u0000']),
      b64(['a', 1]),
      b64(['a', uuid, 'extra']),
      b64(['a', '']),
      b64(['x'.repeat(2000), uuid]),
    ];
    const uuidKeyed: Array<[string, (after?: string) => Promise<unknown>]> = [
      ['pending invitations', (after) => listPendingInvitations(db, orgId, { after })],
      ['pending tab', (after) => membersTab(db, orgId, 'pending', { after })],
      ['audit log', (after) => listAuditEvents(db, orgId, { after })],
      ['deployments', (after) => listDeployments(db, orgId, { after })],
    ];
    // Keyed by the last row's id (a uuid): anything else is garbage.
    const idKeyed: Array<[string, (after?: string) => Promise<unknown>]> = [
      ['inputs', (after) => listInputs(db, orgId, app.id, dataset!.id, after)],
      ['tasks', (after) => listTasks(db, orgId, app.id, { userId: admin.id, all: true, withNames: true, after })],
    ];
    // Keyed by a unique name in plain text (`after: 'zzzz'` is a stale cursor, an empty page): only text
    // no name can be (over-long, NUL) is garbage there; the rest must simply never fail.
    const textKeyed: Array<[string, (after?: string) => Promise<unknown>]> = [
      ['models', (after) => listModels(db, orgId, app.id, { after })],
      ['team members', (after) => listTeamMembers(db, orgId, 'crew', { after })],
      ['team apps', (after) => listTeamApps(db, orgId, 'crew', { after })],
      ['teams', (after) => listTeams(db, orgId, { after })],
      ['apps', (after) => listAppsForMember(db, orgId, { userId: admin.id, role: 'admin' }, { after })],
      ['teams with access', (after) => listTeamsWithAccess(db, orgId, app.id, { after })],
    ];
    const failures: string[] = [];
    const check = async (name: string, list: (after?: string) => Promise<unknown>, cursors: string[], firstPage = true) => {
      const first = await list(undefined);
      if (name !== 'tasks') expect(rowsOf(first), name).not.toEqual([]);
      for (const after of cursors) {
        try {
          const page = await list(after);
          if (firstPage && JSON.stringify(page) !== JSON.stringify(first))
            failures.push(`${name} ${JSON.stringify(after).slice(0, 60)}: not the first page`);
        } catch (error) {
          failures.push(`${name} ${JSON.stringify(after).slice(0, 60)}: ${String(error).slice(0, 100)}`);
        }
      }
    };
    for (const [name, list] of sortKeyed) {
      await check(name, list, notKeyCursor);
      await check(name, list, [...garbage, ...notUuid], false);
    }
    for (const [name, list] of uuidKeyed) await check(name, list, [...garbage, ...notUuid]);
    for (const [name, list] of idKeyed) await check(name, list, [...garbage, ...notUuid]);
    for (const [name, list] of textKeyed) {
      await check(name, list, ['\u0000', 'a\u0000b', 'x'.repeat(5000)]);
      await check(name, list, [...garbage, ...notUuid], false);
    }
    expect(failures).toEqual([]);

    // And a real cursor (the database's own timestamp text) still moves past the row it names.
    const lastOf = async (table: string, idColumn: string) => {
      const rows = (await db.execute(
        sql.raw(
          `select created_at::text as ts, ${idColumn} as id from ${table} where org_id = '${orgId}' order by created_at, ${idColumn} limit 1`,
        ),
      )) as unknown;
      const [row] = (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as Array<{ ts: string; id: string }>;
      return encodeCursor(row!.ts, row!.id);
    };
    const found = (await db.execute(
      sql`select sort_key as key, user_id as id from memberships where org_id = ${orgId} order by sort_key desc, user_id desc limit 1`,
    )) as unknown;
    const [lastMember] = (Array.isArray(found) ? found : (found as { rows: unknown[] }).rows) as Array<{ key: string; id: string }>;
    const afterLastMember = encodeKeyCursor(lastMember!.key, lastMember!.id);
    expect((await listMembers(db, orgId, { after: afterLastMember })).rows).toEqual([]);
    expect((await listAppAccess(db, orgId, privateApp, { after: afterLastMember })).rows).toEqual([]);
    expect((await listPendingInvitations(db, orgId, { after: await lastOf('invitations', 'id') })).rows).toEqual([]);
    expect((await listAuditEvents(db, orgId, { after: await lastOf('audit_events', 'id') })).rows).toEqual([]);
    expect((await listDeployments(db, orgId, { after: await lastOf('deployments', 'id') })).rows).toEqual([]);
  });

  it('on the pages that read them (members, pending invitations, audit log, compute)', async () => {
    const { orgId, admin } = await workspace();
    await actAs(admin);
    const params = Promise.resolve({ orgId });
    for (const after of [...garbage, ...notUuid]) {
      await expect(MembersPage({ params, searchParams: Promise.resolve({ after }) })).resolves.toBeTruthy();
      await expect(MembersPage({ params, searchParams: Promise.resolve({ tab: 'pending', after }) })).resolves.toBeTruthy();
      await expect(AuditLogPage({ params, searchParams: Promise.resolve({ after }) })).resolves.toBeTruthy();
      await expect(DeploymentsSection({ orgId, clusters: [], after })).resolves.toBeTruthy();
    }
  });
});
