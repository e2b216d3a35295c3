import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { ORG_ROLES, TEAM_LEVELS, type OrgRole, type TeamLevel } from '@/lib/permissions';
import { unique } from './index';

export type User = { id: string; email: string };
/** A person of the fixture; `appId` is a personal app of theirs (what transferAppAction moves). */
export type Caller = User & { appId: string };

/** Who calls: each org role, a Team Contributor in a team granting the app at each level, and outsiders. */
export type Subject =
  | { name: string; kind: 'role'; role: OrgRole }
  | { name: string; kind: 'level'; level: TeamLevel }
  | { name: string; kind: 'non-member' | 'other-org-admin' | 'signed-out' };

export const SUBJECTS: readonly Subject[] = [
  ...ORG_ROLES.map((role): Subject => ({ name: `role ${role}`, kind: 'role', role })),
  ...TEAM_LEVELS.map((level): Subject => ({ name: `team_contributor in a team with the app at ${level}`, kind: 'level', level })),
  { name: 'a non-member', kind: 'non-member' },
  { name: "an Admin of another organization, passing this organization's ids", kind: 'other-org-admin' },
  { name: 'signed out', kind: 'signed-out' },
];

/**
 * One organization as an Admin left it: a member (org_user) in team `teamId`, which has `app` at Model
 * Trainer; a Team Contributor `spare` in no team; an app `freeApp` no team has; a pending invitation to
 * `invitee` (an existing, verified account) with its notification; an address `fresh` nobody invited.
 * Plus one caller per subject: a member of that role, or a Team Contributor in a team of its own that has
 * `app` at that level, or a non-member, or the Admin of `otherOrgId`.
 */
export type Fixture = {
  orgId: string;
  otherOrgId: string | null;
  admin: Caller;
  member: Caller;
  spare: Caller;
  invitee: Caller;
  teamId: string;
  app: { id: string; slug: string };
  freeApp: { id: string; slug: string };
  invitationId: string;
  notificationId: string;
  /** A personal access token of `invitee` (made while they were a member, say): what revoking acts on. */
  inviteeTokenId: string;
  /** An organization API key of the organization (Admins may revoke it). */
  orgKeyId: string;
  /** A cluster of the organization with one nodepool. */
  clusterId: string;
  nodepoolId: string;
  /** A second nodepool of that cluster with nothing deployed on it (a deploy target). */
  spareNodepoolId: string;
  /**
   * Inside `app`: a concept, a dataset with one input, a model with one trained version deployed on the
   * nodepool, a workflow of that model, and a labeling task over the dataset. Every caller who is a
   * member of the organization (and `member`) is assigned to the task, so whether they may work on it
   * is decided by their permission alone; `annotationId` is `member`'s pending annotation of the input.
   */
  ws: {
    conceptId: string;
    datasetId: string;
    inputId: string;
    modelId: string;
    modelVersionId: string;
    workflowId: string;
    taskId: string;
    annotationId: string;
    deploymentId: string;
  };
  fresh: string;
  callers: ReadonlyMap<string, Caller>;
  people: readonly Caller[];
};

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** Builds the fixture in a dozen multi-row inserts (PGlite runs everything serially: keep it cheap). */
export async function matrixFixture(subjects: readonly Subject[]): Promise<Fixture> {
  const db = await getDb();
  const orgId = unique('mx');
  const people: Caller[] = [];
  const apps: Array<typeof schema.apps.$inferInsert> = [];
  const person = (tag: string): Caller => {
    const user = { id: crypto.randomUUID(), email: `${unique(tag)}@example.test`, appId: crypto.randomUUID() };
    apps.push({ id: user.appId, ownerUserId: user.id, slug: unique('own'), name: 'Personal app' });
    people.push(user);
    return user;
  };
  const [admin, member, spare, invitee] = [person('admin'), person('member'), person('spare'), person('invitee')];
  const teamId = unique('team');
  const app = { id: crypto.randomUUID(), slug: unique('app') };
  const freeApp = { id: crypto.randomUUID(), slug: unique('free') };
  apps.push({ ...app, orgId, name: 'Target app' }, { ...freeApp, orgId, name: 'Free app' });
  const orgs = [{ id: orgId, name: 'Matrix org', billingEmail: 'billing@example.test' }];
  const memberships: Array<typeof schema.memberships.$inferInsert> = [
    { orgId, userId: admin.id, role: 'admin' },
    { orgId, userId: member.id, role: 'org_user' },
    { orgId, userId: spare.id, role: 'team_contributor' },
  ];
  const teams: Array<typeof schema.teams.$inferInsert> = [{ orgId, id: teamId, name: 'Target team', defaultPermission: 'model_trainer' }];
  const teamMembers = [{ orgId, teamId, userId: member.id }];
  const teamApps: Array<typeof schema.teamApps.$inferInsert> = [{ orgId, teamId, appId: app.id, permission: 'model_trainer' }];

  const callers = new Map<string, Caller>();
  let otherOrgId: string | null = null;
  for (const subject of subjects) {
    const caller = person(subject.kind);
    callers.set(subject.name, caller);
    if (subject.kind === 'role') memberships.push({ orgId, userId: caller.id, role: subject.role });
    if (subject.kind === 'level') {
      const callerTeam = unique('lvl');
      memberships.push({ orgId, userId: caller.id, role: 'team_contributor' });
      teams.push({ orgId, id: callerTeam, name: `Caller team ${subject.level}`, defaultPermission: subject.level });
      teamMembers.push({ orgId, teamId: callerTeam, userId: caller.id });
      teamApps.push({ orgId, teamId: callerTeam, appId: app.id, permission: subject.level });
    }
    if (subject.kind === 'other-org-admin') {
      otherOrgId = unique('other');
      orgs.push({ id: otherOrgId, name: 'Other org', billingEmail: 'billing@example.test' });
      memberships.push({ orgId: otherOrgId, userId: caller.id, role: 'admin' });
    }
  }

  const callerIds = new Set([...callers.values()].map((c) => c.id));
  await db.insert(schema.users).values(people.map((p) => ({ id: p.id, email: p.email, name: 'Matrix User', emailVerified: new Date() })));
  await db.insert(schema.organizations).values(orgs);
  await db.insert(schema.memberships).values(memberships);
  await db.insert(schema.apps).values(apps);
  await db.insert(schema.teams).values(teams);
  await db.insert(schema.teamMembers).values(teamMembers);
  await db.insert(schema.teamApps).values(teamApps);
  const invitationId = crypto.randomUUID();
  await db.insert(schema.invitations).values({
    id: invitationId,
    orgId,
    email: invitee.email,
    role: 'org_user',
    tokenHash: sha256(crypto.randomUUID()),
    invitedBy: admin.id,
    expiresAt: new Date(Date.now() + 86_400_000),
  });
  const notificationId = crypto.randomUUID();
  await db.insert(schema.notifications).values({
    id: notificationId,
    userId: invitee.id,
    orgId,
    kind: 'invitation',
    invitationId,
    payload: { orgName: 'Matrix org', role: 'org_user' },
  });
  const inviteeTokenId = crypto.randomUUID();
  await db.insert(schema.apiTokens).values({
    id: inviteeTokenId,
    kind: 'personal',
    orgId,
    userId: invitee.id,
    createdBy: invitee.id,
    name: 'Matrix token',
    tokenHash: sha256(crypto.randomUUID()),
    hint: 'roster_pat_…test',
    scopes: ['members.view'],
    expiresAt: new Date(Date.now() + 86_400_000),
  });
  const orgKeyId = crypto.randomUUID();
  await db.insert(schema.apiTokens).values({
    id: orgKeyId,
    kind: 'organization',
    orgId,
    userId: null,
    createdBy: null,
    name: 'Matrix key',
    tokenHash: sha256(crypto.randomUUID()),
    hint: 'roster_oak_…test',
    scopes: ['members.view'],
    role: 'org_user',
    expiresAt: new Date(Date.now() + 86_400_000),
  });
  // Provisioning is on, so the Provisioning page's actions each change something when allowed.
  await db.insert(schema.scimConnections).values({ orgId, tokenHash: sha256(crypto.randomUUID()), hint: 'roster_scim_…test' });
  const clusterId = 'matrix-cluster';
  const nodepoolId = 'matrix-pool';
  await db.insert(schema.clusters).values({ orgId, id: clusterId, name: 'Matrix cluster', region: 'us-east-1' });
  await db.insert(schema.nodepools).values({ orgId, clusterId, id: nodepoolId, instanceType: 'cpu-small', minNodes: 0, maxNodes: 2 });
  const spareNodepoolId = 'matrix-pool-2';
  await db.insert(schema.nodepools).values({ orgId, clusterId, id: spareNodepoolId, instanceType: 'cpu-small', minNodes: 0, maxNodes: 2 });
  const ws = await workspaceRows(orgId, app.id, { clusterId, nodepoolId }, [
    member.id,
    ...memberships.filter((m) => m.orgId === orgId && callerIds.has(m.userId)).map((m) => m.userId),
  ]);
  return {
    orgId,
    otherOrgId,
    admin,
    member,
    spare,
    invitee,
    teamId,
    app,
    freeApp,
    invitationId,
    notificationId,
    inviteeTokenId,
    orgKeyId,
    clusterId,
    nodepoolId,
    spareNodepoolId,
    ws,
    fresh: `${unique('fresh')}@example.test`,
    callers,
    people,
  };
}

/** The fixture's app workspace (see `Fixture.ws`); `assignees[0]` writes the pending annotation. */
async function workspaceRows(
  orgId: string,
  appId: string,
  pool: { clusterId: string; nodepoolId: string },
  assignees: string[],
): Promise<Fixture['ws']> {
  const db = await getDb();
  const ids = {
    conceptId: crypto.randomUUID(),
    datasetId: crypto.randomUUID(),
    inputId: crypto.randomUUID(),
    modelId: crypto.randomUUID(),
    modelVersionId: crypto.randomUUID(),
    workflowId: crypto.randomUUID(),
    taskId: crypto.randomUUID(),
    annotationId: crypto.randomUUID(),
    deploymentId: crypto.randomUUID(),
  };
  const inApp = { orgId, appId };
  await db.insert(schema.concepts).values({ ...inApp, id: ids.conceptId, name: 'cat' });
  await db.insert(schema.datasets).values({ ...inApp, id: ids.datasetId, name: 'Matrix dataset' });
  await db.insert(schema.inputs).values({ ...inApp, id: ids.inputId, datasetId: ids.datasetId, kind: 'text', content: 'a small cat' });
  await db.insert(schema.models).values({ ...inApp, id: ids.modelId, name: 'Matrix model' });
  await db
    .insert(schema.modelVersions)
    .values({ ...inApp, id: ids.modelVersionId, modelId: ids.modelId, version: 1, metrics: { accuracy: 0.5 } });
  await db.insert(schema.workflows).values({ ...inApp, id: ids.workflowId, name: 'Matrix workflow' });
  await db.insert(schema.workflowSteps).values({ ...inApp, workflowId: ids.workflowId, position: 0, modelId: ids.modelId });
  await db
    .insert(schema.labelingTasks)
    .values({ ...inApp, id: ids.taskId, datasetId: ids.datasetId, name: 'Matrix task', instructions: 'Label the cats.' });
  await db.insert(schema.taskConcepts).values({ ...inApp, taskId: ids.taskId, conceptId: ids.conceptId });
  await db.insert(schema.taskAssignees).values([...new Set(assignees)].map((userId) => ({ ...inApp, taskId: ids.taskId, userId })));
  await db.insert(schema.annotations).values({
    ...inApp,
    id: ids.annotationId,
    taskId: ids.taskId,
    inputId: ids.inputId,
    conceptId: ids.conceptId,
    annotatorId: assignees[0]!,
  });
  await db.insert(schema.deployments).values({ ...inApp, id: ids.deploymentId, modelVersionId: ids.modelVersionId, ...pool });
  return ids;
}

/**
 * Every row an action could change, in one query: the organizations (this one and the caller's other
 * one), their memberships and every membership of the fixture's people, invitations, teams, team_members, team_apps, apps and SCIM's rows, the personal apps of
 * the fixture's people, the notifications of the organizations or of those people (read or not), and
 * the number of audit events, of emails to the people, the invitees and `fresh`, and of verification tokens.
 */
export async function matrixSnapshot(fx: Fixture): Promise<unknown> {
  const db = await getDb();
  const orgs = fx.otherOrgId ? [fx.orgId, fx.otherOrgId] : [fx.orgId];
  const users = fx.people.map((p) => p.id);
  const emails = [...fx.people.map((p) => p.email), fx.fresh];
  const rows = (table: string, where: ReturnType<typeof sql>, order: string) =>
    sql`(select coalesce(json_agg(t order by ${sql.raw(order)}), '[]'::json) from ${sql.raw(table)} t where ${where})`;
  const inOrgs = sql`t.org_id in ${orgs}`;
  const [row] = await db
    .select({
      json: sql<string>`json_build_object(
        'organizations', ${rows('organizations', sql`t.id in ${orgs}`, 't.id')},
        'users', (select coalesce(json_agg(json_build_object('id', t.id, 'name', t.name, 'password', t.password_hash, 'verified', t.email_verified_at) order by t.id), '[]'::json)
          from users t where t.id in ${users}),
        'memberships', ${rows('memberships', sql`t.org_id in ${orgs} or t.user_id in ${users}`, 't.org_id, t.user_id')},
        'invitations', ${rows('invitations', inOrgs, 't.id')},
        'teams', ${rows('teams', inOrgs, 't.org_id, t.id')},
        'team_members', ${rows('team_members', inOrgs, 't.org_id, t.team_id, t.user_id')},
        'team_apps', ${rows('team_apps', inOrgs, 't.org_id, t.team_id, t.app_id')},
        'apps', ${rows('apps', sql`t.org_id in ${orgs} or t.owner_user_id in ${users}`, 't.id')},
        'clusters', ${rows('clusters', inOrgs, 't.org_id, t.id')},
        'nodepools', ${rows('nodepools', inOrgs, 't.org_id, t.cluster_id, t.id')},
        'concepts', ${rows('concepts', inOrgs, 't.id')},
        'datasets', ${rows('datasets', inOrgs, 't.id')},
        'inputs', ${rows('inputs', inOrgs, 't.id')},
        'models', ${rows('models', inOrgs, 't.id')},
        'model_versions', ${rows('model_versions', inOrgs, 't.id')},
        'workflows', ${rows('workflows', inOrgs, 't.id')},
        'workflow_steps', ${rows('workflow_steps', inOrgs, 't.workflow_id, t.position')},
        'labeling_tasks', ${rows('labeling_tasks', inOrgs, 't.id')},
        'task_concepts', ${rows('task_concepts', inOrgs, 't.task_id, t.concept_id')},
        'task_assignees', ${rows('task_assignees', inOrgs, 't.task_id, t.user_id')},
        'annotations', ${rows('annotations', inOrgs, 't.id')},
        'deployments', ${rows('deployments', inOrgs, 't.id')},
        'usage_records', ${rows('usage_records', inOrgs, 't.id')},
        'budgets', ${rows('budgets', inOrgs, 't.org_id')},
        'notifications', ${rows('notifications', sql`t.org_id in ${orgs} or t.user_id in ${users}`, 't.id')},
        'audit_events', (select count(*) from audit_events t where ${inOrgs}),
        'api_tokens', ${rows('api_tokens', sql`t.org_id in ${orgs} or t.user_id in ${users}`, 't.id')},
        'scim_connections', ${rows('scim_connections', inOrgs, 't.org_id')},
        'scim_users', ${rows('scim_users', inOrgs, 't.id')},
        'scim_groups', ${rows('scim_groups', inOrgs, 't.id')},
        'scim_group_members', ${rows('scim_group_members', sql`t.group_id in (select g.id from scim_groups g where g.org_id in ${orgs})`, 't.group_id, t.scim_user_id')},
        'email_outbox', (select count(*) from email_outbox t
          where t.to_address in ${emails} or t.to_address in (select i.email from invitations i where i.org_id in ${orgs})),
        'email_verification_tokens', (select count(*) from email_verification_tokens t where t.user_id in ${users})
      )::text`,
    })
    .from(sql`(select 1) as one`);
  return JSON.parse(row!.json) as unknown;
}

/**
 * Every exported server action under `appDir`, as "<module>/<export>": <module> is the file's path
 * under app/ without route groups, dynamic segments and a final `actions` (`orgs/members`, `me/apps`;
 * a group name when nothing else is left, e.g. `auth`). Also returns what the scan cannot vouch for.
 */
export function scanServerActions(appDir: string): { actions: string[]; problems: string[] } {
  const actions: string[] = [];
  const problems: string[] = [];
  const files = readdirSync(appDir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|tsx|js|jsx|mjs)$/.test(f));
  for (const file of files.sort()) {
    const source = readFileSync(path.join(appDir, file), 'utf8');
    const moduleLevel = /^\s*['"]use server['"]/.test(source.replace(/^(\s*(\/\/[^\n]*|\/\*[\s\S]*?\*\/))*/, ''));
    if (!moduleLevel) {
      if (/['"]use server['"]/.test(source)) problems.push(`${file}: an inline 'use server' action (move it into an actions module)`);
      continue;
    }
    const segments = file
      .replace(/\.\w+$/, '')
      .split(/[\\/]/)
      .filter((s, i, all) => !(i === all.length - 1 && s === 'actions'));
    const kept = segments.filter((s) => !/^\(.*\)$|^\[.*\]$/.test(s));
    const moduleName = (kept.length ? kept : segments.map((s) => s.replace(/^\((.*)\)$/, '$1'))).join('/');
    for (const match of source.matchAll(/^export\s+(?:const|let|var|(?:async\s+)?function\*?)\s+(\w+)/gm))
      actions.push(`${moduleName}/${match[1]}`);
    if (/^export\s*(\{|\*|default)/m.test(source)) problems.push(`${file}: an export the scan cannot name (export { } / * / default)`);
  }
  return { actions, problems };
}

/** Organization `orgId` (made if missing), with `userId` (if any) as an Admin of it: safe to call again. */
export async function addAdminOfOrg(orgId: string, userId: string | null): Promise<void> {
  const db = await getDb();
  await db
    .insert(schema.organizations)
    .values({ id: orgId, name: 'Destination org', billingEmail: 'billing@example.test' })
    .onConflictDoNothing();
  if (userId) await db.insert(schema.memberships).values({ orgId, userId, role: 'admin' }).onConflictDoNothing();
}
