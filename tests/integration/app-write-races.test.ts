/**
 * Writes inside one app do not queue on the app row (the door opens it FOR KEY SHARE): each invariant
 * holds by itself — names by their unique indexes, version numbers by the model's row lock, assignments by
 * their primary key and the assignment's row lock — and an open write to an app holds up only what
 * changes the app row itself.
 */
import { describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { createModelAction, trainModelAction } from '@/app/(app)/orgs/[orgId]/apps/[appId]/models/actions';
import { createConceptAction } from '@/app/(app)/orgs/[orgId]/apps/[appId]/concepts/actions';
import { createDatasetAction } from '@/app/(app)/orgs/[orgId]/apps/[appId]/datasets/actions';
import { createWorkflowAction } from '@/app/(app)/orgs/[orgId]/apps/[appId]/workflows/actions';
import { assignTaskAction, saveAnnotationAction, unassignTaskAction } from '@/app/(app)/orgs/[orgId]/apps/[appId]/tasks/actions';
import { openApp } from '@/domain/apps/open-app';
import { createConcept } from '@/domain/concepts/create-concept';
import type { OrgCommandContext } from '@/domain/context';
import { runAs } from '../support/session';
import { auditOf } from '../factories/invitations';
import { addMember, unique } from '../factories';
import { teamMember, versionsOf, workspace, type User, type Ws } from '../factories/models';

const ON_POSTGRES = Boolean(process.env.DATABASE_URL);
// PGlite runs one transaction at a time: there the same calls run one after the other, and must end the same.
const ROUNDS = ON_POSTGRES ? 20 : 2;
/** Long enough for any unblocked write; a write that queues behind the open transaction fails the test instead of hanging it. */
const UNBLOCKED_WITHIN_MS = 5_000;

type NameCase = {
  what: string;
  table: 'models' | 'concepts' | 'datasets' | 'workflows';
  message: string;
  create: (ws: Ws, name: string) => Promise<{ ok: boolean }>;
};

const nameCases: NameCase[] = [
  {
    what: 'model',
    table: 'models',
    message: 'This app already has a model with this name.',
    create: (ws, name) => createModelAction({ orgId: ws.orgId, appId: ws.app.id, name, description: '' }),
  },
  {
    what: 'concept',
    table: 'concepts',
    message: 'This app already has a concept with this name.',
    create: (ws, name) => createConceptAction({ orgId: ws.orgId, appId: ws.app.id, name }),
  },
  {
    what: 'dataset',
    table: 'datasets',
    message: 'This app already has a dataset with this name.',
    create: (ws, name) => createDatasetAction({ orgId: ws.orgId, appId: ws.app.id, name, description: '' }),
  },
  {
    what: 'workflow',
    table: 'workflows',
    message: 'This app already has a workflow with this name.',
    create: (ws, name) => createWorkflowAction({ orgId: ws.orgId, appId: ws.app.id, name, description: '', steps: [ws.modelId] }),
  },
];

async function rowsNamed(table: NameCase['table'], appId: string, name: string) {
  const t = schema[table];
  return (await getDb())
    .select({ id: t.id })
    .from(t)
    .where(and(eq(t.appId, appId), eq(t.name, name)));
}

describe('names stay unique per app under concurrent creates', () => {
  for (const { what, table, message, create } of nameCases) {
    it(`two people create the same ${what} name in one app at once: one ${what}, the other told beside the field (${ROUNDS} rounds)`, async () => {
      for (let round = 0; round < ROUNDS; round++) {
        const ws = await workspace();
        const second = await addMember(ws.orgId, 'admin');
        const name = unique(what).slice(0, 40);
        const results = await Promise.all([runAs(ws.admin, () => create(ws, name)), runAs(second, () => create(ws, name))]);
        expect(results.filter((r) => r.ok)).toHaveLength(1);
        expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { name: [message] } });
        expect(await rowsNamed(table, ws.app.id, name)).toHaveLength(1);
      }
    });
  }
});

describe('model versions stay sequential under concurrent training runs', () => {
  it(`two training runs of one model at once get versions 1 and 2 (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const ws = await workspace();
      const trainer = await teamMember(ws.orgId, ws.app.id, 'model_trainer');
      const ref = { orgId: ws.orgId, appId: ws.app.id, modelId: ws.modelId };
      const results = await Promise.all([runAs(ws.admin, () => trainModelAction(ref)), runAs(trainer, () => trainModelAction(ref))]);
      expect(results.map((r) => (r.ok ? r.data.version : r.code)).sort()).toEqual([1, 2]);
      expect((await versionsOf(ws.modelId)).map((v) => v.version)).toEqual([1, 2]);
    }
  });
});

/** `promise`, or a failure naming `what` when it has not settled in time (it is still waiting on a lock). */
function within<T>(what: string, promise: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} still waiting after ${UNBLOCKED_WITHIN_MS} ms`)), UNBLOCKED_WITHIN_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The context an org door gives a command, for a transaction the test holds open itself. */
function commandContext(tx: OrgCommandContext['tx'], orgId: string, user: User): OrgCommandContext {
  return {
    tx,
    orgId,
    role: 'admin',
    actor: { kind: 'user', id: user.id, name: null, email: user.email, emailVerified: true },
    afterCommit: () => {},
    audit: () => {},
  };
}

/** A labeling task of the app with one input and one concept (and `worker` assigned, if given), written straight in. */
async function assignedTask(orgId: string, appId: string, worker?: User) {
  const db = await getDb();
  const inApp = { orgId, appId };
  const [dataset] = await db
    .insert(schema.datasets)
    .values({ ...inApp, name: unique('ds') })
    .returning({ id: schema.datasets.id });
  const [input] = await db
    .insert(schema.inputs)
    .values({ ...inApp, datasetId: dataset!.id, kind: 'text', content: 'a cat' })
    .returning({ id: schema.inputs.id });
  const [concept] = await db
    .insert(schema.concepts)
    .values({ ...inApp, name: unique('cat') })
    .returning({ id: schema.concepts.id });
  const [task] = await db
    .insert(schema.labelingTasks)
    .values({ ...inApp, datasetId: dataset!.id, name: 'Label' })
    .returning({ id: schema.labelingTasks.id });
  await db.insert(schema.taskConcepts).values({ ...inApp, taskId: task!.id, conceptId: concept!.id });
  if (worker) await db.insert(schema.taskAssignees).values({ ...inApp, taskId: task!.id, userId: worker.id });
  return { taskId: task!.id, inputId: input!.id, conceptId: concept!.id };
}

describe('assignments stay consistent under concurrent assign, unassign and save', () => {
  it(`two people assign the same labeler at once: one assignment, one audit event, one notice (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const ws = await workspace();
      const lead = await teamMember(ws.orgId, ws.app.id, 'labeler_lead');
      const worker = await teamMember(ws.orgId, ws.app.id, 'labeler_worker');
      const { taskId } = await assignedTask(ws.orgId, ws.app.id);
      const ref = { orgId: ws.orgId, appId: ws.app.id, taskId, userIds: [worker.id] };
      const results = await Promise.all([runAs(ws.admin, () => assignTaskAction(ref)), runAs(lead, () => assignTaskAction(ref))]);
      expect(results.map((r) => (r.ok ? r.data.added : r.code)).sort()).toEqual([0, 1]);
      const db = await getDb();
      const assignees = await db.select().from(schema.taskAssignees).where(eq(schema.taskAssignees.taskId, taskId));
      expect(assignees.map((a) => a.userId)).toEqual([worker.id]);
      expect(await auditOf(ws.orgId, 'task.assigned')).toHaveLength(1);
      const n = schema.notifications;
      expect(
        await db
          .select()
          .from(n)
          .where(and(eq(n.userId, worker.id), eq(n.kind, 'task_assigned'))),
      ).toHaveLength(1);
    }
  });

  it(`a labeler saves while being unassigned: nothing of theirs is left, and the audit counts the save if it happened (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const ws = await workspace();
      const worker = await teamMember(ws.orgId, ws.app.id, 'labeler_worker');
      const work = await assignedTask(ws.orgId, ws.app.id, worker);
      const [saved, unassigned] = await Promise.all([
        runAs(worker, () => saveAnnotationAction({ orgId: ws.orgId, appId: ws.app.id, ...work })),
        runAs(ws.admin, () => unassignTaskAction({ orgId: ws.orgId, appId: ws.app.id, taskId: work.taskId, userId: worker.id })),
      ]);
      expect(unassigned).toMatchObject({ ok: true });
      if (!saved.ok) expect(saved).toMatchObject({ code: 'NOT_FOUND' });
      const db = await getDb();
      expect(await db.select().from(schema.taskAssignees).where(eq(schema.taskAssignees.taskId, work.taskId))).toEqual([]);
      expect(await db.select().from(schema.annotations).where(eq(schema.annotations.taskId, work.taskId))).toEqual([]);
      const [event] = await auditOf(ws.orgId, 'task.unassigned');
      expect(event?.data).toMatchObject({ userId: worker.id, annotationsRemoved: saved.ok ? 1 : 0 });
    }
  });
});

// Holding one transaction open while others run needs a second connection, which PGlite does not have.
describe.runIf(ON_POSTGRES)('an open write to an app holds up only changes of the app row (PostgreSQL)', () => {
  it('an annotation save and a concept create finish while another write to the app is open; opening the app to delete it waits', async () => {
    const ws = await workspace();
    const worker = await teamMember(ws.orgId, ws.app.id, 'labeler_worker');
    const lead = await teamMember(ws.orgId, ws.app.id, 'labeler_lead');
    const work = await assignedTask(ws.orgId, ws.app.id, worker);
    const db = await getDb();

    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let holding = (_pid: number) => {};
    const holderPid = new Promise<number>((resolve) => (holding = resolve));
    // A write to the app as appAction runs one (app opened, then a command), left open until released.
    const holder = db.transaction(async (tx) => {
      const ctx = await openApp(commandContext(tx, ws.orgId, ws.admin), ws.app.id);
      await createConcept(ctx, { name: unique('held') });
      const [row] = await tx.execute<{ pid: number }>(sql`select pg_backend_pid() as pid`);
      holding(Number(row!.pid));
      await released;
    });
    let deleting: Promise<string> | undefined;
    try {
      const pid = await holderPid;
      const saved = await within(
        'saving an annotation',
        runAs(worker, () => saveAnnotationAction({ orgId: ws.orgId, appId: ws.app.id, ...work })),
      );
      expect(saved).toMatchObject({ ok: true, data: { reviewStatus: 'pending' } });
      const created = await within(
        'creating a concept',
        runAs(lead, () => createConceptAction({ orgId: ws.orgId, appId: ws.app.id, name: unique('free') })),
      );
      expect(created).toMatchObject({ ok: true });

      // Deleting the app opens it FOR UPDATE: that waits for the open write.
      deleting = db.transaction(async (tx) => {
        await openApp(commandContext(tx, ws.orgId, ws.admin), ws.app.id, 'update');
        return 'opened for update';
      });
      const blocked = async () =>
        (
          await db.execute<{ n: number }>(sql`select count(*)::int as n from pg_stat_activity where ${pid} = any(pg_blocking_pids(pid))`)
        )[0]!.n > 0;
      let waits = false;
      for (let i = 0; i < 150 && !waits; i++) {
        waits = await blocked();
        if (!waits) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(waits).toBe(true);
    } finally {
      release();
    }
    await holder;
    expect(await within('opening the app for update once the write committed', deleting!)).toBe('opened for update');
    const concepts = await db.select({ id: schema.concepts.id }).from(schema.concepts).where(eq(schema.concepts.appId, ws.app.id));
    expect(concepts).toHaveLength(3);
  });
});
