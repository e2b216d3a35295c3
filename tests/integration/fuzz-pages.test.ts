/**
 * URLs are input too: hostile route segments and search parameters render a page or the 404 page,
 * never a server error.
 */
import { describe, expect, it } from 'vitest';
import MembersPage from '@/app/(app)/orgs/[orgId]/members/page';
import MemberPage from '@/app/(app)/orgs/[orgId]/members/[userId]/page';
import TeamsPage from '@/app/(app)/orgs/[orgId]/teams/page';
import TeamPage from '@/app/(app)/orgs/[orgId]/teams/[teamId]/page';
import AuditLogPage from '@/app/(app)/orgs/[orgId]/audit-log/page';
import AppSettingsPage from '@/app/(app)/orgs/[orgId]/apps/[appId]/settings/page';
import OrgAppsPage from '@/app/(app)/orgs/[orgId]/page';
import AppOverviewPage from '@/app/(app)/orgs/[orgId]/apps/[appId]/page';
import ConceptsPage from '@/app/(app)/orgs/[orgId]/apps/[appId]/concepts/page';
import DatasetsPage from '@/app/(app)/orgs/[orgId]/apps/[appId]/datasets/page';
import DatasetPage from '@/app/(app)/orgs/[orgId]/apps/[appId]/datasets/[datasetId]/page';
import WorkflowsPage from '@/app/(app)/orgs/[orgId]/apps/[appId]/workflows/page';
import ModelsPage from '@/app/(app)/orgs/[orgId]/apps/[appId]/models/page';
import ModelPage from '@/app/(app)/orgs/[orgId]/apps/[appId]/models/[modelId]/page';
import TasksPage from '@/app/(app)/orgs/[orgId]/apps/[appId]/tasks/page';
import TaskPage from '@/app/(app)/orgs/[orgId]/apps/[appId]/tasks/[taskId]/page';
import ComputePage from '@/app/(app)/orgs/[orgId]/compute/page';
import CostsPage from '@/app/(app)/orgs/[orgId]/costs/page';
import { createApp } from '../factories/teams';
import { actAs } from '../support/session';
import { createOrg, createUser } from '../factories';
import { getDb, schema } from '@/db';

const nasty = [
  '\u0000',
  'x'.repeat(5000),
  "'; drop table users; --",
  '%',
  '../../etc/passwd',
  '\uffff',
  Buffer.from('["\u0000",1]').toString('base64url'),
];

async function rendersOr404(render: () => Promise<unknown>) {
  try {
    await render();
  } catch (error) {
    expect(String((error as { digest?: string }).digest ?? error)).toContain('404');
  }
}

describe('hostile URLs', () => {
  it.each(nasty.map((v) => [JSON.stringify(v).slice(0, 40), v]))('%s as segments and search parameters', async (_name, value) => {
    const admin = await createUser();
    const { id: orgId } = await createOrg(admin);
    await actAs(admin);
    const search = Promise.resolve({ q: value, after: value, tab: value, member: value, action: value });
    await rendersOr404(() => MembersPage({ params: Promise.resolve({ orgId }), searchParams: search }));
    await rendersOr404(() => TeamsPage({ params: Promise.resolve({ orgId }), searchParams: search }));
    await rendersOr404(() => AuditLogPage({ params: Promise.resolve({ orgId }), searchParams: search }));
    await rendersOr404(() => MemberPage({ params: Promise.resolve({ orgId, userId: value }) }));
    await rendersOr404(() => TeamPage({ params: Promise.resolve({ orgId, teamId: value }), searchParams: search }));
    await rendersOr404(() => AppSettingsPage({ params: Promise.resolve({ orgId, appId: value }) }));
    await rendersOr404(() => OrgAppsPage({ params: Promise.resolve({ orgId: value }) }));
    await rendersOr404(() => ComputePage({ params: Promise.resolve({ orgId }), searchParams: search }));
    await rendersOr404(() => CostsPage({ params: Promise.resolve({ orgId }) }));
  });

  it.each(nasty.map((v) => [JSON.stringify(v).slice(0, 40), v]))('%s inside an app workspace', async (_name, value) => {
    const admin = await createUser();
    const { id: orgId } = await createOrg(admin);
    const { slug } = await createApp({ orgId });
    await actAs(admin);
    const search = Promise.resolve({ q: value, after: value, before: value });
    const inApp = Promise.resolve({ orgId, appId: slug });
    for (const appId of [slug, value]) {
      await rendersOr404(() => AppOverviewPage({ params: Promise.resolve({ orgId, appId }) }));
      await rendersOr404(() => ConceptsPage({ params: Promise.resolve({ orgId, appId }) }));
      await rendersOr404(() => DatasetsPage({ params: Promise.resolve({ orgId, appId }) }));
      await rendersOr404(() => WorkflowsPage({ params: Promise.resolve({ orgId, appId }) }));
    }
    await rendersOr404(() => ModelsPage({ params: inApp, searchParams: search }));
    await rendersOr404(() => TasksPage({ params: inApp, searchParams: search }));
    await rendersOr404(() => DatasetPage({ params: Promise.resolve({ orgId, appId: slug, datasetId: value }), searchParams: search }));
    await rendersOr404(() => ModelPage({ params: Promise.resolve({ orgId, appId: slug, modelId: value }), searchParams: search }));
    await rendersOr404(() => TaskPage({ params: Promise.resolve({ orgId, appId: slug, taskId: value }), searchParams: search }));
  });

  it('repeated search parameters (?q=a&q=b arrive as arrays) render the page with the first of each', async () => {
    const admin = await createUser();
    const { id: orgId } = await createOrg(admin);
    const { slug } = await createApp({ orgId });
    await (await getDb()).insert(schema.teams).values({ orgId, id: 'crew', name: 'Crew', defaultPermission: 'labeler_worker' });
    await actAs(admin);
    const twice = ['a', 'b'];
    const search = () => Promise.resolve({ q: twice, after: twice, before: twice, tab: ['apps', 'members'], member: twice, action: twice });
    const inApp = Promise.resolve({ orgId, appId: slug });
    // Rendering without throwing is the assertion: each of these threw a TypeError (a 500) on an array.
    await expect(MembersPage({ params: Promise.resolve({ orgId }), searchParams: search() })).resolves.toBeTruthy();
    await expect(TeamsPage({ params: Promise.resolve({ orgId }), searchParams: search() })).resolves.toBeTruthy();
    await expect(TeamPage({ params: Promise.resolve({ orgId, teamId: 'crew' }), searchParams: search() })).resolves.toBeTruthy();
    await expect(AuditLogPage({ params: Promise.resolve({ orgId }), searchParams: search() })).resolves.toBeTruthy();
    await expect(AppSettingsPage({ params: inApp, searchParams: search() })).resolves.toBeTruthy();
    await expect(ComputePage({ params: Promise.resolve({ orgId }), searchParams: search() })).resolves.toBeTruthy();
    await expect(ModelsPage({ params: inApp, searchParams: search() })).resolves.toBeTruthy();
    await expect(TasksPage({ params: inApp, searchParams: search() })).resolves.toBeTruthy();
  });
});
