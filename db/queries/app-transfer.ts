import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { schema, type Executor, type Tx } from '@/db';
import type { OrgRole } from '@/lib/permissions';

const a = schema.apps;

/** Every organization the user belongs to, with their role there. */
export async function listMembershipsOfUser(
  executor: Executor,
  userId: string,
): Promise<Array<{ id: string; name: string; role: OrgRole }>> {
  return executor
    .select({ id: schema.organizations.id, name: schema.organizations.name, role: schema.memberships.role })
    .from(schema.memberships)
    .innerJoin(schema.organizations, eq(schema.organizations.id, schema.memberships.orgId))
    .where(eq(schema.memberships.userId, userId));
}

/** The user's personal app, locked for update (it is about to change owner); null if it is not theirs. */
export async function lockPersonalApp(tx: Tx, userId: string, appId: string): Promise<{ id: string; slug: string; name: string } | null> {
  const [app] = await tx
    .select({ id: a.id, slug: a.slug, name: a.name })
    .from(a)
    .where(and(eq(a.id, appId), eq(a.ownerUserId, userId)))
    .for('update');
  return app ?? null;
}

/** Makes the user's personal app an app of the organization, under the App ID and name it has there. */
export async function moveAppIntoOrg(
  tx: Tx,
  userId: string,
  appId: string,
  into: { orgId: string; slug: string; name: string },
): Promise<void> {
  await tx
    .update(a)
    .set({ orgId: into.orgId, ownerUserId: null, slug: into.slug, name: into.name })
    .where(and(eq(a.id, appId), eq(a.ownerUserId, userId)));
}

// ---------------------------------------------------------------- org app → another organization

/**
 * Every table whose rows live inside an org app and move with it (db/schema-workspace.ts). Their keys
 * include org_id, so an app cannot change organization row by row: migrations 0015 and 0017 make the keys
 * between them DEFERRABLE, and moveOrgApp rewrites all of them with the checks deferred. A table added
 * inside apps must be listed here (tests/integration/app-id-and-transfer.test.ts fails until it is).
 */
export const APP_CONTENT_TABLES = [
  schema.concepts,
  schema.datasets,
  schema.inputs,
  schema.inputFiles,
  schema.models,
  schema.modelVersions,
  schema.workflows,
  schema.workflowSteps,
  schema.labelingTasks,
  schema.taskConcepts,
  schema.taskAssignees,
  schema.annotations,
] as const;

/** What stays behind when an app changes organization, counted for the audit log. */
export type LeftBehind = { teamAccess: number; deployments: number; assignments: number };

/**
 * Moves one org app, with everything inside it, from one organization to another under the App ID and
 * name it has there. What belongs to the old organization is deleted first: its teams' access, the
 * deployments on its clusters, and task assignments (with their annotations, by cascade) of people who
 * are not members of the new one; the keys to memberships admit no other. Past costs (usage_records)
 * stay with the old organization. All or nothing: a key still pointing across organizations fails the
 * final check and the transaction with it. The caller holds the app locked for update.
 */
export async function moveOrgApp(
  tx: Tx,
  appId: string,
  from: string,
  to: { orgId: string; slug: string; name: string },
): Promise<LeftBehind> {
  const inApp = <T extends { orgId: AnyPgColumn; appId: AnyPgColumn }>(t: T) => and(eq(t.orgId, from), eq(t.appId, appId));
  const teamAccess = await tx.delete(schema.teamApps).where(inApp(schema.teamApps)).returning({ teamId: schema.teamApps.teamId });
  const deployments = await tx.delete(schema.deployments).where(inApp(schema.deployments)).returning({ id: schema.deployments.id });
  const ta = schema.taskAssignees;
  const m = schema.memberships;
  const assignments = await tx
    .delete(ta)
    .where(and(inApp(ta), sql`not exists (select 1 from ${m} where ${m.orgId} = ${to.orgId} and ${m.userId} = ${ta.userId})`))
    .returning({ userId: ta.userId });

  await tx.execute(sql`set constraints all deferred`);
  await tx
    .update(a)
    .set({ orgId: to.orgId, slug: to.slug, name: to.name })
    .where(and(eq(a.id, appId), eq(a.orgId, from)));
  for (const t of APP_CONTENT_TABLES) {
    await tx.execute(sql`update ${t} set org_id = ${to.orgId} where ${t.orgId} = ${from} and ${t.appId} = ${appId}`);
  }
  // Checked here rather than at commit, so a row left behind fails this statement, inside the command.
  await tx.execute(sql`set constraints all immediate`);
  return { teamAccess: teamAccess.length, deployments: deployments.length, assignments: assignments.length };
}
