import { describe, expect, it } from 'vitest';
import { and, count, eq, sql } from 'drizzle-orm';
import { getDb, schema, type Tx } from '@/db';
import { deployModelAction } from '@/app/(app)/orgs/[orgId]/compute/deploy-actions';
import { createClusterAction } from '@/app/(app)/orgs/[orgId]/compute/actions';
import { deleteAppAction } from '@/app/(app)/orgs/[orgId]/apps/actions';
import { deleteModelAction } from '@/app/(app)/orgs/[orgId]/apps/[appId]/models/actions';
import { runAs } from '../support/session';
import { addMember, createOrg, createUser } from '../factories';
import { auditOf } from '../factories/invitations';
import { workspace } from '../factories/models';

const ROUNDS = 30;

/** The workspace with version 1 of Detector, written straight into the database. */
async function withVersion() {
  const ws = await workspace();
  const [row] = await (
    await getDb()
  )
    .insert(schema.modelVersions)
    .values({ orgId: ws.orgId, appId: ws.app.id, modelId: ws.modelId, version: 1, metrics: {} })
    .returning({ id: schema.modelVersions.id });
  return { ...ws, versionId: row!.id };
}

async function deploymentsOf(appId: string) {
  const [row] = await (await getDb()).select({ n: count() }).from(schema.deployments).where(eq(schema.deployments.appId, appId));
  return Number(row?.n);
}

/**
 * Runs `change` in a transaction left open until `action` is seen waiting for it (pg_blocking_pids), then
 * commits it and returns what the action answered: the action's turn comes strictly after the change.
 */
async function afterCommitted<T>(change: (tx: Tx) => Promise<unknown>, action: () => Promise<T>): Promise<T> {
  const db = await getDb();
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let holderPid = (_pid: number) => {};
  const pid = new Promise<number>((resolve) => (holderPid = resolve));
  const holder = db.transaction(async (tx) => {
    await change(tx);
    const [row] = await tx.execute<{ pid: number }>(sql`select pg_backend_pid() as pid`);
    holderPid(Number(row!.pid));
    await released;
  });
  const blocker = await pid;
  const pending = action();
  const blocked = async () =>
    (
      await db.execute<{ n: number }>(sql`select count(*)::int as n from pg_stat_activity where ${blocker} = any(pg_blocking_pids(pid))`)
    )[0]!.n > 0;
  let waited = false;
  for (let i = 0; i < 150 && !(waited = await blocked()); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  release();
  await holder;
  expect(waited).toBe(true);
  return pending;
}

// PGlite runs one transaction at a time, so only PostgreSQL can interleave them; CI runs this there.
describe.runIf(Boolean(process.env.DATABASE_URL))('deployments and clusters under concurrency (PostgreSQL)', () => {
  it(`the same version deployed to the same nodepool twice at once: one deployment, the other told beside the field (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const ws = await withVersion();
      const other = await addMember(ws.orgId, 'infra_manager');
      const input = { orgId: ws.orgId, appId: ws.app.id, modelVersionId: ws.versionId, nodepool: 'gpu/a100' };
      const results = await Promise.all([runAs(ws.admin, () => deployModelAction(input)), runAs(other, () => deployModelAction(input))]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.find((r) => !r.ok)).toEqual({
        ok: false,
        code: 'VALIDATION',
        message: 'Version 1 of Detector is already deployed on gpu/a100.',
        fieldErrors: { nodepool: ['Version 1 of Detector is already deployed on gpu/a100.'] },
      });
      expect(await deploymentsOf(ws.app.id)).toBe(1);
      expect(await auditOf(ws.orgId, 'model.deployed')).toHaveLength(1);
    }
  });

  it(`an app deleted while a deploy runs: the app goes with every deployment, and the deploy succeeds first or finds no app (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const ws = await withVersion();
      const deployer = await addMember(ws.orgId, 'infra_manager');
      const [deployed, deleted] = await Promise.all([
        runAs(deployer, () => deployModelAction({ orgId: ws.orgId, appId: ws.app.id, modelVersionId: ws.versionId, nodepool: 'gpu/a100' })),
        runAs(ws.admin, () => deleteAppAction({ orgId: ws.orgId, appId: ws.app.id, confirmation: ws.app.slug })),
      ]);
      expect(deleted).toEqual({ ok: true, data: { slug: ws.app.slug } });
      if (!deployed.ok)
        expect(deployed).toMatchObject({ code: 'NOT_FOUND', message: 'That app does not exist, or you do not have access.' });
      expect(await deploymentsOf(ws.app.id)).toBe(0);
      // Whatever won, the audit log tells the same story as the results.
      expect(await auditOf(ws.orgId, 'model.deployed')).toHaveLength(deployed.ok ? 1 : 0);
    }
  });

  it('a deploy waiting on an app deletion answers NOT_FOUND, as if the app had never existed', async () => {
    const ws = await withVersion();
    const deployed = await afterCommitted(
      (tx) => tx.delete(schema.apps).where(eq(schema.apps.id, ws.app.id)),
      () =>
        runAs(ws.admin, () => deployModelAction({ orgId: ws.orgId, appId: ws.app.id, modelVersionId: ws.versionId, nodepool: 'gpu/a100' })),
    );
    expect(deployed).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('a deploy waiting on the deletion of its model answers beside the version field, not with a conflict', async () => {
    const ws = await withVersion();
    const m = schema.models;
    const deployed = await afterCommitted(
      (tx) => tx.delete(m).where(and(eq(m.orgId, ws.orgId), eq(m.id, ws.modelId))),
      () =>
        runAs(ws.admin, () => deployModelAction({ orgId: ws.orgId, appId: ws.app.id, modelVersionId: ws.versionId, nodepool: 'gpu/a100' })),
    );
    expect(deployed).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { modelVersionId: ['That model version does not exist in this app.'] },
    });
    expect(await deploymentsOf(ws.app.id)).toBe(0);
  });

  it(`a model deleted while its version is deployed: no deployment outlives it (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const ws = await withVersion();
      const deployer = await addMember(ws.orgId, 'infra_manager');
      const [deployed, deleted] = await Promise.all([
        runAs(deployer, () => deployModelAction({ orgId: ws.orgId, appId: ws.app.id, modelVersionId: ws.versionId, nodepool: 'gpu/a100' })),
        runAs(ws.admin, () => deleteModelAction({ orgId: ws.orgId, appId: ws.app.id, modelId: ws.modelId })),
      ]);
      expect(deleted).toMatchObject({ ok: true });
      if (!deployed.ok) expect(deployed).toMatchObject({ code: 'VALIDATION', fieldErrors: { modelVersionId: [expect.any(String)] } });
      expect(await deploymentsOf(ws.app.id)).toBe(0);
      expect(await auditOf(ws.orgId, 'model.deployed')).toHaveLength(deployed.ok ? 1 : 0);
    }
  });

  it(`one Cluster ID created twice at once: one cluster, the other told beside the field (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const admin = await createUser();
      const { id: orgId } = await createOrg(admin);
      const manager = await addMember(orgId, 'infra_manager');
      const create = (name: string) => createClusterAction({ orgId, id: 'gpu', name, region: 'us-east-1' });
      const results = await Promise.all([runAs(admin, () => create('First')), runAs(manager, () => create('Second'))]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.find((r) => !r.ok)).toMatchObject({
        code: 'VALIDATION',
        fieldErrors: { id: ['This Cluster ID is taken in this organization. Choose another.'] },
      });
      const [clusters] = await (await getDb()).select({ n: count() }).from(schema.clusters).where(eq(schema.clusters.orgId, orgId));
      expect(Number(clusters?.n)).toBe(1);
      expect(await auditOf(orgId, 'cluster.created')).toHaveLength(1);
    }
  });
});
