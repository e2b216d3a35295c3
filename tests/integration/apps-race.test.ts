import { describe, expect, it } from 'vitest';
import { setAppTeamAccessAction, updateAppDetailsAction } from '@/app/(app)/orgs/[orgId]/apps/actions';
import { runAs } from '../support/session';
import { addMember, createOrg, createUser } from '../factories';
import { auditOf } from '../factories/invitations';
import { appRow, createApp, createTeam, teamAppGrants } from '../factories/teams';

const ROUNDS = 30;

async function orgWithApp() {
  const admin = await createUser();
  const { id: orgId } = await createOrg(admin);
  const other = await addMember(orgId, 'org_contributor');
  const app = await createApp({ orgId });
  return { orgId, admin, other, app };
}

// PGlite runs one transaction at a time, so only PostgreSQL can interleave them; CI runs this there.
describe.runIf(Boolean(process.env.DATABASE_URL))('app settings under concurrency (PostgreSQL)', () => {
  it(`two renames at once run one after the other: each audits the name it replaced (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { orgId, admin, other, app } = await orgWithApp();
      const rename = (name: string) => updateAppDetailsAction({ orgId, appId: app.id, name, description: '', notes: '' });
      const results = await Promise.all([runAs(admin, () => rename('First')), runAs(other, () => rename('Second'))]);
      expect(results.every((r) => r.ok)).toBe(true);
      const audits = (await auditOf(orgId, 'app.updated')) as Array<{ data: { before: { name: string }; after: { name: string } } }>;
      expect(audits).toHaveLength(2);
      // One chain: the original name → one → the other, whichever went first; the row holds the last.
      const [first, second] = audits[0]!.data.before.name === app.name ? [audits[0]!, audits[1]!] : [audits[1]!, audits[0]!];
      expect(first.data.before.name).toBe(app.name);
      expect(second.data.before.name).toBe(first.data.after.name);
      expect(await appRow(app.id)).toMatchObject({ name: second.data.after.name });
    }
  });

  it(`one team granted the app twice at once: one grant, at one of the two levels (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { orgId, admin, other, app } = await orgWithApp();
      const { id: teamId } = await createTeam(orgId);
      const results = await Promise.all([
        runAs(admin, () => setAppTeamAccessAction({ orgId, appId: app.id, teamId, permission: 'full_access' })),
        runAs(other, () => setAppTeamAccessAction({ orgId, appId: app.id, teamId, permission: 'labeler_worker' })),
      ]);
      expect(results.every((r) => r.ok)).toBe(true);
      const grants = await teamAppGrants(orgId, teamId);
      expect(grants).toHaveLength(1);
      expect(['full_access', 'labeler_worker']).toContain(grants[0]!.permission);
      expect(await auditOf(orgId, 'app.team_access_set')).toHaveLength(2);
    }
  });
});
