import { asc, count, eq, inArray } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import type { TeamLevel } from '@/lib/permissions';
import { createOrg, createUser } from './index';
import { createApp, createTeam, grantApp, memberInTeam } from './teams';

export type User = { id: string; email: string };

/** An org (Admin `admin`) with app `app` holding model Detector, app `otherApp` with a trained model, and nodepools gpu/a100, gpu/t4. */
export async function workspace() {
  const db = await getDb();
  const admin = await createUser({ name: 'Ada Admin' });
  const { id: orgId } = await createOrg(admin);
  const app = await createApp({ orgId });
  const otherApp = await createApp({ orgId });
  const [model] = await db.insert(schema.models).values({ orgId, appId: app.id, name: 'Detector' }).returning({ id: schema.models.id });
  const [otherModel] = await db
    .insert(schema.models)
    .values({ orgId, appId: otherApp.id, name: 'Elsewhere' })
    .returning({ id: schema.models.id });
  const [otherVersion] = await db
    .insert(schema.modelVersions)
    .values({ orgId, appId: otherApp.id, modelId: otherModel!.id, version: 1, metrics: {} })
    .returning({ id: schema.modelVersions.id });
  await db.insert(schema.clusters).values({ orgId, id: 'gpu', name: 'GPU', region: 'us-east-1' });
  await db
    .insert(schema.nodepools)
    .values(['a100', 't4', 'l4'].map((id) => ({ orgId, clusterId: 'gpu', id, instanceType: 'gpu-a100', minNodes: 0, maxNodes: 2 })));
  return { orgId, admin, app, otherApp, modelId: model!.id, otherModelId: otherModel!.id, otherVersionId: otherVersion!.id };
}
export type Ws = Awaited<ReturnType<typeof workspace>>;

/** A Team Contributor in a team that has `appId` at `level`. */
export async function teamMember(orgId: string, appId: string, level: TeamLevel) {
  const { id: teamId } = await createTeam(orgId, { defaultPermission: level });
  await grantApp(orgId, teamId, appId, level);
  return memberInTeam(orgId, 'team_contributor', teamId, `${level} member`);
}

/** Labels written straight into the app: concepts, one input per row, one task, and annotations with a review status. */
export async function label(
  orgId: string,
  appId: string,
  annotators: User[],
  rows: Array<{ concept: string; status: 'approved' | 'rejected' | 'pending'; input: number; by: number }>,
) {
  const db = await getDb();
  const inApp = { orgId, appId };
  const names = [...new Set(rows.map((r) => r.concept))];
  const concepts = await db
    .insert(schema.concepts)
    .values(names.map((name) => ({ ...inApp, name })))
    .returning({ id: schema.concepts.id, name: schema.concepts.name });
  const [dataset] = await db
    .insert(schema.datasets)
    .values({ ...inApp, name: 'Photos' })
    .returning({ id: schema.datasets.id });
  const inputCount = Math.max(...rows.map((r) => r.input)) + 1;
  const inputs = await db
    .insert(schema.inputs)
    .values(Array.from({ length: inputCount }, (_, i) => ({ ...inApp, datasetId: dataset!.id, kind: 'text', content: `input ${i}` })))
    .returning({ id: schema.inputs.id });
  const [task] = await db
    .insert(schema.labelingTasks)
    .values({ ...inApp, datasetId: dataset!.id, name: 'Label' })
    .returning({ id: schema.labelingTasks.id });
  await db.insert(schema.taskAssignees).values(annotators.map((u) => ({ ...inApp, taskId: task!.id, userId: u.id })));
  const conceptId = (name: string) => concepts.find((c) => c.name === name)!.id;
  return db
    .insert(schema.annotations)
    .values(
      rows.map((r) => ({
        ...inApp,
        taskId: task!.id,
        inputId: inputs[r.input]!.id,
        conceptId: conceptId(r.concept),
        annotatorId: annotators[r.by]!.id,
        reviewStatus: r.status,
      })),
    )
    .returning({ id: schema.annotations.id, reviewStatus: schema.annotations.reviewStatus });
}

/** Every row these actions could change in the organizations, and the number of audit events. */
export async function modelsSnapshot(orgIds: string[]) {
  const db = await getDb();
  const { models: m, modelVersions: mv, deployments: d, usageRecords: u, workflowSteps: ws, auditEvents: ae } = schema;
  const [audit] = await db.select({ n: count() }).from(ae).where(inArray(ae.orgId, orgIds));
  return {
    models: await db.select().from(m).where(inArray(m.orgId, orgIds)).orderBy(asc(m.id)),
    versions: await db.select().from(mv).where(inArray(mv.orgId, orgIds)).orderBy(asc(mv.id)),
    deployments: await db.select().from(d).where(inArray(d.orgId, orgIds)).orderBy(asc(d.id)),
    usage: await db.select().from(u).where(inArray(u.orgId, orgIds)).orderBy(asc(u.id)),
    steps: await db.select().from(ws).where(inArray(ws.orgId, orgIds)).orderBy(asc(ws.workflowId), asc(ws.position)),
    audit: Number(audit?.n),
  };
}

export async function versionsOf(modelId: string) {
  const db = await getDb();
  const mv = schema.modelVersions;
  return db
    .select({ version: mv.version, metrics: mv.metrics, trainedBy: mv.trainedBy })
    .from(mv)
    .where(eq(mv.modelId, modelId))
    .orderBy(asc(mv.version));
}

export const thisMonth = () => `${new Date().toISOString().slice(0, 7)}-01`;
