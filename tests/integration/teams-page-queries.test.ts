import { describe, expect, it } from 'vitest';
import { getDb, queriesSent, schema } from '@/db';
import TeamsPage from '@/app/(app)/orgs/[orgId]/teams/page';
import TeamPage from '@/app/(app)/orgs/[orgId]/teams/[teamId]/page';
import AppSettingsPage from '@/app/(app)/orgs/[orgId]/apps/[appId]/settings/page';
import { actAs } from '../support/session';
import { createOrg, createUser, unique } from '../factories';

/** An organization with `teams` teams, each with a member and an app grant, written in batches. */
async function orgWithTeams(admin: { id: string }, teams: number) {
  const { id: orgId } = await createOrg(admin);
  const db = await getDb();
  const [app] = await db.insert(schema.apps).values({ orgId, slug: 'shared-app', name: 'Shared' }).returning({ id: schema.apps.id });
  for (let start = 0; start < teams; start += 500) {
    const ids = Array.from({ length: Math.min(500, teams - start) }, (_, i) => `team-${String(start + i).padStart(5, '0')}`);
    await db.insert(schema.teams).values(ids.map((id) => ({ orgId, id, name: `Team ${id}`, defaultPermission: 'model_trainer' as const })));
    await db.insert(schema.teamMembers).values(ids.map((teamId) => ({ orgId, teamId, userId: admin.id })));
    await db
      .insert(schema.teamApps)
      .values(ids.map((teamId) => ({ orgId, teamId, appId: app!.id, permission: 'labeler_worker' as const })));
  }
  return orgId;
}

async function queriesOf(render: () => Promise<unknown>): Promise<number> {
  const before = queriesSent();
  await render();
  return queriesSent() - before;
}

describe('teams pages cost does not grow with the number of teams', () => {
  it('teams page, a team page and app settings send the same number of queries at 10 and 1,000 teams', async () => {
    const admin = await createUser({ name: unique('admin') });
    const small = await orgWithTeams(admin, 10);
    const large = await orgWithTeams(admin, 1_000);
    await actAs(admin);
    const search = Promise.resolve({});
    const counts = [];
    for (const orgId of [small, large]) {
      counts.push({
        teams: await queriesOf(() => TeamsPage({ params: Promise.resolve({ orgId }), searchParams: search })),
        team: await queriesOf(() =>
          TeamPage({ params: Promise.resolve({ orgId, teamId: 'team-00003' }), searchParams: Promise.resolve({}) }),
        ),
        settings: await queriesOf(() => AppSettingsPage({ params: Promise.resolve({ orgId, appId: 'shared-app' }) })),
      });
    }
    console.log(`queries at 10 teams ${JSON.stringify(counts[0])}, at 1,000 teams ${JSON.stringify(counts[1])}`);
    expect(counts[1]).toEqual(counts[0]);
    expect(counts[0]!.teams).toBeLessThanOrEqual(4);
  });
});
