import { describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { listAuditEvents } from '@/db/queries/audit';
import { createTeamAction, renameTeamAction } from '@/app/(app)/orgs/[orgId]/teams/actions';
import AuditLogPage from '@/app/(app)/orgs/[orgId]/audit-log/page';
import { ORG_ROLES, can } from '@/lib/permissions';
import { actAs } from '../support/session';
import { addMember, createOrg, createUser } from '../factories';

describe('audit log', () => {
  it('records who did what, filters by action and member, and pages by keyset', async () => {
    const admin = await createUser({ name: 'Audrey Auditor' });
    const { id: orgId } = await createOrg(admin);
    const contributor = await addMember(orgId, 'org_contributor');
    await actAs(admin);
    for (let i = 0; i < 55; i++) {
      expect((await createTeamAction({ orgId, id: `team-${i}`, name: `Team ${i}`, defaultPermission: 'model_trainer' })).ok).toBe(true);
    }
    await actAs(contributor);
    expect((await renameTeamAction({ orgId, teamId: 'team-3', name: 'Renamed' })).ok).toBe(true);

    const db = await getDb();
    const renamed = await listAuditEvents(db, orgId, { action: 'team.renamed' });
    expect(renamed.rows).toHaveLength(1);
    expect(renamed.rows[0]).toMatchObject({
      actorEmail: contributor.email,
      targetId: 'team-3',
      data: { before: 'Team 3', after: 'Renamed' },
    });

    const byAdmin = await listAuditEvents(db, orgId, { member: 'audrey' });
    expect(byAdmin.rows).toHaveLength(50);
    expect(byAdmin.nextCursor).not.toBeNull();
    const second = await listAuditEvents(db, orgId, { member: 'audrey', after: byAdmin.nextCursor! });
    expect(second.rows).toHaveLength(5);
    expect(second.nextCursor).toBeNull();
    const ids = new Set([...byAdmin.rows, ...second.rows].map((r) => r.id));
    expect(ids.size).toBe(55);
    // Newest first across the page boundary.
    const times = [...byAdmin.rows, ...second.rows].map((r) => r.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it.each(ORG_ROLES.filter((role) => !can(role, 'audit.view')))('is not shown to %s (404)', async (role) => {
    const { id: orgId } = await createOrg(await createUser());
    await actAs(await addMember(orgId, role));
    await expect(AuditLogPage({ params: Promise.resolve({ orgId }), searchParams: Promise.resolve({}) })).rejects.toMatchObject({
      digest: expect.stringContaining('404'),
    });
  });
});
