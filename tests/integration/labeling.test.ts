/**
 * Labeling tasks, assignment, annotation and review: who may do what (SPEC §3.3), a Labeler Worker only
 * ever sees and works on the tasks assigned to them, reviews record who and when, analytics count in
 * SQL, ids of another app are refused with nothing written, and the pages' query count stays flat.
 */
import { describe, expect, it } from 'vitest';
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import { getDb, queriesSent, schema } from '@/db';
import {
  assignTaskAction,
  createLabelingTaskAction,
  deleteLabelingTaskAction,
  reviewAnnotationAction,
  saveAnnotationAction,
  unassignTaskAction,
  updateAssignmentStatusAction,
} from '@/app/(app)/orgs/[orgId]/apps/[appId]/tasks/actions';
import TasksPage from '@/app/(app)/orgs/[orgId]/apps/[appId]/tasks/page';
import TaskPage from '@/app/(app)/orgs/[orgId]/apps/[appId]/tasks/[taskId]/page';
import { findTask, listLabelCandidates, listTasks, taskAnalytics } from '@/db/queries/labeling-tasks';
import { listReviewQueue, listWorkItems } from '@/db/queries/annotations';
import type { TeamLevel } from '@/lib/permissions';
import { actAs } from '../support/session';
import { addMember, createOrg, createUser, unique } from '../factories';
import { createApp, createTeam, grantApp } from '../factories/teams';

type User = { id: string; email: string };

/** A Team Contributor whose only access to `appId` is a team at `level`. */
async function memberAt(orgId: string, appId: string, level: TeamLevel, name?: string) {
  const user = await addMember(orgId, 'team_contributor', await createUser({ name }));
  const { id: teamId } = await createTeam(orgId, { defaultPermission: level, members: [user] });
  await grantApp(orgId, teamId, appId, level);
  return user;
}

/** A dataset of `inputs` text inputs and the given concepts inside one app, inserted directly. */
async function workspace(orgId: string, appId: string, inputs = 3, conceptNames = ['cat', 'dog']) {
  const db = await getDb();
  const [dataset] = await db
    .insert(schema.datasets)
    .values({ orgId, appId, name: unique('ds') })
    .returning({ id: schema.datasets.id });
  const concepts = await db
    .insert(schema.concepts)
    .values(conceptNames.map((name) => ({ orgId, appId, name })))
    .returning({ id: schema.concepts.id, name: schema.concepts.name });
  const rows = await db
    .insert(schema.inputs)
    .values(
      Array.from({ length: inputs }, (_, i) => ({
        orgId,
        appId,
        datasetId: dataset!.id,
        kind: 'text',
        content: `input number ${i + 1}`,
        createdAt: new Date(Date.now() + i),
      })),
    )
    .returning({ id: schema.inputs.id });
  return { datasetId: dataset!.id, conceptIds: concepts.map((c) => c.id), inputIds: rows.map((r) => r.id) };
}

/**
 * An organization with app `app` (and `other`, a second app with its own dataset and concepts), and its
 * people: an Admin, a Labeler Lead, two Labeler Workers, an Organization User, a Model Trainer, a Team
 * Contributor in no team.
 */
async function labelingOrg() {
  const admin = await createUser({ name: 'Ada Admin' });
  const { id: orgId } = await createOrg(admin);
  const app = await createApp({ orgId });
  const other = await createApp({ orgId });
  const lead = await memberAt(orgId, app.id, 'labeler_lead', 'Lee Lead');
  const worker = await memberAt(orgId, app.id, 'labeler_worker', 'Wanda Worker');
  const worker2 = await memberAt(orgId, app.id, 'labeler_worker', 'Walt Worker');
  const orgUser = await addMember(orgId, 'org_user');
  const trainer = await memberAt(orgId, app.id, 'model_trainer');
  const noTeam = await addMember(orgId, 'team_contributor');
  return {
    orgId,
    admin,
    app,
    other,
    lead,
    worker,
    worker2,
    orgUser,
    trainer,
    noTeam,
    ws: await workspace(orgId, app.id),
    otherWs: await workspace(orgId, other.id, 1, ['cat']),
  };
}
type Org = Awaited<ReturnType<typeof labelingOrg>>;

/** A task of `app` over its dataset and concepts, created by the Admin through the action. */
async function createTask(org: Org, name = 'Pets') {
  await actAs(org.admin);
  const result = await createLabelingTaskAction({
    orgId: org.orgId,
    appId: org.app.id,
    name,
    datasetId: org.ws.datasetId,
    conceptIds: org.ws.conceptIds,
    instructions: 'Label the pet.',
  });
  if (!result.ok) throw new Error(result.message);
  return result.data.id;
}

async function assign(org: Org, taskId: string, users: User[]) {
  await actAs(org.admin);
  const result = await assignTaskAction({ orgId: org.orgId, appId: org.app.id, taskId, userIds: users.map((u) => u.id) });
  if (!result.ok) throw new Error(result.message);
}

/** Every labeling row of the organization, and its number of audit events. */
async function snapshot(orgId: string) {
  const db = await getDb();
  const { labelingTasks: t, taskConcepts: tc, taskAssignees: ta, annotations: an, auditEvents: ae } = schema;
  const [audit] = await db.select({ n: count() }).from(ae).where(eq(ae.orgId, orgId));
  return {
    tasks: await db.select().from(t).where(eq(t.orgId, orgId)).orderBy(asc(t.id)),
    taskConcepts: await db.select().from(tc).where(eq(tc.orgId, orgId)).orderBy(asc(tc.taskId), asc(tc.conceptId)),
    assignees: await db.select().from(ta).where(eq(ta.orgId, orgId)).orderBy(asc(ta.taskId), asc(ta.userId)),
    annotations: await db.select().from(an).where(eq(an.orgId, orgId)).orderBy(asc(an.id)),
    audit: Number(audit?.n),
  };
}

async function auditOf(orgId: string, action: string) {
  const db = await getDb();
  const ae = schema.auditEvents;
  return db
    .select({ actorId: ae.actorId, targetId: ae.targetId, data: ae.data })
    .from(ae)
    .where(and(eq(ae.orgId, orgId), eq(ae.action, action)))
    .orderBy(asc(ae.createdAt));
}

async function annotationRow(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(schema.annotations).where(eq(schema.annotations.id, id));
  return row;
}

/** Every string handed to any component of a rendered page (props walked, components not run). */
function propStrings(node: unknown, out: string[] = [], depth = 0): string[] {
  if (depth > 60 || node == null) return out;
  if (typeof node === 'string') out.push(node);
  else if (Array.isArray(node)) for (const child of node) propStrings(child, out, depth + 1);
  else if (typeof node === 'object') for (const value of Object.values(node as Record<string, unknown>)) propStrings(value, out, depth + 1);
  return out;
}

async function is404(render: () => Promise<unknown>): Promise<boolean> {
  try {
    await render();
    return false;
  } catch (error) {
    return String((error as { digest?: string }).digest ?? error).includes('404');
  }
}

const pageProps = (orgId: string, slug: string, taskId?: string, search: Record<string, string> = {}) => ({
  params: Promise.resolve({ orgId, appId: slug, taskId: taskId ?? '' }),
  searchParams: Promise.resolve(search),
});

describe('creating labeling tasks', () => {
  it('an Admin and a Labeler Lead create tasks; a Labeler Worker, an Organization User and a Model Trainer cannot', async () => {
    const org = await labelingOrg();
    const { orgId, app, ws } = org;
    const input = {
      orgId,
      appId: app.id,
      name: '  Pets ',
      datasetId: ws.datasetId,
      conceptIds: ws.conceptIds,
      instructions: ' Label the pet. ',
    };
    await actAs(org.lead);
    const created = await createLabelingTaskAction(input);
    expect(created).toEqual({ ok: true, data: { id: expect.any(String) } });
    const taskId = (created as { data: { id: string } }).data.id;
    const task = await findTask(await getDb(), orgId, app.id, taskId, org.lead.id);
    expect(task).toMatchObject({
      name: 'Pets',
      instructions: 'Label the pet.',
      datasetId: ws.datasetId,
      inputCount: 3,
      assigneeCount: 0,
      myStatus: null,
    });
    expect(task!.concepts.map((c) => c.name)).toEqual(['cat', 'dog']);
    expect(await auditOf(orgId, 'task.created')).toMatchObject([
      { actorId: org.lead.id, targetId: taskId, data: { name: 'Pets', datasetId: ws.datasetId } },
    ]);

    const before = await snapshot(orgId);
    for (const user of [org.worker, org.orgUser, org.trainer]) {
      await actAs(user);
      expect(await createLabelingTaskAction(input)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    await actAs(org.noTeam);
    expect(await createLabelingTaskAction(input)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await snapshot(orgId)).toEqual(before);
  });

  it('bad input is refused beside the field, and a dataset or concept of another app is refused with nothing written', async () => {
    const org = await labelingOrg();
    const { orgId, app, ws, otherWs } = org;
    await actAs(org.admin);
    const before = await snapshot(orgId);
    const base = { orgId, appId: app.id, name: 'Pets', datasetId: ws.datasetId, conceptIds: ws.conceptIds, instructions: '' };
    expect(await createLabelingTaskAction({ ...base, name: '', datasetId: '', conceptIds: [] })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { name: ['Enter a task name.'], datasetId: ['Choose a dataset.'], conceptIds: ['Choose at least one concept.'] },
    });
    expect(await createLabelingTaskAction({ ...base, datasetId: otherWs.datasetId })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { datasetId: ['Choose a dataset of this app.'] },
    });
    expect(await createLabelingTaskAction({ ...base, conceptIds: [ws.conceptIds[0]!, otherWs.conceptIds[0]!] })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { conceptIds: ['Choose concepts of this app.'] },
    });
    // The other app's own dataset, with this app's id: still refused (org_id + app_id on every check).
    expect(await createLabelingTaskAction({ ...base, appId: org.other.id, conceptIds: otherWs.conceptIds })).toMatchObject({
      ok: false,
      fieldErrors: { datasetId: expect.any(Array) },
    });
    // Another organization's app id answers as if it did not exist.
    const stranger = await createUser();
    const { id: otherOrg } = await createOrg(stranger);
    const foreignApp = await createApp({ orgId: otherOrg });
    expect(await createLabelingTaskAction({ ...base, appId: foreignApp.id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await snapshot(orgId)).toEqual(before);
  });
});

describe('assigning', () => {
  it('assigns members who can label in this app; refuses an Organization User, a Model Trainer, a Team Contributor without a labeling team and a non-member', async () => {
    const org = await labelingOrg();
    const { orgId, app } = org;
    const taskId = await createTask(org);
    await actAs(org.lead);
    const ref = { orgId, appId: app.id, taskId };
    const candidates = await listLabelCandidates(await getDb(), orgId, app.id, taskId);
    expect(candidates.rows.map((c) => c.userId).sort()).toEqual([org.admin.id, org.lead.id, org.worker.id, org.worker2.id].sort());

    expect(await assignTaskAction({ ...ref, userIds: [org.worker.id, org.worker2.id, org.worker.id] })).toEqual({
      ok: true,
      data: { added: 2 },
    });
    expect(await assignTaskAction({ ...ref, userIds: [org.worker.id, org.admin.id] })).toEqual({ ok: true, data: { added: 1 } });
    expect((await auditOf(orgId, 'task.assigned')).map((e) => (e.data as { userId: string }).userId).sort()).toEqual(
      [org.admin.id, org.worker.id, org.worker2.id].sort(),
    );
    expect((await listLabelCandidates(await getDb(), orgId, app.id, taskId)).rows.map((c) => c.userId)).toEqual([org.lead.id]);

    const before = await snapshot(orgId);
    for (const user of [org.orgUser, org.trainer, org.noTeam]) {
      const refused = await assignTaskAction({ ...ref, userIds: [org.lead.id, user.id] });
      expect(refused).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { userIds: [expect.stringContaining(user.email)] } });
    }
    const outsider = await createUser();
    expect(await assignTaskAction({ ...ref, userIds: [outsider.id] })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await assignTaskAction({ ...ref, userIds: [] })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { userIds: ['Choose at least one member.'] },
    });
    // A Labeler Worker manages nothing.
    await actAs(org.worker);
    expect(await assignTaskAction({ ...ref, userIds: [org.lead.id] })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    // A task of another app, named with this app's id (or the reverse), does not exist here.
    await actAs(org.admin);
    expect(await assignTaskAction({ ...ref, appId: org.other.id, userIds: [org.lead.id] })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await snapshot(orgId)).toEqual(before);
  });

  it('tells each newly assigned person in their notification bar, once, with a link to the task; not whoever assigned themselves', async () => {
    const org = await labelingOrg();
    const { orgId, app } = org;
    const taskId = await createTask(org);
    const db = await getDb();
    const n = schema.notifications;
    const assignedNotices = async () =>
      db
        .select({ userId: n.userId, orgId: n.orgId, payload: n.payload })
        .from(n)
        .where(and(eq(n.kind, 'task_assigned'), eq(n.orgId, orgId)))
        .orderBy(asc(n.userId));
    await actAs(org.lead);
    const ref = { orgId, appId: app.id, taskId };
    expect(await assignTaskAction({ ...ref, userIds: [org.worker.id, org.lead.id] })).toEqual({ ok: true, data: { added: 2 } });
    // Assigned again: nothing new to tell.
    expect(await assignTaskAction({ ...ref, userIds: [org.worker.id] })).toEqual({ ok: true, data: { added: 0 } });
    const [task] = await db
      .select({ name: schema.labelingTasks.name })
      .from(schema.labelingTasks)
      .where(eq(schema.labelingTasks.id, taskId));
    expect(await assignedNotices()).toEqual([
      {
        userId: org.worker.id,
        orgId,
        payload: { taskName: task!.name, appName: app.name, href: `/orgs/${orgId}/apps/${app.slug}/tasks/${taskId}` },
      },
    ]);
    // A refused assignment tells no one.
    expect((await assignTaskAction({ ...ref, userIds: [org.worker2.id, org.orgUser.id] })).ok).toBe(false);
    expect(await assignedNotices()).toHaveLength(1);
    // What the worker's bar shows.
    const { listLatestNotifications } = await import('@/db/queries/notifications');
    const [latest] = await listLatestNotifications(db, org.worker.id);
    expect(latest).toMatchObject({ kind: 'task_assigned', read: false, payload: { taskName: task!.name } });
  });

  it('unassigning removes the assignee and their annotations of the task, and is audited', async () => {
    const org = await labelingOrg();
    const { orgId, app, ws } = org;
    const taskId = await createTask(org);
    await assign(org, taskId, [org.worker, org.worker2]);
    await actAs(org.worker);
    expect((await saveAnnotationAction({ orgId, appId: app.id, taskId, inputId: ws.inputIds[0]!, conceptId: ws.conceptIds[0]! })).ok).toBe(
      true,
    );
    await actAs(org.lead);
    expect(await unassignTaskAction({ orgId, appId: app.id, taskId, userId: org.worker.id })).toEqual({
      ok: true,
      data: { removed: true },
    });
    const after = await snapshot(orgId);
    expect(after.assignees.map((a) => a.userId)).toEqual([org.worker2.id]);
    expect(after.annotations).toEqual([]);
    expect(await auditOf(orgId, 'task.unassigned')).toMatchObject([
      { targetId: taskId, data: { userId: org.worker.id, annotationsRemoved: 1 } },
    ]);
    expect(await unassignTaskAction({ orgId, appId: app.id, taskId, userId: org.worker.id })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await snapshot(orgId)).toEqual(after);
  });
});

describe('a Labeler Worker', () => {
  it('sees only the tasks assigned to them, never other assignees’ names, and gets 404 for the others', async () => {
    const org = await labelingOrg();
    const { orgId, app } = org;
    const mine = await createTask(org, 'Mine');
    const theirs = await createTask(org, 'Theirs');
    await assign(org, mine, [org.worker, org.worker2]);
    await assign(org, theirs, [org.worker2]);
    const db = await getDb();

    const workerList = await listTasks(db, orgId, app.id, { userId: org.worker.id, all: false, withNames: false });
    expect(workerList.rows.map((t) => [t.name, t.assigneeCount, t.assigneeNames])).toEqual([['Mine', 2, null]]);
    const leadList = await listTasks(db, orgId, app.id, { userId: org.lead.id, all: true, withNames: true });
    expect(leadList.rows.map((t) => [t.name, t.assigneeNames])).toEqual([
      ['Theirs', ['Walt Worker']],
      ['Mine', ['Walt Worker', 'Wanda Worker']],
    ]);

    await actAs(org.worker);
    const list = await TasksPage(pageProps(orgId, app.slug));
    const listText = propStrings(list).join('\n');
    expect(listText).toContain('Mine');
    expect(listText).not.toContain('Theirs');
    expect(listText).not.toContain('Walt Worker');
    const page = await TaskPage(pageProps(orgId, app.slug, mine));
    const pageText = propStrings(page).join('\n');
    expect(pageText).toContain('Label the pet.');
    expect(pageText).not.toContain(org.worker2.email);
    expect(pageText).not.toContain('Walt Worker');
    expect(await is404(() => TaskPage(pageProps(orgId, app.slug, theirs)))).toBe(true);
    expect(await is404(() => TaskPage(pageProps(orgId, app.slug, crypto.randomUUID())))).toBe(true);

    // A Model Trainer neither views nor works on tasks: no page at all. (An Organization User views every
    // task read-only: tests/integration/role-landing.test.ts.)
    await actAs(org.trainer);
    expect(await is404(() => TasksPage(pageProps(orgId, app.slug)))).toBe(true);
    expect(await is404(() => TaskPage(pageProps(orgId, app.slug, mine)))).toBe(true);
    // The lead sees every task and every assignee's name.
    await actAs(org.lead);
    expect(propStrings(await TaskPage(pageProps(orgId, app.slug, theirs))).join('\n')).toContain(org.worker2.email);
  });

  it('labels inputs of an assigned task only, with its concepts only; cannot review; sets their own status', async () => {
    const org = await labelingOrg();
    const { orgId, app, ws, otherWs } = org;
    const mine = await createTask(org, 'Mine');
    const theirs = await createTask(org, 'Theirs');
    await assign(org, mine, [org.worker, org.worker2]);
    await assign(org, theirs, [org.worker2]);
    const ref = { orgId, appId: app.id, taskId: mine };

    await actAs(org.worker);
    const saved = await saveAnnotationAction({ ...ref, inputId: ws.inputIds[0]!, conceptId: ws.conceptIds[0]! });
    expect(saved).toEqual({ ok: true, data: { annotationId: expect.any(String), reviewStatus: 'pending' } });
    const annotationId = (saved as { data: { annotationId: string } }).data.annotationId;
    expect(await annotationRow(annotationId)).toMatchObject({
      annotatorId: org.worker.id,
      conceptId: ws.conceptIds[0],
      reviewStatus: 'pending',
      taskId: mine,
    });
    // The first label starts the work.
    expect((await findTask(await getDb(), orgId, app.id, mine, org.worker.id))!.myStatus).toBe('in_progress');

    const before = await snapshot(orgId);
    expect(await saveAnnotationAction({ ...ref, taskId: theirs, inputId: ws.inputIds[0]!, conceptId: ws.conceptIds[0]! })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await updateAssignmentStatusAction({ ...ref, taskId: theirs, status: 'completed' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await saveAnnotationAction({ ...ref, inputId: otherWs.inputIds[0]!, conceptId: ws.conceptIds[0]! })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await saveAnnotationAction({ ...ref, inputId: ws.inputIds[1]!, conceptId: otherWs.conceptIds[0]! })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { conceptId: expect.any(Array) },
    });
    expect(
      await saveAnnotationAction({ ...ref, appId: org.other.id, inputId: otherWs.inputIds[0]!, conceptId: otherWs.conceptIds[0]! }),
    ).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await reviewAnnotationAction({ orgId, appId: app.id, annotationId, decision: 'approved', feedback: '' })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(await deleteLabelingTaskAction(ref)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await unassignTaskAction({ ...ref, userId: org.worker2.id })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await snapshot(orgId)).toEqual(before);

    expect(await updateAssignmentStatusAction({ ...ref, status: 'completed' })).toEqual({ ok: true, data: { status: 'completed' } });
    expect((await findTask(await getDb(), orgId, app.id, mine, org.worker.id))!.myStatus).toBe('completed');
    // Status changes and annotations are not audited (routine work; see the data layer).
    expect((await snapshot(orgId)).audit).toBe(before.audit);

    // An Organization User assigned by mistake in the past still has no 'tasks.work_assigned'.
    const db = await getDb();
    await db.insert(schema.taskAssignees).values({ orgId, appId: app.id, taskId: mine, userId: org.orgUser.id });
    await actAs(org.orgUser);
    expect(await saveAnnotationAction({ ...ref, inputId: ws.inputIds[1]!, conceptId: ws.conceptIds[0]! })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });
});

describe('reviewing', () => {
  it('a Labeler Lead approves and rejects with feedback, recording who and when; re-labeling a rejected annotation sends it back to review', async () => {
    const org = await labelingOrg();
    const { orgId, app, ws } = org;
    const taskId = await createTask(org);
    await assign(org, taskId, [org.worker, org.lead]);
    const ref = { orgId, appId: app.id, taskId };
    await actAs(org.worker);
    const ids: string[] = [];
    for (const inputId of ws.inputIds.slice(0, 2)) {
      const r = await saveAnnotationAction({ ...ref, inputId, conceptId: ws.conceptIds[0]! });
      ids.push((r as { data: { annotationId: string } }).data.annotationId);
    }
    await actAs(org.lead);
    const own = await saveAnnotationAction({ ...ref, inputId: ws.inputIds[0]!, conceptId: ws.conceptIds[1]! });
    const ownId = (own as { data: { annotationId: string } }).data.annotationId;

    // The lead's queue holds the worker's pending annotations, never the lead's own.
    const queue = await listReviewQueue(await getDb(), orgId, app.id, taskId, org.lead.id, true);
    expect(queue.map((q) => [q.annotationId, q.annotator])).toEqual([
      [ids[0], 'Wanda Worker'],
      [ids[1], 'Wanda Worker'],
    ]);

    const before = await snapshot(orgId);
    expect(await reviewAnnotationAction({ orgId, appId: app.id, annotationId: ownId, decision: 'approved', feedback: '' })).toEqual({
      ok: false,
      code: 'FORBIDDEN',
      message: 'You cannot review your own annotation; another reviewer must.',
    });
    expect(
      await reviewAnnotationAction({ orgId, appId: app.id, annotationId: ids[0]!, decision: 'rejected', feedback: '  ' }),
    ).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { feedback: ['Say what to fix when you reject.'] },
    });
    expect(
      await reviewAnnotationAction({ orgId, appId: org.other.id, annotationId: ids[0]!, decision: 'approved', feedback: '' }),
    ).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(
      await reviewAnnotationAction({ orgId, appId: app.id, annotationId: crypto.randomUUID(), decision: 'approved', feedback: '' }),
    ).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await snapshot(orgId)).toEqual(before);

    const startedAt = Date.now() - 1000;
    expect(await reviewAnnotationAction({ orgId, appId: app.id, annotationId: ids[0]!, decision: 'approved', feedback: 'Good.' })).toEqual({
      ok: true,
      data: { annotationId: ids[0], reviewStatus: 'approved' },
    });
    expect(
      await reviewAnnotationAction({ orgId, appId: app.id, annotationId: ids[1]!, decision: 'rejected', feedback: 'That is a dog.' }),
    ).toMatchObject({ ok: true });
    const approved = await annotationRow(ids[0]!);
    expect(approved).toMatchObject({ reviewStatus: 'approved', feedback: 'Good.', reviewedBy: org.lead.id });
    expect(approved!.reviewedAt!.getTime()).toBeGreaterThan(startedAt);
    expect(await annotationRow(ids[1]!)).toMatchObject({ reviewStatus: 'rejected', feedback: 'That is a dog.', reviewedBy: org.lead.id });
    expect(
      (await auditOf(orgId, 'annotation.reviewed')).map((e) => [e.actorId, e.targetId, (e.data as { decision: string }).decision]),
    ).toEqual([
      [org.lead.id, ids[0], 'approved'],
      [org.lead.id, ids[1], 'rejected'],
    ]);

    // The worker sees the feedback beside the input, and re-labels it: back to pending, feedback cleared.
    const work = await listWorkItems(await getDb(), orgId, app.id, { id: taskId, datasetId: ws.datasetId }, org.worker.id);
    expect(work.rows.map((w) => [w.reviewStatus, w.feedback])).toEqual([
      ['approved', 'Good.'],
      ['rejected', 'That is a dog.'],
      [null, ''],
    ]);
    await actAs(org.worker);
    expect(await saveAnnotationAction({ ...ref, inputId: ws.inputIds[1]!, conceptId: ws.conceptIds[1]! })).toEqual({
      ok: true,
      data: { annotationId: ids[1], reviewStatus: 'pending' },
    });
    expect(await annotationRow(ids[1]!)).toMatchObject({
      conceptId: ws.conceptIds[1],
      reviewStatus: 'pending',
      feedback: '',
      reviewedBy: null,
      reviewedAt: null,
    });
    // Saving the same label on an approved annotation keeps its review; a changed label does not.
    expect(await saveAnnotationAction({ ...ref, inputId: ws.inputIds[0]!, conceptId: ws.conceptIds[0]! })).toMatchObject({
      ok: true,
      data: { reviewStatus: 'approved' },
    });
    expect(await saveAnnotationAction({ ...ref, inputId: ws.inputIds[0]!, conceptId: ws.conceptIds[1]! })).toMatchObject({
      ok: true,
      data: { reviewStatus: 'pending' },
    });
  });

  it('an Admin reviews too; an Organization User and a Model Trainer cannot', async () => {
    const org = await labelingOrg();
    const { orgId, app, ws } = org;
    const taskId = await createTask(org);
    await assign(org, taskId, [org.worker]);
    await actAs(org.worker);
    const saved = await saveAnnotationAction({ orgId, appId: app.id, taskId, inputId: ws.inputIds[0]!, conceptId: ws.conceptIds[0]! });
    const annotationId = (saved as { data: { annotationId: string } }).data.annotationId;
    const before = await snapshot(orgId);
    for (const user of [org.orgUser, org.trainer]) {
      await actAs(user);
      expect(await reviewAnnotationAction({ orgId, appId: app.id, annotationId, decision: 'approved', feedback: '' })).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
    }
    expect(await snapshot(orgId)).toEqual(before);
    await actAs(org.admin);
    expect(await reviewAnnotationAction({ orgId, appId: app.id, annotationId, decision: 'approved', feedback: '' })).toMatchObject({
      ok: true,
    });
  });
});

describe('analytics', () => {
  it('counts progress per task and per assignee, by review status, in SQL', async () => {
    const org = await labelingOrg();
    const { orgId, app, ws } = org;
    const taskId = await createTask(org);
    await createTask(org, 'Empty');
    await assign(org, taskId, [org.worker, org.worker2]);
    const ref = { orgId, appId: app.id, taskId };
    const label = async (user: User, inputs: string[]) => {
      await actAs(user);
      const out: string[] = [];
      for (const inputId of inputs)
        out.push(
          ((await saveAnnotationAction({ ...ref, inputId, conceptId: ws.conceptIds[0]! })) as { data: { annotationId: string } }).data
            .annotationId,
        );
      return out;
    };
    const w1 = await label(org.worker, ws.inputIds);
    const w2 = await label(org.worker2, ws.inputIds.slice(0, 1));
    await actAs(org.lead);
    await reviewAnnotationAction({ orgId, appId: app.id, annotationId: w1[0]!, decision: 'approved', feedback: '' });
    await reviewAnnotationAction({ orgId, appId: app.id, annotationId: w1[1]!, decision: 'rejected', feedback: 'No.' });
    await reviewAnnotationAction({ orgId, appId: app.id, annotationId: w2[0]!, decision: 'approved', feedback: '' });
    await actAs(org.worker);
    await updateAssignmentStatusAction({ ...ref, status: 'completed' });

    const db = await getDb();
    const stats = await taskAnalytics(db, orgId, app.id, taskId, true);
    expect(stats.map((s) => s.email)).toEqual([org.worker.email, org.worker2.email].sort());
    expect(
      stats.map((s) => ({
        email: s.email,
        status: s.status,
        annotated: s.annotated,
        approved: s.approved,
        rejected: s.rejected,
        pending: s.pending,
      })),
    ).toEqual(
      expect.arrayContaining([
        { email: org.worker.email, status: 'completed', annotated: 3, approved: 1, rejected: 1, pending: 1 },
        { email: org.worker2.email, status: 'in_progress', annotated: 1, approved: 1, rejected: 0, pending: 0 },
      ]),
    );
    expect((await taskAnalytics(db, orgId, app.id, taskId, false)).map((s) => [s.name, s.email])).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(await findTask(db, orgId, app.id, taskId, org.worker.id)).toMatchObject({
      inputCount: 3,
      assigneeCount: 2,
      reviewCounts: { pending: 1, approved: 2, rejected: 1 },
      myReviewCounts: { pending: 1, approved: 1, rejected: 1 },
      myStatus: 'completed',
    });
    const list = await listTasks(db, orgId, app.id, { userId: org.lead.id, all: true, withNames: true });
    expect(list.rows.map((t) => [t.name, t.inputCount, t.assigneeCount, t.annotatedCount, t.statusCounts])).toEqual([
      ['Empty', 3, 0, 0, { not_started: 0, in_progress: 0, completed: 0 }],
      ['Pets', 3, 2, 4, { not_started: 0, in_progress: 1, completed: 1 }],
    ]);
    const own = await listTasks(db, orgId, app.id, { userId: org.worker2.id, all: false, withNames: false });
    expect(own.rows.map((t) => [t.myAnnotatedCount, t.myStatus])).toEqual([[1, 'in_progress']]);
  });

  it('the tasks page sends as many queries for 30 tasks as for 2', async () => {
    const org = await labelingOrg();
    const { orgId, app, ws } = org;
    const db = await getDb();
    const seed = async (n: number) => {
      const tasks = await db
        .insert(schema.labelingTasks)
        .values(Array.from({ length: n }, (_, i) => ({ orgId, appId: app.id, datasetId: ws.datasetId, name: `Bulk ${i}` })))
        .returning({ id: schema.labelingTasks.id });
      await db
        .insert(schema.taskConcepts)
        .values(tasks.flatMap((t) => ws.conceptIds.map((conceptId) => ({ orgId, appId: app.id, taskId: t.id, conceptId }))));
      await db
        .insert(schema.taskAssignees)
        .values(tasks.flatMap((t) => [org.worker, org.worker2].map((u) => ({ orgId, appId: app.id, taskId: t.id, userId: u.id }))));
    };
    const render = async () => {
      const before = queriesSent();
      await TasksPage(pageProps(orgId, app.slug));
      return queriesSent() - before;
    };
    await seed(2);
    await actAs(org.lead);
    const few = await render();
    await seed(28);
    const many = await render();
    await actAs(org.worker);
    const asWorker = await render();
    console.log(`labeling tasks page queries: ${few} at 2 tasks, ${many} at 30 (worker ${asWorker})`);
    expect(many).toBe(few);
    expect(asWorker).toBeLessThanOrEqual(few);
    expect(few).toBeLessThanOrEqual(8);
  });
});

describe('deleting', () => {
  it('a Labeler Lead deletes a task with its assignments and annotations; a task of another app cannot be reached', async () => {
    const org = await labelingOrg();
    const { orgId, app, ws } = org;
    const taskId = await createTask(org);
    await assign(org, taskId, [org.worker]);
    await actAs(org.worker);
    await saveAnnotationAction({ orgId, appId: app.id, taskId, inputId: ws.inputIds[0]!, conceptId: ws.conceptIds[0]! });
    await actAs(org.lead);
    const before = await snapshot(orgId);
    expect(await deleteLabelingTaskAction({ orgId, appId: org.other.id, taskId })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await snapshot(orgId)).toEqual(before);
    expect(await deleteLabelingTaskAction({ orgId, appId: app.id, taskId })).toEqual({ ok: true, data: { id: taskId } });
    const after = await snapshot(orgId);
    expect([after.tasks, after.taskConcepts, after.assignees, after.annotations]).toEqual([[], [], [], []]);
    expect(await auditOf(orgId, 'task.deleted')).toMatchObject([{ actorId: org.lead.id, targetId: taskId, data: { name: 'Pets' } }]);
    const db = await getDb();
    expect((await db.select().from(schema.inputs).where(inArray(schema.inputs.id, ws.inputIds))).length).toBe(3);
  });
});

describe('hostile URLs', () => {
  it('task ids and cursors that are not ours render the page or 404, never an error', async () => {
    const org = await labelingOrg();
    const taskId = await createTask(org);
    await assign(org, taskId, [org.worker]);
    const nasty = ['\u0000', 'x'.repeat(5000), "'; drop table users; --", '%', crypto.randomUUID(), taskId.toUpperCase()];
    for (const user of [org.lead, org.worker]) {
      await actAs(user);
      for (const value of nasty) {
        expect(await is404(() => TaskPage(pageProps(org.orgId, org.app.slug, value, { after: value })))).toBe(
          value !== taskId.toUpperCase(),
        );
        await TasksPage(pageProps(org.orgId, org.app.slug, undefined, { after: value }));
        await TaskPage(pageProps(org.orgId, org.app.slug, taskId, { after: value }));
      }
    }
  });
});
