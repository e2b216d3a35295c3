import { getTableName, sql } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { APP_CONTENT_TABLES } from '@/db/queries/app-transfer';
import { addMember, createOrg, createUser } from './index';
import { createApp, createTeam, grantApp } from './teams';

type User = { id: string; email: string };

/**
 * An org app with one row in every table inside it, plus what a transfer leaves behind: a team's
 * access, a deployment on the organization's cluster, a usage record, and two assignees of its task,
 * `both` (also a member of `toOrgId`) and `onlyHere`, each with an annotation. `admin` is Admin of both
 * organizations.
 */
export async function appWithContent() {
  const db = await getDb();
  const admin = await createUser({ name: 'Ada Admin' });
  const { id: orgId } = await createOrg(admin);
  const { id: toOrgId } = await createOrg(admin);
  const both = await addMember(orgId, 'team_contributor');
  await addMember(toOrgId, 'org_user', both);
  const onlyHere = await addMember(orgId, 'team_contributor');
  const app = await createApp({ orgId });
  const inApp = { orgId, appId: app.id };
  const { id: teamId } = await createTeam(orgId, { members: [both] });
  await grantApp(orgId, teamId, app.id, 'labeler_worker');

  const id = () => crypto.randomUUID();
  const [conceptId, datasetId, inputId, modelId, versionId, workflowId, taskId] = [id(), id(), id(), id(), id(), id(), id()];
  await db.insert(schema.concepts).values({ ...inApp, id: conceptId, name: 'cat' });
  await db.insert(schema.datasets).values({ ...inApp, id: datasetId, name: 'Photos' });
  await db.insert(schema.inputs).values({ ...inApp, id: inputId, datasetId, kind: 'image', content: 'cat.png' });
  const bytes = new Uint8Array([137, 80, 78, 71]);
  await db.insert(schema.inputFiles).values({ ...inApp, inputId, contentType: 'image/png', byteSize: bytes.length, sha256: 'ab', bytes });
  await db.insert(schema.models).values({ ...inApp, id: modelId, name: 'Detector' });
  await db.insert(schema.modelVersions).values({ ...inApp, id: versionId, modelId, version: 1, metrics: {} });
  await db.insert(schema.workflows).values({ ...inApp, id: workflowId, name: 'Flow' });
  await db.insert(schema.workflowSteps).values({ ...inApp, workflowId, position: 0, modelId });
  await db.insert(schema.labelingTasks).values({ ...inApp, id: taskId, datasetId, name: 'Label cats' });
  await db.insert(schema.taskConcepts).values({ ...inApp, taskId, conceptId });
  await db.insert(schema.taskAssignees).values([both, onlyHere].map((u: User) => ({ ...inApp, taskId, userId: u.id })));
  await db
    .insert(schema.annotations)
    .values([both, onlyHere].map((u: User) => ({ ...inApp, taskId, inputId, conceptId, annotatorId: u.id })));
  await db.insert(schema.clusters).values({ orgId, id: 'gpu', name: 'GPU', region: 'eu-west-1' });
  await db.insert(schema.nodepools).values({ orgId, clusterId: 'gpu', id: 'a100', instanceType: 'gpu-a100', minNodes: 0, maxNodes: 2 });
  await db.insert(schema.deployments).values({ ...inApp, modelVersionId: versionId, clusterId: 'gpu', nodepoolId: 'a100' });
  await db
    .insert(schema.usageRecords)
    .values({ orgId, appId: app.id, appLabel: app.name, month: '2026-01-01', category: 'training', amountCents: 1200 });
  return { admin, orgId, toOrgId, both, onlyHere, app, teamId };
}

const COUNTED = [...APP_CONTENT_TABLES, schema.teamApps, schema.deployments, schema.usageRecords];

/** How many rows of the app each table holds in the organization, by table name. */
export async function appRowCounts(orgId: string, appId: string): Promise<Record<string, number>> {
  const db = await getDb();
  const counts: Record<string, number> = {};
  for (const table of COUNTED) {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(table)
      .where(sql`${table.orgId} = ${orgId} and ${table.appId} = ${appId}`);
    counts[getTableName(table)] = Number(row!.n);
  }
  return counts;
}
