/**
 * Concepts, datasets and inputs, workflows: what each level may do, bad input beside the field, and ids
 * of another app or organization refused with nothing written.
 */
import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { getDb, queriesSent, schema } from '@/db';
import { createConceptAction, deleteConceptAction, renameConceptAction } from '@/app/(app)/orgs/[orgId]/apps/[appId]/concepts/actions';
import {
  addInputsAction,
  createDatasetAction,
  deleteDatasetAction,
  deleteInputAction,
} from '@/app/(app)/orgs/[orgId]/apps/[appId]/datasets/actions';
import { createWorkflowAction, deleteWorkflowAction, updateWorkflowAction } from '@/app/(app)/orgs/[orgId]/apps/[appId]/workflows/actions';
import { listConcepts } from '@/db/queries/concepts';
import { listDatasets, listInputs } from '@/db/queries/datasets';
import { listWorkflows } from '@/db/queries/workflows';
import { workspaceCounts } from '@/db/queries/workspace';
import { parseInputLines } from '@/lib/validations/workspace';
import type { TeamLevel } from '@/lib/permissions';
import { actAs } from '../support/session';
import { addMember, createOrg, createUser } from '../factories';
import { createApp, createTeam, grantApp } from '../factories/teams';

async function orgWithApp() {
  const admin = await createUser();
  const { id: orgId } = await createOrg(admin);
  const app = await createApp({ orgId });
  const other = await createApp({ orgId });
  return { admin, orgId, app, other };
}

/** A Team Contributor whose only access to `appId` is a team at `level`. */
async function memberAt(orgId: string, appId: string, level: TeamLevel) {
  const user = await addMember(orgId, 'team_contributor');
  const { id: teamId } = await createTeam(orgId, { defaultPermission: level, members: [user] });
  await grantApp(orgId, teamId, appId, level);
  return user;
}

async function countRows(table: 'concepts' | 'datasets' | 'inputs' | 'workflows' | 'workflowSteps', appId: string) {
  const db = await getDb();
  const t = schema[table];
  return (await db.select({ appId: t.appId }).from(t).where(eq(t.appId, appId))).length;
}

describe('concepts', () => {
  it('a Labeler Lead creates, renames and deletes concepts; a Labeler Worker and an Organization User cannot', async () => {
    const { orgId, app } = await orgWithApp();
    await actAs(await memberAt(orgId, app.id, 'labeler_lead'));
    const created = await createConceptAction({ orgId, appId: app.id, name: '  cat ' });
    expect(created).toEqual({ ok: true, data: { id: expect.any(String), name: 'cat' } });
    const conceptId = (created as { data: { id: string } }).data.id;
    expect(await createConceptAction({ orgId, appId: app.id, name: 'cat' })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { name: ['This app already has a concept with this name.'] },
    });
    expect(await createConceptAction({ orgId, appId: app.id, name: '' })).toMatchObject({
      ok: false,
      fieldErrors: { name: ['Enter a concept name.'] },
    });
    expect((await renameConceptAction({ orgId, appId: app.id, conceptId, name: 'kitten' })).ok).toBe(true);

    for (const user of [await memberAt(orgId, app.id, 'labeler_worker'), await addMember(orgId, 'org_user')]) {
      await actAs(user);
      expect(await createConceptAction({ orgId, appId: app.id, name: 'dog' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await deleteConceptAction({ orgId, appId: app.id, conceptId })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    expect((await listConcepts(await getDb(), orgId, app.id)).map((c) => c.name)).toEqual(['kitten']);
  });

  it('a concept of another app is not found through this app, and nothing changes', async () => {
    const { admin, orgId, app, other } = await orgWithApp();
    await actAs(admin);
    const theirs = await createConceptAction({ orgId, appId: other.id, name: 'theirs' });
    const conceptId = (theirs as { data: { id: string } }).data.id;
    expect(await renameConceptAction({ orgId, appId: app.id, conceptId, name: 'mine' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await deleteConceptAction({ orgId, appId: app.id, conceptId })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect((await listConcepts(await getDb(), orgId, other.id)).map((c) => c.name)).toEqual(['theirs']);
  });
});

describe('datasets and inputs', () => {
  it('parses one input a line: URLs are images, the rest is text, blank lines skipped', () => {
    expect(parseInputLines('https://x.test/a.jpg\n\n  a sentence  \nhttp://y.test/b.png\r\nftp://not-an-image')).toEqual([
      { kind: 'image', content: 'https://x.test/a.jpg' },
      { kind: 'text', content: 'a sentence' },
      { kind: 'image', content: 'http://y.test/b.png' },
      { kind: 'text', content: 'ftp://not-an-image' },
    ]);
  });

  it('Full Access creates a dataset and adds inputs in order; bad input is refused beside the field with nothing written', async () => {
    const { orgId, app } = await orgWithApp();
    await actAs(await memberAt(orgId, app.id, 'full_access'));
    const created = await createDatasetAction({ orgId, appId: app.id, name: 'Photos', description: 'Shelter photos' });
    const datasetId = (created as { data: { id: string } }).data.id;
    expect(await addInputsAction({ orgId, appId: app.id, datasetId, inputs: 'https://x.test/1.jpg\nsecond\nthird' })).toEqual({
      ok: true,
      data: { added: 3 },
    });
    expect(await addInputsAction({ orgId, appId: app.id, datasetId, inputs: ' \n ' })).toMatchObject({
      ok: false,
      fieldErrors: { inputs: ['Enter at least one image URL or text, one per line.'] },
    });
    expect(
      await addInputsAction({ orgId, appId: app.id, datasetId, inputs: Array.from({ length: 501 }, (_, n) => `t${n}`).join('\n') }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { inputs: ['Add at most 500 inputs at a time.'] },
    });
    expect(await addInputsAction({ orgId, appId: app.id, datasetId, inputs: `ok\n${'x'.repeat(2001)}` })).toMatchObject({
      ok: false,
      fieldErrors: { inputs: ['Line 2 is longer than 2,000 characters.'] },
    });
    const db = await getDb();
    const page = await listInputs(db, orgId, app.id, datasetId);
    expect(page.rows.map((r) => [r.kind, r.content])).toEqual([
      ['image', 'https://x.test/1.jpg'],
      ['text', 'second'],
      ['text', 'third'],
    ]);
    expect(await listDatasets(db, orgId, app.id)).toMatchObject([{ name: 'Photos', inputCount: 3 }]);

    expect((await deleteInputAction({ orgId, appId: app.id, datasetId, inputId: page.rows[1]!.id })).ok).toBe(true);
    expect(await deleteInputAction({ orgId, appId: app.id, datasetId, inputId: page.rows[1]!.id })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await countRows('inputs', app.id)).toBe(2);
  });

  it('a Model Trainer views but cannot write; a dataset of another organization is not found', async () => {
    const { admin, orgId, app } = await orgWithApp();
    await actAs(admin);
    const datasetId = ((await createDatasetAction({ orgId, appId: app.id, name: 'D', description: '' })) as { data: { id: string } }).data
      .id;
    await actAs(await memberAt(orgId, app.id, 'model_trainer'));
    expect(await addInputsAction({ orgId, appId: app.id, datasetId, inputs: 'x' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await deleteDatasetAction({ orgId, appId: app.id, datasetId })).toMatchObject({ ok: false, code: 'FORBIDDEN' });

    const outsider = await createUser();
    const { id: otherOrg } = await createOrg(outsider);
    const theirApp = await createApp({ orgId: otherOrg });
    await actAs(outsider);
    // Their own app, our dataset id: the dataset is looked up inside their app, so it does not exist.
    expect(await addInputsAction({ orgId: otherOrg, appId: theirApp.id, datasetId, inputs: 'x' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await addInputsAction({ orgId, appId: app.id, datasetId, inputs: 'x' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await countRows('inputs', app.id)).toBe(0);
  });

  it('lists inputs by keyset pages of 50 in insertion order', async () => {
    const { admin, orgId, app } = await orgWithApp();
    await actAs(admin);
    const datasetId = ((await createDatasetAction({ orgId, appId: app.id, name: 'Big', description: '' })) as { data: { id: string } }).data
      .id;
    await addInputsAction({ orgId, appId: app.id, datasetId, inputs: Array.from({ length: 120 }, (_, n) => `text ${n}`).join('\n') });
    const db = await getDb();
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = await listInputs(db, orgId, app.id, datasetId, after);
      seen.push(...page.rows.map((r) => r.content));
      after = page.nextCursor ?? undefined;
    } while (after);
    expect(seen).toEqual(Array.from({ length: 120 }, (_, n) => `text ${n}`));
    expect((await listInputs(db, orgId, app.id, datasetId, 'not-a-uuid')).rows).toHaveLength(50);
  });
});

describe('workflows', () => {
  async function withModels() {
    const fx = await orgWithApp();
    const db = await getDb();
    const [a, b] = await db
      .insert(schema.models)
      .values([
        { orgId: fx.orgId, appId: fx.app.id, name: 'detector' },
        { orgId: fx.orgId, appId: fx.app.id, name: 'classifier' },
      ])
      .returning({ id: schema.models.id });
    const [theirs] = await db
      .insert(schema.models)
      .values({ orgId: fx.orgId, appId: fx.other.id, name: 'other-app-model' })
      .returning({ id: schema.models.id });
    return { ...fx, a: a!.id, b: b!.id, theirs: theirs!.id };
  }

  it('Full Access chains models in order and edits the chain; a Model Trainer cannot', async () => {
    const { orgId, app, a, b } = await withModels();
    await actAs(await memberAt(orgId, app.id, 'full_access'));
    const created = await createWorkflowAction({ orgId, appId: app.id, name: 'Pipeline', description: '', steps: [a, '', b] });
    const workflowId = (created as { data: { id: string } }).data.id;
    const db = await getDb();
    expect((await listWorkflows(db, orgId, app.id))[0]!.steps.map((s) => s.modelName)).toEqual(['detector', 'classifier']);
    expect((await updateWorkflowAction({ orgId, appId: app.id, workflowId, name: 'Pipeline 2', description: 'x', steps: [b] })).ok).toBe(
      true,
    );
    expect(await listWorkflows(db, orgId, app.id)).toMatchObject([{ name: 'Pipeline 2', steps: [{ modelName: 'classifier' }] }]);
    expect(await createWorkflowAction({ orgId, appId: app.id, name: 'Empty', description: '', steps: ['', ''] })).toMatchObject({
      ok: false,
      fieldErrors: { steps: ['Choose at least the first model of the chain.'] },
    });

    await actAs(await memberAt(orgId, app.id, 'model_trainer'));
    expect(await deleteWorkflowAction({ orgId, appId: app.id, workflowId })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await countRows('workflows', app.id)).toBe(1);
  });

  it('a model of another app cannot be a step, and a deleted model leaves the chains it was in', async () => {
    const { admin, orgId, app, a, theirs } = await withModels();
    await actAs(admin);
    expect(await createWorkflowAction({ orgId, appId: app.id, name: 'Sneaky', description: '', steps: [a, theirs] })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { steps: [expect.stringContaining('not in this app')] },
    });
    expect(await countRows('workflows', app.id)).toBe(0);
    await createWorkflowAction({ orgId, appId: app.id, name: 'Kept', description: '', steps: [a] });
    const db = await getDb();
    await db.delete(schema.models).where(and(eq(schema.models.orgId, orgId), eq(schema.models.id, a)));
    expect(await listWorkflows(db, orgId, app.id)).toMatchObject([{ name: 'Kept', steps: [] }]);
  });
});

describe('workspace reads', () => {
  it('the overview counts and the lists take one query each, whatever the number of rows', async () => {
    const { admin, orgId, app } = await orgWithApp();
    await actAs(admin);
    for (let n = 0; n < 3; n += 1) {
      const datasetId = ((await createDatasetAction({ orgId, appId: app.id, name: `D${n}`, description: '' })) as { data: { id: string } })
        .data.id;
      await addInputsAction({ orgId, appId: app.id, datasetId, inputs: 'a\nb' });
      await createConceptAction({ orgId, appId: app.id, name: `c${n}` });
    }
    const db = await getDb();
    for (const read of [
      () => listDatasets(db, orgId, app.id),
      () => listConcepts(db, orgId, app.id),
      () => listWorkflows(db, orgId, app.id),
    ]) {
      const before = queriesSent();
      await read();
      expect(queriesSent() - before).toBe(1);
    }
    expect(await workspaceCounts(db, orgId, app.id, admin.id)).toMatchObject({ datasets: 3, inputs: 6, concepts: 3, models: 0, tasks: 0 });
  });
});
