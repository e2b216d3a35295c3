/**
 * /api/v1 apps through the typed client: create (Idempotency-Key, Location), get, update each field
 * through its command in one transaction, teams with access, delete, transfer; the list as the Apps page shows it
 * to each role; refusals by role, scope, visibility and organization leaving the database as it was.
 */
import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { SCOPES } from '@/lib/permissions/scopes';
import { apiClient } from '../support/api-client';
import { createApiToken } from '../factories/api-tokens';
import { addMember, createOrg, createUser } from '../factories';
import { appRow, createApp, createTeam, grantApp, memberInTeam, tenantSnapshot } from '../factories/teams';

const APPS = '/api/v1/orgs/{orgId}/apps' as const;
const APP = '/api/v1/orgs/{orgId}/apps/{appId}' as const;
const APP_TEAMS = '/api/v1/orgs/{orgId}/apps/{appId}/teams' as const;

async function orgWithAdminToken() {
  const admin = await createUser({ name: 'Ada Admin' });
  const { id: orgId } = await createOrg(admin);
  const { secret, id: tokenId } = await createApiToken(orgId, admin);
  return { admin, orgId, tokenId, api: apiClient(secret) };
}

async function auditOf(orgId: string, action: string) {
  const db = await getDb();
  const e = schema.auditEvents;
  return db
    .select()
    .from(e)
    .where(and(eq(e.orgId, orgId), eq(e.action, action)));
}

describe('/api/v1 apps', () => {
  it('creates, reads, updates, lists the teams of and deletes an app, audited with the token as actor', async () => {
    const { orgId, api, tokenId } = await orgWithAdminToken();
    const headers = { 'Idempotency-Key': 'create-vision' };
    const created = await api.POST(APPS, { params: { path: { orgId }, header: headers }, body: { slug: 'vision', name: 'Vision' } });
    expect(created.response.status).toBe(201);
    const app = created.data!;
    expect(app).toMatchObject({ slug: 'vision', name: 'Vision', description: '', notes: '', visibility: 'private' });
    expect(created.response.headers.get('location')).toBe(`/api/v1/orgs/${orgId}/apps/${app.id}`);
    const replay = await api.POST(APPS, { params: { path: { orgId }, header: headers }, body: { slug: 'vision', name: 'Vision' } });
    expect(replay.response.status).toBe(201);
    expect(replay.response.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.data).toEqual(app);
    const [event] = await auditOf(orgId, 'app.created');
    expect(event).toMatchObject({ actorKind: 'api_token', targetId: 'vision', data: { appId: app.id, token: { id: tokenId } } });

    const path = { orgId, appId: app.id };
    expect((await api.GET(APP, { params: { path } })).data).toEqual(app);

    // Fields left out keep their value; each field goes through its own command.
    const patched = await api.PATCH(APP, { params: { path }, body: { description: 'Finds cats.', visibility: 'org' } });
    expect(patched.response.status).toBe(200);
    expect(patched.data).toMatchObject({ name: 'Vision', description: 'Finds cats.', notes: '', visibility: 'org' });
    expect(await auditOf(orgId, 'app.updated')).toMatchObject([{ actorKind: 'api_token', data: { before: { name: 'Vision' } } }]);
    expect(await auditOf(orgId, 'app.visibility_changed')).toMatchObject([
      { actorKind: 'api_token', data: { after: { visibility: 'org' } } },
    ]);

    const labelers = await createTeam(orgId, { id: 'a-labelers', name: 'Labelers' });
    const trainers = await createTeam(orgId, { id: 'b-trainers', name: 'Trainers', members: [await addMember(orgId, 'org_user')] });
    await grantApp(orgId, labelers.id, app.id, 'labeler_lead');
    await grantApp(orgId, trainers.id, app.id, 'model_trainer');
    const teams = await api.GET(APP_TEAMS, { params: { path, query: { limit: 1 } } });
    expect(teams.data).toEqual({
      data: [{ team_id: 'a-labelers', team_name: 'Labelers', level: 'labeler_lead', member_count: 0 }],
      next_cursor: 'a-labelers',
      total: 2,
    });
    expect(teams.response.headers.get('link')).toMatch(/\/teams\?limit=1&cursor=a-labelers>; rel="next"$/);
    const more = await api.GET(APP_TEAMS, { params: { path, query: { limit: 1, cursor: 'a-labelers' } } });
    expect(more.data).toEqual({
      data: [{ team_id: 'b-trainers', team_name: 'Trainers', level: 'model_trainer', member_count: 1 }],
      next_cursor: null,
      total: 2,
    });

    const deleted = await api.DELETE(APP, { params: { path } });
    expect(deleted.response.status).toBe(204);
    expect(await appRow(app.id)).toBeNull();
    expect(await auditOf(orgId, 'app.deleted')).toMatchObject([{ actorKind: 'api_token', targetId: 'vision' }]);
    expect((await api.GET(APP, { params: { path } })).response.status).toBe(404);
  });

  it('refuses invalid fields beside each field, and a taken App ID, changing nothing', async () => {
    const { orgId, api } = await orgWithAdminToken();
    const existing = await createApp({ orgId }, { slug: 'taken' });
    const before = await tenantSnapshot([orgId]);
    const invalid = await api.POST(APPS, { params: { path: { orgId } }, body: { slug: 'Not OK', name: '' } });
    expect(invalid.response.status).toBe(422);
    expect(invalid.error!.errors!.map((e) => e.pointer).sort()).toEqual(['#/name', '#/slug']);
    const taken = await api.POST(APPS, { params: { path: { orgId } }, body: { slug: 'taken', name: 'Again' } });
    expect(taken.response.status).toBe(422);
    expect(taken.error).toMatchObject({
      errors: [{ pointer: '#/slug', detail: 'This App ID is taken in this organization. Choose another.' }],
    });
    const empty = await api.PATCH(APP, { params: { path: { orgId, appId: existing.id } }, body: {} });
    expect(empty.response.status).toBe(422);
    expect(empty.error).toMatchObject({ errors: [{ pointer: '#' }] });
    const tooLong = await api.PATCH(APP, { params: { path: { orgId, appId: existing.id } }, body: { description: 'x'.repeat(2001) } });
    expect(tooLong.error).toMatchObject({ errors: [{ pointer: '#/description' }] });
    expect(await tenantSnapshot([orgId])).toEqual(before);
  });

  it('lists the apps by App ID in pages linked by cursor, and searches them', async () => {
    const { orgId, api } = await orgWithAdminToken();
    for (const slug of ['alpha', 'bravo', 'charlie']) await createApp({ orgId }, { slug, name: `App ${slug}` });
    const first = await api.GET(APPS, { params: { path: { orgId }, query: { limit: 2 } } });
    expect(first.data!.data.map((a) => a.slug)).toEqual(['alpha', 'bravo']);
    expect(first.response.headers.get('link')).toBe(`</api/v1/orgs/${orgId}/apps?limit=2&cursor=bravo>; rel="next"`);
    const second = await api.GET(APPS, { params: { path: { orgId }, query: { limit: 2, cursor: first.data!.next_cursor! } } });
    expect(second.data).toMatchObject({ data: [{ slug: 'charlie' }], next_cursor: null });
    const searched = await api.GET(APPS, { params: { path: { orgId }, query: { q: 'CHAR' } } });
    expect(searched.data!.data.map((a) => a.slug)).toEqual(['charlie']);
    const tooMany = await api.GET(APPS, { params: { path: { orgId }, query: { limit: 51 } } });
    expect(tooMany.response.status).toBe(400);
  });

  it("shows a Team Contributor's token only the apps its teams grant and those open to the organization", async () => {
    const { orgId } = await orgWithAdminToken();
    const { id: teamId } = await createTeam(orgId);
    const contributor = await memberInTeam(orgId, 'team_contributor', teamId);
    const granted = await createApp({ orgId }, { slug: 'granted' });
    const open = await createApp({ orgId }, { slug: 'open', visibility: 'org' });
    const hidden = await createApp({ orgId }, { slug: 'hidden' });
    await grantApp(orgId, teamId, granted.id, 'labeler_worker');
    const api = apiClient((await createApiToken(orgId, contributor)).secret);

    const list = await api.GET(APPS, { params: { path: { orgId } } });
    expect(list.data!.data.map((a) => a.slug)).toEqual(['granted', 'open']);
    expect((await api.GET(APP, { params: { path: { orgId, appId: granted.id } } })).response.status).toBe(200);
    expect((await api.GET(APP, { params: { path: { orgId, appId: open.id } } })).response.status).toBe(200);
    const notVisible = await api.GET(APP, { params: { path: { orgId, appId: hidden.id } } });
    expect(notVisible.response.status).toBe(404);
    expect((await api.GET(APP_TEAMS, { params: { path: { orgId, appId: hidden.id } } })).response.status).toBe(404);
    // Labeler Worker sees the app but not who else has access to it, as on the settings page.
    const teams = await api.GET(APP_TEAMS, { params: { path: { orgId, appId: granted.id } } });
    expect(teams.response.status).toBe(403);

    const before = await tenantSnapshot([orgId]);
    expect((await api.PATCH(APP, { params: { path: { orgId, appId: hidden.id } }, body: { name: 'Mine' } })).response.status).toBe(404);
    expect((await api.DELETE(APP, { params: { path: { orgId, appId: hidden.id } } })).response.status).toBe(404);
    expect((await api.DELETE(APP, { params: { path: { orgId, appId: granted.id } } })).response.status).toBe(403);
    expect((await api.POST(APPS, { params: { path: { orgId } }, body: { slug: 'new-one', name: 'New' } })).response.status).toBe(403);
    expect(await tenantSnapshot([orgId])).toEqual(before);
  });

  it('makes every change of one request or none: a refused visibility change keeps the new name out too', async () => {
    const { orgId } = await orgWithAdminToken();
    const { id: teamId } = await createTeam(orgId);
    const contributor = await memberInTeam(orgId, 'team_contributor', teamId);
    const app = await createApp({ orgId }, { slug: 'shared', name: 'Shared' });
    await grantApp(orgId, teamId, app.id, 'full_access');
    const api = apiClient((await createApiToken(orgId, contributor)).secret);
    const path = { orgId, appId: app.id };

    const before = await tenantSnapshot([orgId]);
    // Full Access may edit the details; visibility is app administration, for roles only.
    const both = await api.PATCH(APP, { params: { path }, body: { name: 'Renamed', visibility: 'org' } });
    expect(both.response.status).toBe(403);
    expect(both.error).toMatchObject({ detail: 'Your access to this app does not allow this.' });
    expect(await tenantSnapshot([orgId])).toEqual(before);

    const renamed = await api.PATCH(APP, { params: { path }, body: { name: 'Renamed' } });
    expect(renamed.data).toMatchObject({ name: 'Renamed', visibility: 'private' });
  });

  it('refuses a token without the scope, an Org User by role, and apps of another organization', async () => {
    const { admin, orgId, api } = await orgWithAdminToken();
    const app = await createApp({ orgId }, { slug: 'kept', name: 'Kept' });
    const path = { orgId, appId: app.id };
    const other = await orgWithAdminToken();
    const foreign = await createApp({ orgId: other.orgId });
    const orgUser = apiClient((await createApiToken(orgId, await addMember(orgId, 'org_user'))).secret);
    const before = await tenantSnapshot([orgId, other.orgId]);

    const noEdit = apiClient((await createApiToken(orgId, admin, { scopes: SCOPES.filter((s) => s !== 'app.edit_details') })).secret);
    const refused = await noEdit.PATCH(APP, { params: { path }, body: { notes: 'No.' } });
    expect(refused.response.status).toBe(403);
    expect(refused.error).toMatchObject({ detail: 'The token does not have the app.edit_details scope.' });
    const noCreate = apiClient((await createApiToken(orgId, admin, { scopes: ['org.apps.view', 'app.view'] })).secret);
    expect((await noCreate.POST(APPS, { params: { path: { orgId } }, body: { slug: 'nope', name: 'Nope' } })).response.status).toBe(403);
    expect((await noCreate.GET(APP_TEAMS, { params: { path } })).error).toMatchObject({
      detail: 'The token does not have the app.collaborators.view scope.',
    });
    // Without app.view the app is out of reach, as for the browser's door (openApp).
    const noView = apiClient((await createApiToken(orgId, admin, { scopes: ['org.apps.view'] })).secret);
    expect((await noView.GET(APP, { params: { path } })).response.status).toBe(404);
    const noList = apiClient((await createApiToken(orgId, admin, { scopes: ['app.view'] })).secret);
    expect((await noList.GET(APPS, { params: { path: { orgId } } })).error).toMatchObject({
      status: 403,
      detail: 'The token does not have the org.apps.view scope.',
    });

    expect((await orgUser.GET(APP, { params: { path } })).response.status).toBe(200);
    expect((await orgUser.PATCH(APP, { params: { path }, body: { name: 'Mine' } })).response.status).toBe(403);
    expect((await orgUser.DELETE(APP, { params: { path } })).response.status).toBe(403);

    expect((await api.GET(APP, { params: { path: { orgId, appId: foreign.id } } })).response.status).toBe(404);
    expect((await api.DELETE(APP, { params: { path: { orgId, appId: foreign.id } } })).response.status).toBe(404);
    expect((await api.GET(APP, { params: { path: { orgId, appId: 'not-a-uuid' } } })).response.status).toBe(404);
    expect((await api.GET(APPS, { params: { path: { orgId: other.orgId } } })).response.status).toBe(404);
    expect(await tenantSnapshot([orgId, other.orgId])).toEqual(before);
  });

  it('moves an app to another organization where the owner may create apps, pointing refusals at the body field', async () => {
    const { admin, orgId, api } = await orgWithAdminToken();
    const app = await createApp({ orgId }, { slug: 'vision' });
    const elsewhere = await createOrg(await createUser());
    const transfer = (body: { organization_id: string; slug?: string }) =>
      api.POST('/api/v1/orgs/{orgId}/apps/{appId}/transfer', { params: { path: { orgId, appId: app.id } }, body });

    const notThere = await transfer({ organization_id: elsewhere.id });
    expect(notThere.response.status).toBe(422);
    expect(notThere.error).toMatchObject({
      errors: [{ pointer: '#/organization_id', detail: expect.stringContaining('cannot create apps') }],
    });

    const destination = await createOrg(admin);
    await createApp({ orgId: destination.id }, { slug: 'vision' });
    const taken = await transfer({ organization_id: destination.id });
    expect(taken.error).toMatchObject({ errors: [{ pointer: '#/slug' }] });
    expect(await appRow(app.id)).toMatchObject({ orgId });

    const moved = await transfer({ organization_id: destination.id, slug: 'vision-2' });
    expect(moved.response.status).toBe(200);
    expect(moved.data).toMatchObject({ id: app.id, slug: 'vision-2' });
    expect(moved.response.headers.get('location')).toBe(`/api/v1/orgs/${destination.id}/apps/${app.id}`);
    expect(await appRow(app.id)).toMatchObject({ orgId: destination.id, slug: 'vision-2' });
    expect(await auditOf(destination.id, 'app.transferred_in')).toHaveLength(1);
  });
});
