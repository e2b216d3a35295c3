/**
 * /api/v1 a member's effective access (their own with access.view_own, anyone's with access.view_any, each
 * permission with what grants it) and the audit log (filters and cursor as on its page, API events with
 * the token as actor).
 */
import { describe, expect, it } from 'vitest';
import { SCOPES } from '@/lib/permissions/scopes';
import { apiClient } from '../support/api-client';
import { createApiToken } from '../factories/api-tokens';
import { addMember, createOrg, createUser } from '../factories';
import { createApp, createTeam, grantApp, memberInTeam } from '../factories/teams';

const ACCESS = '/api/v1/orgs/{orgId}/members/{userId}/access' as const;
const AUDIT = '/api/v1/orgs/{orgId}/audit-log' as const;

async function orgWithAdminToken() {
  const admin = await createUser({ name: 'Ada Admin' });
  const { id: orgId } = await createOrg(admin);
  const { secret, id: tokenId } = await createApiToken(orgId, admin);
  return { admin, orgId, tokenId, api: apiClient(secret) };
}

describe('/api/v1 effective access', () => {
  it("shows a member's role, its organization permissions and each app's permissions with their sources", async () => {
    const { orgId, api } = await orgWithAdminToken();
    const { id: teamId } = await createTeam(orgId, { id: 'labelers', name: 'Labelers' });
    const member = await memberInTeam(orgId, 'team_contributor', teamId, 'Tess Team');
    const granted = await createApp({ orgId }, { slug: 'granted', name: 'Granted' });
    const open = await createApp({ orgId }, { slug: 'open', visibility: 'org' });
    await createApp({ orgId }, { slug: 'hidden' });
    await grantApp(orgId, teamId, granted.id, 'labeler_worker');

    const read = await api.GET(ACCESS, { params: { path: { orgId, userId: member.id } } });
    expect(read.response.status).toBe(200);
    const access = read.data!;
    expect(access).toMatchObject({ user_id: member.id, name: 'Tess Team', email: member.email, role: 'team_contributor' });
    expect(access.org_permissions).toContain('access.view_own');
    expect(access.org_permissions).not.toContain('members.view');
    expect(access.apps.map((a) => a.slug)).toEqual(['granted', 'open']);
    const [onGranted, onOpen] = access.apps;
    expect(onGranted).toMatchObject({
      id: granted.id,
      visibility: 'private',
      teams: [{ team_id: 'labelers', team_name: 'Labelers', level: 'labeler_worker' }],
    });
    expect(onGranted!.permissions).toContainEqual({
      permission: 'app.view',
      granted_by: { role: false, visibility: false, levels: ['labeler_worker'] },
    });
    expect(onGranted!.permissions.map((p) => p.permission)).not.toContain('app.edit_details');
    expect(onOpen).toMatchObject({ id: open.id, visibility: 'org', teams: [] });
    expect(onOpen!.permissions).toContainEqual({ permission: 'app.view', granted_by: { role: false, visibility: true, levels: [] } });
  });

  it("needs access.view_any for another member's access, access.view_own for one's own", async () => {
    const { admin, orgId } = await orgWithAdminToken();
    const contributor = await addMember(orgId, 'org_contributor');
    const own = apiClient((await createApiToken(orgId, contributor)).secret);
    const self = await own.GET(ACCESS, { params: { path: { orgId, userId: contributor.id } } });
    expect(self.data).toMatchObject({ user_id: contributor.id, role: 'org_contributor' });
    const other = await own.GET(ACCESS, { params: { path: { orgId, userId: admin.id } } });
    expect(other.response.status).toBe(403);
    expect(other.error).toMatchObject({ detail: 'Your role does not allow this.' });

    const noAny = apiClient((await createApiToken(orgId, admin, { scopes: SCOPES.filter((s) => s !== 'access.view_any') })).secret);
    const refused = await noAny.GET(ACCESS, { params: { path: { orgId, userId: contributor.id } } });
    expect(refused.error).toMatchObject({ status: 403, detail: 'The token does not have the access.view_any scope.' });
    expect((await noAny.GET(ACCESS, { params: { path: { orgId, userId: admin.id } } })).response.status).toBe(200);
    const noOwn = apiClient((await createApiToken(orgId, contributor, { scopes: ['members.view'] })).secret);
    expect((await noOwn.GET(ACCESS, { params: { path: { orgId, userId: contributor.id } } })).response.status).toBe(403);

    const stranger = await orgWithAdminToken();
    const admins = apiClient((await createApiToken(orgId, admin)).secret);
    expect((await admins.GET(ACCESS, { params: { path: { orgId, userId: stranger.admin.id } } })).response.status).toBe(404);
    expect((await admins.GET(ACCESS, { params: { path: { orgId: stranger.orgId, userId: stranger.admin.id } } })).response.status).toBe(
      404,
    );
  });
});

describe('/api/v1 audit log', () => {
  it('lists an event made through the API with the token as actor, filtered and paged by cursor', async () => {
    const { admin, orgId, api, tokenId } = await orgWithAdminToken();
    for (const slug of ['one', 'two', 'three']) {
      const created = await api.POST('/api/v1/orgs/{orgId}/apps', { params: { path: { orgId } }, body: { slug, name: `App ${slug}` } });
      expect(created.response.status).toBe(201);
    }
    await api.PATCH('/api/v1/orgs/{orgId}/apps/{appId}', {
      params: { path: { orgId, appId: (await api.GET('/api/v1/orgs/{orgId}/apps', { params: { path: { orgId } } })).data!.data[0]!.id } },
      body: { visibility: 'org' },
    });

    const all = await api.GET(AUDIT, { params: { path: { orgId } } });
    expect(all.data!.data.map((e) => e.action)).toEqual(['app.visibility_changed', 'app.created', 'app.created', 'app.created']);
    expect(all.data!.data[1]).toMatchObject({
      action: 'app.created',
      actor: { id: admin.id, name: 'Ada Admin', email: admin.email, kind: 'api_token' },
      target: { type: 'app', id: 'three' },
      data: { name: 'App three', token: { id: tokenId, name: 'Test token' } },
    });

    const created = await api.GET(AUDIT, { params: { path: { orgId }, query: { action: 'app.created', limit: 2 } } });
    expect(created.data!.data.map((e) => e.target.id)).toEqual(['three', 'two']);
    expect(created.response.headers.get('link')).toMatch(/\/audit-log\?action=app\.created&limit=2&cursor=[\w-]+>; rel="next"$/);
    const rest = await api.GET(AUDIT, {
      params: { path: { orgId }, query: { action: 'app.created', limit: 2, cursor: created.data!.next_cursor! } },
    });
    expect(rest.data).toMatchObject({ data: [{ target: { id: 'one' } }], next_cursor: null });

    const byMember = await api.GET(AUDIT, { params: { path: { orgId }, query: { member: 'ada admin' } } });
    expect(byMember.data!.data).toHaveLength(4);
    const nobody = await api.GET(AUDIT, { params: { path: { orgId }, query: { member: 'nobody here' } } });
    expect(nobody.data).toEqual({ data: [], next_cursor: null });
    const unknown = await api.GET(AUDIT, { params: { path: { orgId }, query: { action: 'app.exploded' as never } } });
    expect(unknown.response.status).toBe(400);
    expect(unknown.error).toMatchObject({ errors: [{ parameter: 'action' }] });
  });

  it('needs audit.view, by role and by scope, and shows only its own organization', async () => {
    const { admin, orgId } = await orgWithAdminToken();
    const noScope = apiClient((await createApiToken(orgId, admin, { scopes: SCOPES.filter((s) => s !== 'audit.view') })).secret);
    expect((await noScope.GET(AUDIT, { params: { path: { orgId } } })).error).toMatchObject({
      status: 403,
      detail: 'The token does not have the audit.view scope.',
    });
    const contributor = apiClient((await createApiToken(orgId, await addMember(orgId, 'org_contributor'))).secret);
    expect((await contributor.GET(AUDIT, { params: { path: { orgId } } })).error).toMatchObject({
      status: 403,
      detail: 'Your role does not allow this.',
    });
    const other = await orgWithAdminToken();
    expect((await other.api.GET(AUDIT, { params: { path: { orgId } } })).response.status).toBe(404);
  });
});
