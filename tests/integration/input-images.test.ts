/**
 * Images as dataset inputs: the upload (type by magic bytes, size and count limits, all or nothing,
 * datasets.write only), the route that serves them (who may see which input, and the headers that keep
 * the bytes inert), and the demo seed's drawn images.
 */
import { describe, expect, it } from 'vitest';
import { crc32 } from 'node:zlib';
import { eq, sql } from 'drizzle-orm';
import sharp from 'sharp';
import { getDb, schema } from '@/db';
import { addInputsAction, createDatasetAction } from '@/app/(app)/orgs/[orgId]/apps/[appId]/datasets/actions';
import { GET } from '@/app/api/orgs/[orgId]/apps/[appId]/inputs/[inputId]/image/route';
import { listInputs } from '@/db/queries/datasets';
import { DEMO_TEAM_USERS, seedDemoWorkspace } from '@/db/seed-workspace';
import { encodePng, shapePng } from '@/lib/images/png';
import { sniffImageType } from '@/lib/images/sniff';
import type { OrgRole, TeamLevel } from '@/lib/permissions';
import { actAs } from '../support/session';
import { addMember, createOrg, createUser } from '../factories';
import { createApp, createTeam, grantApp } from '../factories/teams';

const png = (size = 40) => shapePng('circle', [200, 30, 30], { size });
const file = (bytes: Uint8Array, name: string, type = 'image/png') => new File([new Uint8Array(bytes)], name, { type });

async function workspace() {
  const admin = await createUser();
  const { id: orgId } = await createOrg(admin);
  const app = await createApp({ orgId });
  await actAs(admin);
  const created = await createDatasetAction({ orgId, appId: app.id, name: 'Photos', description: '' });
  if (!created.ok) throw new Error(created.message);
  return { admin, orgId, app, datasetId: created.data.id };
}

async function memberAt(orgId: string, appId: string, level: TeamLevel) {
  const user = await addMember(orgId, 'team_contributor');
  const { id: teamId } = await createTeam(orgId, { defaultPermission: level, members: [user] });
  await grantApp(orgId, teamId, appId, level);
  return user;
}

/** Every input and stored file of the app, as a fingerprint that any write would change. */
async function appInputs(appId: string) {
  const db = await getDb();
  const inputs = await db.select({ id: schema.inputs.id }).from(schema.inputs).where(eq(schema.inputs.appId, appId));
  const files = await db.select({ id: schema.inputFiles.inputId }).from(schema.inputFiles).where(eq(schema.inputFiles.appId, appId));
  return { inputs: inputs.length, files: files.length };
}

async function getImage(ref: { orgId: string; appId: string; inputId: string }, query = '', headers: Record<string, string> = {}) {
  const url = `http://localhost:3000/api/orgs/${ref.orgId}/apps/${ref.appId}/inputs/${ref.inputId}/image${query}`;
  return GET(new Request(url, { headers }), { params: Promise.resolve(ref) });
}

describe('uploading images', () => {
  it('Full Access adds text and image files in one go: stored by type, size and pixels, with a thumbnail', async () => {
    const { orgId, app, datasetId } = await workspace();
    await actAs(await memberAt(orgId, app.id, 'full_access'));
    const jpeg = await sharp({ create: { width: 600, height: 300, channels: 3, background: '#3366cc' } })
      .jpeg()
      .toBuffer();
    const result = await addInputsAction({
      orgId,
      appId: app.id,
      datasetId,
      inputs: 'a note',
      files: [file(png(), 'red dot.png'), file(jpeg, 'sky.jpg', 'image/jpeg')],
    });
    expect(result).toEqual({ ok: true, data: { added: 3 } });

    const db = await getDb();
    const page = await listInputs(db, orgId, app.id, datasetId);
    expect(page.rows.map((r) => [r.kind, r.content, r.hasFile])).toEqual([
      ['text', 'a note', false],
      ['image', 'red dot.png', true],
      ['image', 'sky.jpg', true],
    ]);
    const stored = await db
      .select({
        contentType: schema.inputFiles.contentType,
        byteSize: schema.inputFiles.byteSize,
        width: schema.inputFiles.width,
        height: schema.inputFiles.height,
        thumb: schema.inputFiles.thumb,
      })
      .from(schema.inputFiles)
      .where(eq(schema.inputFiles.inputId, page.rows[2]!.id));
    expect(stored[0]).toMatchObject({ contentType: 'image/jpeg', byteSize: jpeg.byteLength, width: 600, height: 300 });
    expect(sniffImageType(stored[0]!.thumb!)).toBe('image/webp');
    expect(await sharp(stored[0]!.thumb!).metadata()).toMatchObject({ width: 256, height: 128 });
  });

  it('refuses by the bytes, not the name or the claimed type, naming each refused file; nothing is written', async () => {
    const { orgId, app, datasetId } = await workspace();
    const before = await appInputs(app.id);
    const ref = { orgId, appId: app.id, datasetId, inputs: 'kept out too' };
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

    const disguised = await addInputsAction({ ...ref, files: [file(png(), 'good.png'), file(svg, 'evil.png')] });
    expect(disguised).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(!disguised.ok && disguised.fieldErrors?.files).toEqual([
      expect.stringMatching(/^evil\.png: not a PNG, JPEG, WebP or GIF image/),
    ]);

    const declaredSvg = await addInputsAction({ ...ref, files: [file(svg, 'logo.svg', 'image/svg+xml')] });
    expect(!declaredSvg.ok && declaredSvg.fieldErrors?.files).toEqual(['logo.svg: not a PNG, JPEG, WebP or GIF image.']);

    // A PNG signature glued to something that is no PNG; and a truncated PNG.
    const glued = new Uint8Array([...png().subarray(0, 8), ...new Uint8Array(64).fill(7)]);
    const truncated = png(200).subarray(0, 60);
    const broken = await addInputsAction({ ...ref, files: [file(glued, 'glued.png'), file(truncated, 'cut.png')] });
    expect(!broken.ok && broken.fieldErrors?.files?.[0]?.split('\n')).toEqual([
      expect.stringMatching(/^glued\.png: could not be read as an image/),
      expect.stringMatching(/^cut\.png: could not be read as an image/),
    ]);

    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(png());
    const tooBig = await addInputsAction({ ...ref, files: [file(big, 'huge.png')] });
    expect(!tooBig.ok && tooBig.fieldErrors?.files).toEqual(['huge.png: 5 MB is over the 5 MB limit per image.']);

    const many = await addInputsAction({ ...ref, files: Array.from({ length: 11 }, (_, n) => file(png(), `${n}.png`)) });
    expect(!many.ok && many.fieldErrors?.files).toEqual(['Choose at most 10 images at a time.']);

    const fourMb = new Uint8Array(4 * 1024 * 1024);
    fourMb.set(png());
    const total = await addInputsAction({ ...ref, files: [file(fourMb, 'a.png'), file(fourMb, 'b.png'), file(fourMb, 'c.png')] });
    expect(!total.ok && total.fieldErrors?.files).toEqual(['These images add up to 12 MB; add at most 8 MB at a time.']);

    // Decoding would take gigabytes: refused from the header.
    const wide = Buffer.from(encodePng(1, 1, () => [0, 0, 0]));
    wide.writeUInt32BE(8000, 16);
    wide.writeUInt32BE(6000, 20);
    wide.writeUInt32BE(crc32(wide.subarray(12, 29)), 29);
    const pixels = await addInputsAction({ ...ref, files: [file(wide, 'wide.png')] });
    expect(!pixels.ok && pixels.fieldErrors?.files).toEqual([expect.stringMatching(/^wide\.png: has too many pixels/)]);

    expect(await appInputs(app.id)).toEqual(before);
  });

  it.each<[string, OrgRole | TeamLevel | 'non-member', 'FORBIDDEN' | 'NOT_FOUND']>([
    ['Organization User', 'org_user', 'FORBIDDEN'],
    ['Model Trainer team', 'model_trainer', 'FORBIDDEN'],
    ['Labeler Lead team', 'labeler_lead', 'FORBIDDEN'],
    ['Labeler Worker team', 'labeler_worker', 'FORBIDDEN'],
    ['Financial Manager', 'financial_manager', 'NOT_FOUND'],
    ['a non-member', 'non-member', 'NOT_FOUND'],
  ])('%s may not upload: %s, nothing written', async (_who, as, code) => {
    const { orgId, app, datasetId } = await workspace();
    const before = await appInputs(app.id);
    const user =
      as === 'non-member'
        ? await createUser()
        : as === 'org_user' || as === 'financial_manager'
          ? await addMember(orgId, as)
          : await memberAt(orgId, app.id, as as TeamLevel);
    await actAs(user);
    const result = await addInputsAction({ orgId, appId: app.id, datasetId, inputs: '', files: [file(png(), 'a.png')] });
    expect(result).toMatchObject({ ok: false, code });
    expect(await appInputs(app.id)).toEqual(before);
  });
});

describe('the image route', () => {
  async function withImage() {
    const ws = await workspace();
    const bytes = png(64);
    const added = await addInputsAction({
      orgId: ws.orgId,
      appId: ws.app.id,
      datasetId: ws.datasetId,
      inputs: 'text',
      files: [file(bytes, 'a.png')],
    });
    expect(added.ok).toBe(true);
    const db = await getDb();
    const rows = (await listInputs(db, ws.orgId, ws.app.id, ws.datasetId)).rows;
    const ref = { orgId: ws.orgId, appId: ws.app.id, inputId: rows.find((r) => r.hasFile)!.id };
    return { ...ws, bytes, ref, textInputId: rows.find((r) => !r.hasFile)!.id };
  }

  async function addTask(orgId: string, appId: string, datasetId: string, assignees: Array<{ id: string }>) {
    const db = await getDb();
    const id = crypto.randomUUID();
    await db.insert(schema.labelingTasks).values({ orgId, appId, id, datasetId, name: `Task ${id.slice(0, 6)}` });
    if (assignees.length > 0)
      await db.insert(schema.taskAssignees).values(assignees.map((u) => ({ orgId, appId, taskId: id, userId: u.id })));
  }

  it('sends a permitted member the bytes, inert: stored type, nosniff, inline, a closed CSP, private caching and an ETag', async () => {
    const { ref, bytes, orgId } = await withImage();
    const response = await getImage(ref);
    expect(response.status).toBe(200);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array(bytes));
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'content-type': 'image/png',
      'x-content-type-options': 'nosniff',
      'content-disposition': 'inline',
      'content-security-policy': expect.stringMatching(/^default-src 'none'/),
      'cache-control': expect.stringMatching(/^private, max-age=\d+$/),
      etag: expect.stringMatching(/^".+"$/),
    });
    const again = await getImage(ref, '', { 'if-none-match': response.headers.get('etag')! });
    expect(again.status).toBe(304);

    const thumb = await getImage(ref, '?size=thumb');
    expect(thumb.headers.get('content-type')).toBe('image/webp');
    expect(sniffImageType(new Uint8Array(await thumb.arrayBuffer()))).toBe('image/webp');
    expect(thumb.headers.get('etag')).not.toBe(response.headers.get('etag'));

    // An Organization User views every input (read-only).
    await actAs(await addMember(orgId, 'org_user'));
    expect((await getImage(ref)).status).toBe(200);
  });

  it('signed out: 401; no access, another organization, an input of another app, a text input, bad ids: 404', async () => {
    const { ref, orgId, textInputId } = await withImage();
    await actAs(null);
    expect((await getImage(ref)).status).toBe(401);

    await actAs(await createUser());
    expect((await getImage(ref)).status).toBe(404);
    const otherAdmin = await createUser();
    await createOrg(otherAdmin);
    await actAs(otherAdmin);
    expect((await getImage(ref)).status).toBe(404);
    await actAs(await addMember(orgId, 'financial_manager'));
    expect((await getImage(ref)).status).toBe(404);
    await actAs(await addMember(orgId, 'team_contributor'));
    expect((await getImage(ref)).status).toBe(404);

    await actAs(await addMember(orgId, 'admin'));
    const otherApp = await createApp({ orgId });
    expect((await getImage({ ...ref, appId: otherApp.id })).status).toBe(404);
    expect((await getImage({ ...ref, inputId: textInputId })).status).toBe(404);
    expect((await getImage({ ...ref, inputId: 'not-a-uuid' })).status).toBe(404);
    expect((await getImage({ ...ref, orgId: 'NO SUCH ORG' })).status).toBe(404);
    expect((await getImage(ref)).status).toBe(200);
  });

  it('a Labeler Worker sees only the inputs of tasks assigned to them; a Labeler Lead those of any task', async () => {
    const { ref, orgId, app, datasetId } = await withImage();
    const worker = await memberAt(orgId, app.id, 'labeler_worker');
    const lead = await memberAt(orgId, app.id, 'labeler_lead');
    const trainer = await memberAt(orgId, app.id, 'model_trainer');

    await actAs(worker);
    expect((await getImage(ref)).status).toBe(404);
    await actAs(lead);
    expect((await getImage(ref)).status).toBe(404);

    // A task over the dataset, assigned to someone else: the lead sees it, the worker still does not.
    await addTask(orgId, app.id, datasetId, [lead]);
    expect((await getImage(ref)).status).toBe(200);
    await actAs(worker);
    expect((await getImage(ref)).status).toBe(404);

    await addTask(orgId, app.id, datasetId, [worker]);
    expect((await getImage(ref)).status).toBe(200);
    expect((await getImage(ref, '?size=thumb')).status).toBe(200);

    // A Model Trainer views all inputs (inputs.view_all).
    await actAs(trainer);
    expect((await getImage(ref)).status).toBe(200);
  });
});

describe('the demo seed', () => {
  it('draws real PNG images for its datasets, small and without downloads', async () => {
    const admin = await createUser();
    const org = await createOrg(admin);
    const demo = new Map([['admin@acme.test', admin.id]]);
    for (const u of DEMO_TEAM_USERS) demo.set(u.email, (await addMember(org.id, 'team_contributor')).id);
    const db = await getDb();
    const [vision] = await db.transaction((tx) => seedDemoWorkspace(tx, org.id, (email) => demo.get(email)!));
    const files = await db
      .select({ bytes: schema.inputFiles.bytes, width: schema.inputFiles.width, size: schema.inputFiles.byteSize })
      .from(schema.inputFiles)
      .where(eq(schema.inputFiles.appId, vision!.id));
    expect(files.length).toBeGreaterThanOrEqual(12);
    for (const f of files) {
      expect(sniffImageType(f.bytes)).toBe('image/png');
      expect(await sharp(f.bytes).metadata()).toMatchObject({ format: 'png', width: f.width });
      expect(f.size).toBeLessThan(20_000);
    }
    const [withoutFile] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(schema.inputs)
      .where(
        sql`${schema.inputs.appId} = ${vision!.id} and ${schema.inputs.kind} = 'image' and not exists (select 1 from input_files f where f.input_id = inputs.id)`,
      );
    expect(Number(withoutFile!.n)).toBe(0);
  });
});
