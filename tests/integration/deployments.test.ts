import { describe, expect, it } from 'vitest';
import { getDb, schema } from '@/db';
import { listDeployments } from '@/db/queries/deployments';
import { trainModelAction } from '@/app/(app)/orgs/[orgId]/apps/[appId]/models/actions';
import { deployModelAction, searchDeployableVersionsAction, undeployModelAction } from '@/app/(app)/orgs/[orgId]/compute/deploy-actions';
import ComputePage from '@/app/(app)/orgs/[orgId]/compute/page';
import { DeploymentsSection } from '@/app/(app)/orgs/[orgId]/compute/_components/deployments-section';
import type { OrgRole, TeamLevel } from '@/lib/permissions';
import { actAs } from '../support/session';
import { addMember, createUser } from '../factories';
import { auditOf } from '../factories/invitations';
import { modelsSnapshot, teamMember, workspace, type User, type Ws } from '../factories/models';
import { elementsOf } from '../factories/render';

/** The workspace with version 1 of Detector trained (by the Admin). */
async function trained() {
  const ws = await workspace();
  await actAs(ws.admin);
  const run = await trainModelAction({ orgId: ws.orgId, appId: ws.app.id, modelId: ws.modelId });
  if (!run.ok) throw new Error(run.message);
  return { ...ws, versionId: run.data.id };
}

const deploy = (ws: Ws, modelVersionId: string, nodepool: string, appId = ws.app.id) =>
  deployModelAction({ orgId: ws.orgId, appId, modelVersionId, nodepool });

describe('deploy and undeploy', () => {
  it('an Admin deploys a version to a nodepool, once per nodepool; it is listed and audited, and undeploying removes it', async () => {
    const ws = await trained();
    const done = await deploy(ws, ws.versionId, 'gpu/a100');
    expect(done).toEqual({
      ok: true,
      data: { id: expect.any(String), version: 1, modelName: 'Detector', clusterId: 'gpu', nodepoolId: 'a100' },
    });
    const id = done.ok ? done.data.id : '';
    expect((await listDeployments(await getDb(), ws.orgId)).rows).toEqual([
      {
        id,
        appId: ws.app.id,
        appSlug: ws.app.slug,
        modelId: ws.modelId,
        modelName: 'Detector',
        version: 1,
        clusterId: 'gpu',
        nodepoolId: 'a100',
        deployedBy: 'Ada Admin',
        createdAt: expect.any(Date),
      },
    ]);
    expect(await auditOf(ws.orgId, 'model.deployed')).toMatchObject([
      {
        actorId: ws.admin.id,
        targetType: 'deployment',
        targetId: id,
        data: { app: ws.app.slug, version: 1, cluster: 'gpu', nodepool: 'a100' },
      },
    ]);

    const before = await modelsSnapshot([ws.orgId]);
    expect(await deploy(ws, ws.versionId, 'gpu/a100')).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { nodepool: ['Version 1 of Detector is already deployed on gpu/a100.'] },
    });
    expect(await deploy(ws, ws.versionId, 'gpu/nope')).toMatchObject({
      ok: false,
      fieldErrors: { nodepool: ['That nodepool does not exist in this organization.'] },
    });
    expect(await deploy(ws, ws.versionId, 'not a target')).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { nodepool: ['Choose a nodepool.'] },
    });
    expect(await modelsSnapshot([ws.orgId])).toEqual(before);

    expect(await undeployModelAction({ orgId: ws.orgId, deploymentId: id })).toEqual({ ok: true, data: { id } });
    expect((await listDeployments(await getDb(), ws.orgId)).rows).toEqual([]);
    expect(await auditOf(ws.orgId, 'model.undeployed')).toMatchObject([
      { targetId: id, data: { model: 'Detector', version: 1, cluster: 'gpu', nodepool: 'a100' } },
    ]);
    expect(await undeployModelAction({ orgId: ws.orgId, deploymentId: id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it("refuses a version of another app, another organization's app or nodepool; nothing changes", async () => {
    const ws = await trained();
    const elsewhere = await trained();
    // The other organization has a nodepool gpu/h100; this one does not.
    await (
      await getDb()
    )
      .insert(schema.nodepools)
      .values({ orgId: elsewhere.orgId, clusterId: 'gpu', id: 'h100', instanceType: 'gpu-a100', minNodes: 0, maxNodes: 1 });
    await actAs(ws.admin);
    const before = await modelsSnapshot([ws.orgId, elsewhere.orgId]);
    expect(await deploy(ws, ws.otherVersionId, 'gpu/a100')).toMatchObject({
      ok: false,
      fieldErrors: { modelVersionId: ['That model version does not exist in this app.'] },
    });
    expect(await deploy(ws, elsewhere.versionId, 'gpu/a100')).toMatchObject({
      ok: false,
      fieldErrors: { modelVersionId: [expect.any(String)] },
    });
    expect(await deploy(ws, ws.versionId, 'gpu/h100')).toMatchObject({ ok: false, fieldErrors: { nodepool: [expect.any(String)] } });
    expect(await deploy(ws, elsewhere.versionId, 'gpu/a100', elsewhere.app.id)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const theirs = await (async () => {
      await actAs(elsewhere.admin);
      return deploy(elsewhere, elsewhere.versionId, 'gpu/h100');
    })();
    expect(theirs.ok).toBe(true);
    const after = await modelsSnapshot([ws.orgId, elsewhere.orgId]);
    await actAs(ws.admin);
    expect(await undeployModelAction({ orgId: ws.orgId, deploymentId: theirs.ok ? theirs.data.id : '' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await modelsSnapshot([ws.orgId, elsewhere.orgId])).toEqual(after);
    expect(after).not.toEqual(before);
  });

  type Who = OrgRole | `${TeamLevel} team` | 'model_trainer team of another app' | 'non-member';
  const cases: Array<[Who, 'allowed' | 'FORBIDDEN' | 'NOT_FOUND']> = [
    ['admin', 'allowed'],
    ['org_contributor', 'allowed'],
    ['infra_manager', 'allowed'],
    ['model_trainer team', 'allowed'],
    ['org_user', 'FORBIDDEN'],
    ['full_access team', 'FORBIDDEN'],
    ['labeler_lead team', 'FORBIDDEN'],
    ['labeler_worker team', 'FORBIDDEN'],
    ['financial_manager', 'NOT_FOUND'],
    ['team_contributor', 'NOT_FOUND'],
    ['model_trainer team of another app', 'NOT_FOUND'],
    ['non-member', 'NOT_FOUND'],
  ];
  async function caller(ws: Ws, who: Who): Promise<User> {
    if (who === 'admin') return ws.admin;
    if (who === 'non-member') return createUser();
    if (who === 'model_trainer team of another app') return teamMember(ws.orgId, ws.otherApp.id, 'model_trainer');
    if (who.endsWith(' team')) return teamMember(ws.orgId, ws.app.id, who.slice(0, -' team'.length) as TeamLevel);
    return addMember(ws.orgId, who as OrgRole);
  }

  it.each(cases)('%s: deploy and undeploy → %s', async (who, want) => {
    const ws = await trained();
    const existing = await deploy(ws, ws.versionId, 'gpu/a100');
    if (!existing.ok) throw new Error(existing.message);
    await actAs(await caller(ws, who));
    const before = await modelsSnapshot([ws.orgId]);
    const deployed = await deploy(ws, ws.versionId, 'gpu/t4');
    const undeployed = await undeployModelAction({ orgId: ws.orgId, deploymentId: existing.data.id });
    if (want === 'allowed') {
      expect([deployed.ok, undeployed.ok]).toEqual([true, true]);
      expect((await listDeployments(await getDb(), ws.orgId)).rows.map((d) => d.nodepoolId)).toEqual(['t4']);
    } else {
      expect([deployed, undeployed]).toMatchObject([
        { ok: false, code: want },
        { ok: false, code: want },
      ]);
      expect(await modelsSnapshot([ws.orgId])).toEqual(before);
    }
  });
});

describe('the compute page', () => {
  it("lists the organization's model versions for the Deploy model picker (searchable, this organization only) to roles with compute.deploy", async () => {
    const ws = await trained();
    const elsewhere = await trained();
    await actAs(await addMember(ws.orgId, 'infra_manager'));
    const all = await searchDeployableVersionsAction({ orgId: ws.orgId, q: '' });
    expect(all.ok && all.data.map((v) => [v.appSlug, v.modelName, v.version]).sort()).toEqual(
      [
        [ws.app.slug, 'Detector', 1],
        [ws.otherApp.slug, 'Elsewhere', 1],
      ].sort(),
    );
    expect(all.ok && all.data.some((v) => v.modelVersionId === elsewhere.versionId)).toBe(false);
    const some = await searchDeployableVersionsAction({ orgId: ws.orgId, q: 'elsew' });
    expect(some.ok && some.data.map((v) => v.modelVersionId)).toEqual([ws.otherVersionId]);
    await actAs(await addMember(ws.orgId, 'org_user'));
    expect(await searchDeployableVersionsAction({ orgId: ws.orgId, q: '' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('shows the Deployments section only to roles with compute.deploy', async () => {
    const ws = await trained();
    const props = { params: Promise.resolve({ orgId: ws.orgId }), searchParams: Promise.resolve({ after: 'garbage\u0000' }) };
    await actAs(await addMember(ws.orgId, 'org_user'));
    expect(elementsOf(await ComputePage(props), DeploymentsSection)).toHaveLength(0);
    await actAs(await addMember(ws.orgId, 'infra_manager'));
    const sections = elementsOf(await ComputePage(props), DeploymentsSection);
    expect(sections).toHaveLength(1);
    // A hostile cursor is ignored, not a server error.
    expect(await DeploymentsSection(sections[0]!.props as Parameters<typeof DeploymentsSection>[0])).toBeTruthy();
  });
});
