import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { addTeamAppsAction, addTeamMembersAction, createTeamAction, deleteTeamAction } from '@/app/(app)/orgs/[orgId]/teams/actions';
import { removeMemberAction } from '@/app/(app)/orgs/[orgId]/members/actions';
import { deleteAppAction } from '@/app/(app)/orgs/[orgId]/apps/actions';
import { runAs } from '../support/session';
import { addMember, createOrg, createUser, unique } from '../factories';
import { createApp, createTeam, teamMemberIds, teamRow } from '../factories/teams';

const ROUNDS = 30;

async function twoAdmins() {
  const first = await createUser();
  const { id: orgId } = await createOrg(first);
  const second = await addMember(orgId, 'admin');
  return { orgId, first, second };
}

const codes = (results: Array<{ ok: boolean; code?: string }>) => results.filter((r) => !r.ok).map((r) => r.code);

// PGlite runs one statement at a time, so only PostgreSQL can show a race; CI runs this there.
describe.runIf(Boolean(process.env.DATABASE_URL))('teams under concurrency (PostgreSQL)', () => {
  it(`two Admins creating the same Team ID at once: one team, the other told beside the field (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { orgId, first, second } = await twoAdmins();
      const id = unique('race');
      const results = await Promise.all([
        runAs(first, () => createTeamAction({ orgId, id, name: 'First', defaultPermission: 'full_access' })),
        runAs(second, () => createTeamAction({ orgId, id, name: 'Second', defaultPermission: 'labeler_worker' })),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.find((r) => !r.ok)).toMatchObject({
        code: 'VALIDATION',
        fieldErrors: { id: ['This Team ID is taken in this organization. Choose another.'] },
      });
      expect(await teamRow(orgId, id)).not.toBeNull();
    }
  });

  it(`adding a member to a team while they are removed from the organization: refused or removed with them (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { orgId, first, second } = await twoAdmins();
      const { id: teamId } = await createTeam(orgId);
      const leaving = await addMember(orgId, 'org_user');
      const [added, removed] = await Promise.all([
        runAs(first, () => addTeamMembersAction({ orgId, teamId, userIds: [leaving.id] })),
        runAs(second, () => removeMemberAction({ orgId, userId: leaving.id })),
      ]);
      expect(removed).toMatchObject({ ok: true });
      expect(codes([added])).toEqual(added.ok ? [] : ['NOT_FOUND']);
      expect(await teamMemberIds(orgId, teamId)).toEqual([]);
    }
  });

  it(`granting an app to a team while the app is deleted: refused or deleted with it (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { orgId, first, second } = await twoAdmins();
      const { id: teamId } = await createTeam(orgId);
      const app = await createApp({ orgId });
      const [granted, deleted] = await Promise.all([
        runAs(first, () => addTeamAppsAction({ orgId, teamId, appIds: [app.id], permission: 'labeler_lead' })),
        runAs(second, () => deleteAppAction({ orgId, appId: app.id, confirmation: app.slug })),
      ]);
      expect(deleted).toMatchObject({ ok: true });
      expect(codes([granted])).toEqual(granted.ok ? [] : ['NOT_FOUND']);
      const ta = schema.teamApps;
      expect(
        await (
          await getDb()
        )
          .select()
          .from(ta)
          .where(and(eq(ta.orgId, orgId), eq(ta.teamId, teamId))),
      ).toEqual([]);
    }
  });

  it(`adding members to a team while it is deleted: refused, or told of both (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { orgId, first, second } = await twoAdmins();
      const { id: teamId } = await createTeam(orgId);
      const joining = await addMember(orgId, 'org_user');
      const [added, deleted] = await Promise.all([
        runAs(first, () => addTeamMembersAction({ orgId, teamId, userIds: [joining.id] })),
        runAs(second, () => deleteTeamAction({ orgId, teamId })),
      ]);
      expect(deleted).toMatchObject({ ok: true });
      expect(codes([added])).toEqual(added.ok ? [] : ['NOT_FOUND']);
      expect(await teamMemberIds(orgId, teamId)).toEqual([]);
      // Added first, the member is then told the team was deleted; refused, they hear of neither.
      const n = schema.notifications;
      const kinds = await (
        await getDb()
      )
        .select({ kind: n.kind })
        .from(n)
        .where(and(eq(n.userId, joining.id), eq(n.orgId, orgId)));
      expect(kinds.map((k) => k.kind).sort()).toEqual(added.ok ? ['team_added', 'team_removed'] : []);
    }
  });
});
