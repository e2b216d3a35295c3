import { describe, expect, it } from 'vitest';
import { getDb, schema } from '@/db';
import { listTeams } from '@/db/queries/teams';
import { listOrganizationsForUser } from '@/db/queries/organizations';
import { addMember, createOrg, createUser } from '../factories';

// Regression: counts are correlated subqueries; a bare column in them once resolved to the inner table,
// summing the rows of every organization that had a team of the same ID.
describe('list counts stay inside their organization', () => {
  it('teams of the same ID in two organizations keep their own member and app counts', async () => {
    const db = await getDb();
    const counts = [];
    for (const members of [1, 3]) {
      const admin = await createUser();
      const { id: orgId } = await createOrg(admin);
      await db.insert(schema.teams).values({ orgId, id: 'shared-team-id', name: 'Same ID', defaultPermission: 'model_trainer' });
      const people = [admin, ...(await Promise.all(Array.from({ length: members - 1 }, () => addMember(orgId, 'org_user'))))];
      await db.insert(schema.teamMembers).values(people.map((p) => ({ orgId, teamId: 'shared-team-id', userId: p.id })));
      counts.push((await listTeams(db, orgId, {})).rows.find((t) => t.id === 'shared-team-id')!.memberCount);
    }
    expect(counts).toEqual([1, 3]);
  });

  it('each organization in the list counts only its own members', async () => {
    const user = await createUser();
    const small = await createOrg(user);
    const other = await createOrg(await createUser());
    await addMember(other.id, 'org_user', user);
    await addMember(other.id, 'org_user');
    const list = await listOrganizationsForUser(await getDb(), user.id);
    expect(Object.fromEntries(list.map((o) => [o.id, o.memberCount]))).toEqual({ [small.id]: 1, [other.id]: 3 });
  });
});
