import { describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import { listClusters } from '@/db/queries/compute';
import { createClusterAction, createNodepoolAction, deleteClusterAction } from '@/app/(app)/orgs/[orgId]/compute/actions';
import { actAs } from '../support/session';
import { addMember, createOrg, createUser } from '../factories';

describe('compute', () => {
  it('an Infrastructure Manager creates clusters and nodepools; bad input is refused beside the field', async () => {
    const { id: orgId } = await createOrg(await createUser());
    await actAs(await addMember(orgId, 'infra_manager'));
    expect(await createClusterAction({ orgId, id: 'gpu', name: 'GPU', region: 'eu-west-1' })).toEqual({ ok: true, data: { id: 'gpu' } });
    expect(await createClusterAction({ orgId, id: 'gpu', name: 'Again', region: 'eu-west-1' })).toMatchObject({
      ok: false,
      fieldErrors: { id: [expect.stringContaining('taken')] },
    });
    expect(await createClusterAction({ orgId, id: 'x y', name: '', region: 'mars-1' as 'eu-west-1' })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { id: [expect.any(String)], name: [expect.any(String)], region: ['Choose a region.'] },
    });
    expect(
      await createNodepoolAction({ orgId, clusterId: 'gpu', id: 'a100s', instanceType: 'gpu-a100', minNodes: 3, maxNodes: 1 }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { maxNodes: ['The maximum must be at least the minimum.'] },
    });
    expect(
      (await createNodepoolAction({ orgId, clusterId: 'gpu', id: 'a100s', instanceType: 'gpu-a100', minNodes: 3, maxNodes: 4 })).ok,
    ).toBe(true);
    expect(
      await createNodepoolAction({ orgId, clusterId: 'nope', id: 'x1', instanceType: 'gpu-a100', minNodes: 0, maxNodes: 1 }),
    ).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const clusters = await listClusters(await getDb(), orgId);
    expect(clusters).toMatchObject([
      { id: 'gpu', name: 'GPU', region: 'eu-west-1', nodepools: [{ id: 'a100s', instanceType: 'gpu-a100', minNodes: 3, maxNodes: 4 }] },
    ]);
    expect((await deleteClusterAction({ orgId, clusterId: 'gpu' })).ok).toBe(true);
    expect(await listClusters(await getDb(), orgId)).toEqual([]);
  });
});
