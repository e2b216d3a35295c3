/**
 * Seed roles seen as the seed says (issue 17): each role's sidebar lists exactly the areas it may use,
 * entering an organization lands each role on its first area (a Financial Manager on Costs, not on an
 * empty Apps page), and an Organization User — "view-only on every app" (SPEC §3.1) — reads every
 * labeling task without a single control to change one.
 */
import { describe, expect, it } from 'vitest';
import { asc, count, eq } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import OrgLayout from '@/app/(app)/orgs/[orgId]/layout';
import OrgAppsPage from '@/app/(app)/orgs/[orgId]/page';
import { OrgSidebar } from '@/app/(app)/orgs/[orgId]/_components/org-sidebar';
import { OrgNavLinks, type OrgNavLink } from '@/app/(app)/orgs/[orgId]/_components/org-nav-links';
import AppWorkspaceLayout from '@/app/(app)/orgs/[orgId]/apps/[appId]/layout';
import { AppNav } from '@/app/(app)/orgs/[orgId]/apps/[appId]/_components/app-nav';
import AppOverviewPage from '@/app/(app)/orgs/[orgId]/apps/[appId]/page';
import TasksPage from '@/app/(app)/orgs/[orgId]/apps/[appId]/tasks/page';
import TaskPage from '@/app/(app)/orgs/[orgId]/apps/[appId]/tasks/[taskId]/page';
import {
  assignTaskAction,
  createLabelingTaskAction,
  deleteLabelingTaskAction,
  saveAnnotationAction,
  updateAssignmentStatusAction,
} from '@/app/(app)/orgs/[orgId]/apps/[appId]/tasks/actions';
import { CreateTaskDialog } from '@/app/(app)/orgs/[orgId]/apps/[appId]/tasks/_components/create-task-dialog';
import { AssignDialog, DeleteTaskButton } from '@/app/(app)/orgs/[orgId]/apps/[appId]/tasks/_components/manage-controls';
import { ReviewDialog } from '@/app/(app)/orgs/[orgId]/apps/[appId]/tasks/_components/review-dialog';
import { TaskAnalytics } from '@/app/(app)/orgs/[orgId]/apps/[appId]/tasks/_components/task-analytics';
import { YourWork } from '@/app/(app)/orgs/[orgId]/apps/[appId]/tasks/_components/your-work';
import { ORG_ROLES, type OrgRole } from '@/lib/permissions';
import { actAs } from '../support/session';
import { addMember, createOrg, createUser, unique } from '../factories';
import { createApp, createTeam, grantApp } from '../factories/teams';
import { elementsOf, notFoundFrom } from '../factories/render';

/** Each role's sidebar, by accessible name, in order (SPEC §3.2, §5, §8), written out by hand. */
const SIDEBAR: Record<OrgRole, string[]> = {
  admin: ['Apps', 'Members', 'Teams', 'Compute', 'Costs', 'Audit log', 'Your access', 'Roles', 'Settings', 'API tokens', 'API keys'],
  financial_manager: ['Teams', 'Costs', 'Your access', 'Roles'],
  org_contributor: ['Apps', 'Members', 'Teams', 'Compute', 'Your access', 'Roles'],
  org_user: ['Apps', 'Teams', 'Compute', 'Your access', 'Roles'],
  team_contributor: ['Apps', 'Teams', 'Your access', 'Roles'],
  infra_manager: ['Teams', 'Compute', 'Your access', 'Roles'],
};

/** Where entering the organization (`/orgs/[orgId]`) leads each role: null = it stays on Apps. */
const LANDING: Record<OrgRole, string | null> = {
  admin: null,
  financial_manager: 'costs',
  org_contributor: null,
  org_user: null,
  team_contributor: null,
  infra_manager: 'compute',
};

const orgProps = (orgId: string) => ({ params: Promise.resolve({ orgId }), searchParams: Promise.resolve({}) });

/** The sidebar links the organization layout renders for the signed-in member. */
async function sidebarLinks(orgId: string): Promise<OrgNavLink[]> {
  const layout = await OrgLayout({ children: null, params: Promise.resolve({ orgId }) });
  const [sidebar] = elementsOf(layout, OrgSidebar);
  const tree = OrgSidebar(sidebar!.props as Parameters<typeof OrgSidebar>[0]);
  return elementsOf(tree, OrgNavLinks)[0]!.props.links as OrgNavLink[];
}

/** The URL a page redirected to (Next's redirect()), or null when it rendered. */
async function redirectFrom(render: () => Promise<unknown>): Promise<string | null> {
  try {
    await render();
    return null;
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? '');
    if (!digest.startsWith('NEXT_REDIRECT')) throw error;
    return digest.split(';')[2] ?? null;
  }
}

async function orgWithEveryRole() {
  const admin = await createUser();
  const { id: orgId } = await createOrg(admin);
  const members = { admin } as Record<OrgRole, { id: string; email: string }>;
  for (const role of ORG_ROLES) if (role !== 'admin') members[role] = await addMember(orgId, role);
  return { orgId, members };
}

describe('the organization sidebar', () => {
  it.each(ORG_ROLES)('%s: lists exactly the areas it may use, each linking to its route', async (role) => {
    const { orgId, members } = await orgWithEveryRole();
    await actAs(members[role]);
    const links = await sidebarLinks(orgId);
    expect(links.map((l) => l.label)).toEqual(SIDEBAR[role]);
    const hrefOf = Object.fromEntries(links.map((l) => [l.label, l.href]));
    expect(hrefOf['Your access']).toBe(`/orgs/${orgId}/members/${members[role].id}`);
    if (hrefOf.Apps) expect(hrefOf.Apps).toBe(`/orgs/${orgId}`);
    if (hrefOf.Settings) expect(hrefOf.Settings).toBe(`/orgs/${orgId}/settings`);
    if (hrefOf['API tokens']) expect(hrefOf['API tokens']).toBe(`/orgs/${orgId}/api-tokens`);
    if (hrefOf['API keys']) expect(hrefOf['API keys']).toBe(`/orgs/${orgId}/api-keys`);
    if (hrefOf.Costs) expect(hrefOf.Costs).toBe(`/orgs/${orgId}/costs`);
  });

  it('a non-member gets 404, not a sidebar', async () => {
    const { orgId } = await orgWithEveryRole();
    await actAs(await createUser());
    expect(await notFoundFrom(() => OrgLayout({ children: null, params: Promise.resolve({ orgId }) }))).toBe(true);
  });
});

describe('entering an organization (/orgs/[orgId])', () => {
  it.each(ORG_ROLES)('%s lands on its first area', async (role) => {
    const { orgId, members } = await orgWithEveryRole();
    await actAs(members[role]);
    const landing = LANDING[role];
    expect(await redirectFrom(() => OrgAppsPage(orgProps(orgId)))).toBe(landing === null ? null : `/orgs/${orgId}/${landing}`);
  });

  it('a Financial Manager whose team grants an app still lands on Costs (the app is reached through its team)', async () => {
    const { orgId, members } = await orgWithEveryRole();
    const app = await createApp({ orgId });
    const { id: teamId } = await createTeam(orgId, { members: [members.financial_manager] });
    await grantApp(orgId, teamId, app.id, 'model_trainer');
    await actAs(members.financial_manager);
    expect(await redirectFrom(() => OrgAppsPage(orgProps(orgId)))).toBe(`/orgs/${orgId}/costs`);
  });

  it('a non-member gets 404', async () => {
    const { orgId } = await orgWithEveryRole();
    await actAs(await createUser());
    expect(await notFoundFrom(() => OrgAppsPage(orgProps(orgId)))).toBe(true);
  });
});

/** An app with a dataset of 2 inputs, concepts cat and dog, and a task assigned to a Labeler Worker. */
async function orgWithTask() {
  const admin = await createUser({ name: 'Ada Admin' });
  const { id: orgId } = await createOrg(admin);
  const app = await createApp({ orgId });
  const viewer = await addMember(orgId, 'org_user', await createUser({ name: 'Uma User' }));
  const worker = await addMember(orgId, 'team_contributor', await createUser({ name: 'Wanda Worker' }));
  const { id: teamId } = await createTeam(orgId, { defaultPermission: 'labeler_worker', members: [worker] });
  await grantApp(orgId, teamId, app.id, 'labeler_worker');
  const db = await getDb();
  const [dataset] = await db
    .insert(schema.datasets)
    .values({ orgId, appId: app.id, name: unique('ds') })
    .returning({ id: schema.datasets.id });
  const concepts = await db
    .insert(schema.concepts)
    .values(['cat', 'dog'].map((name) => ({ orgId, appId: app.id, name })))
    .returning({ id: schema.concepts.id });
  const inputs = await db
    .insert(schema.inputs)
    .values([1, 2].map((i) => ({ orgId, appId: app.id, datasetId: dataset!.id, kind: 'text', content: `input ${i}` })))
    .returning({ id: schema.inputs.id });
  await actAs(admin);
  const created = await createLabelingTaskAction({
    orgId,
    appId: app.id,
    name: 'Shelter photos',
    datasetId: dataset!.id,
    conceptIds: concepts.map((c) => c.id),
    instructions: 'Pick the animal in front.',
  });
  if (!created.ok) throw new Error(created.message);
  const taskId = created.data.id;
  const assigned = await assignTaskAction({ orgId, appId: app.id, taskId, userIds: [worker.id] });
  if (!assigned.ok) throw new Error(assigned.message);
  return { orgId, app, viewer, worker, taskId, conceptIds: concepts.map((c) => c.id), inputIds: inputs.map((i) => i.id) };
}

/** Every string handed to any component of a rendered page (props walked, components not run). */
function propStrings(node: unknown, out: string[] = [], depth = 0): string[] {
  if (depth > 60 || node == null) return out;
  if (typeof node === 'string') out.push(node);
  else if (Array.isArray(node)) for (const child of node) propStrings(child, out, depth + 1);
  else if (typeof node === 'object') for (const value of Object.values(node as Record<string, unknown>)) propStrings(value, out, depth + 1);
  return out;
}

async function labelingRows(orgId: string) {
  const db = await getDb();
  const { labelingTasks: t, taskAssignees: ta, annotations: an, auditEvents: ae } = schema;
  const [audit] = await db.select({ n: count() }).from(ae).where(eq(ae.orgId, orgId));
  return {
    tasks: await db.select().from(t).where(eq(t.orgId, orgId)).orderBy(asc(t.id)),
    assignees: await db.select().from(ta).where(eq(ta.orgId, orgId)).orderBy(asc(ta.userId)),
    annotations: await db.select().from(an).where(eq(an.orgId, orgId)).orderBy(asc(an.id)),
    audit: Number(audit?.n),
  };
}

describe('an Organization User sees labeling tasks read-only', () => {
  const props = (orgId: string, appId: string, taskId = '') => ({
    params: Promise.resolve({ orgId, appId, taskId }),
    searchParams: Promise.resolve({}),
  });

  it('the workspace links Labeling tasks and counts every task', async () => {
    const { orgId, app, viewer } = await orgWithTask();
    await actAs(viewer);
    const layout = await AppWorkspaceLayout({ children: null, params: Promise.resolve({ orgId, appId: app.slug }) });
    const nav = elementsOf(layout, AppNav)[0]!.props.links as Array<{ label: string }>;
    expect(nav.map((l) => l.label)).toContain('Labeling tasks');
    const overview = propStrings(await AppOverviewPage({ params: Promise.resolve({ orgId, appId: app.slug }) }));
    expect(overview).toContain('Labeling tasks');
    expect(overview).not.toContain('Tasks assigned to you');
  });

  it('the list shows every task, without Create labeling task or assignee names', async () => {
    const { orgId, app, viewer } = await orgWithTask();
    await actAs(viewer);
    const list = await TasksPage(props(orgId, app.slug));
    const text = propStrings(list).join('\n');
    expect(text).toContain('Shelter photos');
    expect(text).toContain('You can view them, not change them.');
    expect(text).not.toContain('Wanda Worker');
    expect(elementsOf(list, CreateTaskDialog)).toHaveLength(0);
  });

  it('a task shows its details and progress, and no control: no Assign, Review, Delete task, analytics per assignee or work', async () => {
    const { orgId, app, viewer, worker, taskId } = await orgWithTask();
    await actAs(viewer);
    const page = await TaskPage(props(orgId, app.slug, taskId));
    const text = propStrings(page).join('\n');
    expect(text).toContain('Shelter photos');
    expect(text).toContain('Pick the animal in front.');
    expect(text).toContain('Progress');
    expect(text).not.toContain('Wanda Worker');
    expect(text).not.toContain(worker.email);
    for (const control of [AssignDialog, ReviewDialog, DeleteTaskButton, TaskAnalytics, YourWork]) {
      expect(elementsOf(page, control)).toHaveLength(0);
    }
    expect(await notFoundFrom(() => TaskPage(props(orgId, app.slug, crypto.randomUUID())))).toBe(true);
  });

  it('every write is still refused, and nothing changes', async () => {
    const { orgId, app, viewer, taskId, conceptIds, inputIds } = await orgWithTask();
    const before = await labelingRows(orgId);
    await actAs(viewer);
    const ref = { orgId, appId: app.id, taskId };
    expect(await assignTaskAction({ ...ref, userIds: [viewer.id] })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await deleteLabelingTaskAction(ref)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await saveAnnotationAction({ ...ref, inputId: inputIds[0]!, conceptId: conceptIds[0]! })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(await updateAssignmentStatusAction({ ...ref, status: 'completed' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await labelingRows(orgId)).toEqual(before);
  });

  it('a Labeler Worker still sees only the tasks assigned to them', async () => {
    const { orgId, app, worker, taskId } = await orgWithTask();
    await actAs(worker);
    const text = propStrings(await TasksPage(props(orgId, app.slug))).join('\n');
    expect(text).toContain('The labeling tasks assigned to you.');
    expect(await TaskPage(props(orgId, app.slug, taskId))).toBeTruthy();
  });
});
