import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { AppRouterContext } from 'next/dist/shared/lib/app-router-context.shared-runtime';
import { getDb, schema } from '@/db';
import { changeMemberRoleAction } from '@/app/(app)/orgs/[orgId]/members/actions';
import AuditLogPage from '@/app/(app)/orgs/[orgId]/audit-log/page';
import { GET } from '@/app/(app)/orgs/[orgId]/audit-log/export/route';
import { ORG_ROLES, can } from '@/lib/permissions';
import { actAs } from '../support/session';
import { addMember, createOrg, createUser } from '../factories';
import { parse } from '../support/csv';

// AppLink follows links through the app router, which a static render has not mounted: give it one.
// (A module mock of next/navigation would not hold: integration files share their modules.)
const router = {
  push: () => undefined,
  replace: () => undefined,
  refresh: () => undefined,
  prefetch: () => undefined,
  back: () => undefined,
  forward: () => undefined,
};

async function render(orgId: string, search: Record<string, string> = {}) {
  const page = await AuditLogPage({ params: Promise.resolve({ orgId }), searchParams: Promise.resolve(search) });
  return renderToStaticMarkup(<AppRouterContext.Provider value={router as never}>{page}</AppRouterContext.Provider>);
}

async function exportCsv(orgId: string, query = '') {
  return GET(new Request(`http://localhost/orgs/${orgId}/audit-log/export${query}`), { params: Promise.resolve({ orgId }) });
}

describe('audit log as sentences', () => {
  it('says a role change in the labels of SPEC §3, and says when the log is empty or nothing matches', async () => {
    const admin = await createUser({ name: 'Ada Admin' });
    const { id: orgId } = await createOrg(admin);
    const theo = await createUser({ name: 'Theo Team' });
    await addMember(orgId, 'team_contributor', theo);
    await actAs(admin);
    expect(await render(orgId)).toContain('Nothing has happened in this organization yet.');

    expect((await changeMemberRoleAction({ orgId, userId: theo.id, role: 'infra_manager' })).ok).toBe(true);
    const html = await render(orgId);
    expect(html).toContain('Ada Admin changed Theo Team from Team Contributor (select apps) to Infrastructure Manager');
    expect(html).toContain('<dt class="font-medium">Role</dt>');
    // Neither role keys nor JSON: the details are labelled values.
    expect(html).not.toContain('infra_manager');
    expect(html).not.toContain('&quot;before&quot;');
    expect(html).toContain('<option value="member.role_changed">Role changed</option>');
    expect(html).toContain(`href="/orgs/${orgId}/audit-log/export"`);

    const none = await render(orgId, { action: 'team.deleted' });
    expect(none).toContain('No events match these filters.');
    expect(none).toContain('Clear filters');
    expect(none).toContain(`href="/orgs/${orgId}/audit-log/export?action=team.deleted"`);
  });
});

describe('audit log CSV export', () => {
  it('streams every event of the filtered range, in batches, with the header and sentences', async () => {
    const admin = await createUser({ name: 'Ada Admin' });
    const { id: orgId } = await createOrg(admin);
    const db = await getDb();
    const base = Date.UTC(2026, 0, 1);
    const rows = Array.from({ length: 1_203 }, (_, i) => ({
      orgId,
      actorId: admin.id,
      action: i % 3 === 0 ? 'team.deleted' : 'team.renamed',
      targetType: 'team',
      targetId: `t-${i}`,
      data: i % 3 === 0 ? { name: `=Team ${i}` } : { before: `Team ${i}`, after: `Renamed ${i}` },
      createdAt: new Date(base + Math.floor(i / 2) * 1000),
    }));
    await db.insert(schema.auditEvents).values(rows);
    await actAs(admin);

    const all = await exportCsv(orgId);
    expect(all.status).toBe(200);
    expect(all.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(all.headers.get('content-disposition')).toMatch(/^attachment; filename="audit-log-/);
    const records = parse(await all.text(), { columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(1_203);
    expect(Object.keys(records[0]!)).toEqual(['time', 'actor', 'actor kind', 'action', 'sentence', 'target', 'details']);
    expect(new Set(records.map((r) => r.target)).size).toBe(1_203);

    const deleted = parse(await (await exportCsv(orgId, '?action=team.deleted')).text(), { columns: true }) as Record<string, string>[];
    expect(deleted).toHaveLength(401);
    // Newest first, and a team name that starts like a formula is read as text.
    expect(deleted[0]).toMatchObject({ action: 'team.deleted', sentence: 'Ada Admin deleted team =Team 1200', target: 'team t-1200' });
    expect(deleted[0]!.details).toBe(JSON.stringify({ name: '=Team 1200' }));
    expect(deleted.map((r) => r.time)).toEqual(
      deleted
        .map((r) => r.time)
        .sort()
        .reverse(),
    );

    const byMember = parse(await (await exportCsv(orgId, '?member=t-120')).text(), { columns: true }) as unknown[];
    expect(byMember).toHaveLength(4); // t-120 and t-1200 … t-1202: the member filter matches the target too
  });

  it('refuses the signed-out (401), non-members and members who may not see the log (404)', async () => {
    const { id: orgId } = await createOrg(await createUser());
    await actAs(null);
    expect((await exportCsv(orgId)).status).toBe(401);
    await actAs(await createUser());
    expect((await exportCsv(orgId)).status).toBe(404);
    for (const role of ORG_ROLES.filter((r) => !can(r, 'audit.view'))) {
      await actAs(await addMember(orgId, role));
      const refused = await exportCsv(orgId);
      expect(refused.status).toBe(404);
      expect(await refused.text()).not.toContain('time,actor');
    }
  });
});
