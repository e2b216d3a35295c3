/**
 * /api/v1 teams through the typed client: the teams (list, create, get, update, delete), their members and
 * their app grants (with If-Match on a level change); each write audited with the token as actor and
 * refused exactly as the browser's command would be, with the database unchanged on refusal.
 */
import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { apiClient } from '../support/api-client';
import { createApiToken } from '../factories/api-tokens';
import { addMember, createOrg, createUser } from '../factories';
import { createApp, createTeam, teamAppGrants, teamMemberIds, teamOrg, teamRow, tenantSnapshot } from '../factories/teams';

async function adminApi() {
  const fx = await teamOrg();
  const { secret, id: tokenId } = await createApiToken(fx.orgId, fx.admin);
  return { ...fx, tokenId, api: apiClient(secret) };
}

async function auditEvent(orgId: string, action: string) {
  const db = await getDb();
  const ae = schema.auditEvents;
  const [event] = await db
    .select()
    .from(ae)
    .where(and(eq(ae.orgId, orgId), eq(ae.action, action)));
  return event;
}

describe('/api/v1 teams', () => {
  it('creates a team, adds a member, grants an app, changes the grant with If-Match, revokes it and deletes the team', async () => {
    const { orgId, notInTeam, freeApp, api, tokenId } = await adminApi();
    const created = await api.POST('/api/v1/orgs/{orgId}/teams', { params: { path: { orgId } }, body: { id: 'vision', name: 'Vision' } });
    expect(created.response.status).toBe(201);
    expect(created.data).toMatchObject({
      id: 'vision',
      name: 'Vision',
      default_permission: 'model_trainer',
      member_count: 0,
      app_count: 0,
    });
    expect(created.response.headers.get('location')).toBe(`/api/v1/orgs/${orgId}/teams/vision`);
    expect(await auditEvent(orgId, 'team.created')).toMatchObject({ actorKind: 'api_token', data: { token: { id: tokenId } } });
    const team = { orgId, teamId: 'vision' };

    const added = await api.POST('/api/v1/orgs/{orgId}/teams/{teamId}/members', {
      params: { path: team },
      body: { user_ids: [notInTeam.id] },
    });
    expect(added.data).toEqual({ added: 1 });
    expect(await teamMemberIds(orgId, 'vision')).toEqual([notInTeam.id]);
    const members = await api.GET('/api/v1/orgs/{orgId}/teams/{teamId}/members', { params: { path: team } });
    expect(members.data!.data).toMatchObject([{ user_id: notInTeam.id, email: notInTeam.email }]);

    const granted = await api.POST('/api/v1/orgs/{orgId}/teams/{teamId}/apps', {
      params: { path: team },
      body: { app_ids: [freeApp.id], permission: 'labeler_worker' },
    });
    expect(granted.data).toEqual({ added: 1 });
    const apps = await api.GET('/api/v1/orgs/{orgId}/teams/{teamId}/apps', { params: { path: team } });
    expect(apps.data!.data).toEqual([{ app_id: freeApp.id, slug: freeApp.slug, name: freeApp.name, permission: 'labeler_worker' }]);

    const grant = { ...team, appId: freeApp.id };
    const read = await api.GET('/api/v1/orgs/{orgId}/teams/{teamId}/apps/{appId}', { params: { path: grant } });
    const etag = read.response.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const changed = await api.PATCH('/api/v1/orgs/{orgId}/teams/{teamId}/apps/{appId}', {
      params: { path: grant, header: { 'If-Match': etag } },
      body: { permission: 'labeler_lead' },
    });
    expect(changed.response.status).toBe(200);
    expect(changed.data).toMatchObject({ app_id: freeApp.id, permission: 'labeler_lead' });
    expect(changed.response.headers.get('etag')).not.toBe(etag);
    const stale = await api.PATCH('/api/v1/orgs/{orgId}/teams/{teamId}/apps/{appId}', {
      params: { path: grant, header: { 'If-Match': etag } },
      body: { permission: 'full_access' },
    });
    expect(stale.response.status).toBe(412);
    expect(await teamAppGrants(orgId, 'vision')).toEqual([{ appId: freeApp.id, permission: 'labeler_lead' }]);
    expect(await auditEvent(orgId, 'team.app_permission_changed')).toMatchObject({
      actorKind: 'api_token',
      data: { after: 'labeler_lead' },
    });

    const revoked = await api.DELETE('/api/v1/orgs/{orgId}/teams/{teamId}/apps/{appId}', { params: { path: grant } });
    expect(revoked.response.status).toBe(204);
    expect(await teamAppGrants(orgId, 'vision')).toEqual([]);
    const again = await api.DELETE('/api/v1/orgs/{orgId}/teams/{teamId}/apps/{appId}', { params: { path: grant } });
    expect(again.response.status).toBe(404);

    const removed = await api.DELETE('/api/v1/orgs/{orgId}/teams/{teamId}/members/{userId}', {
      params: { path: { ...team, userId: notInTeam.id } },
    });
    expect(removed.response.status).toBe(204);
    expect(await teamMemberIds(orgId, 'vision')).toEqual([]);

    const deleted = await api.DELETE('/api/v1/orgs/{orgId}/teams/{teamId}', { params: { path: team } });
    expect(deleted.response.status).toBe(204);
    expect(await teamRow(orgId, 'vision')).toBeNull();
    expect(await auditEvent(orgId, 'team.deleted')).toMatchObject({ actorKind: 'api_token' });
  });

  it('lists teams by ID in pages linked by cursor, beyond the browser’s page size, and searched', async () => {
    const { orgId, teamId, api } = await adminApi();
    for (let i = 0; i < 60; i++) await createTeam(orgId, { id: `t-${String(i).padStart(2, '0')}`, name: `Squad ${i}` });
    const first = await api.GET('/api/v1/orgs/{orgId}/teams', { params: { path: { orgId }, query: { limit: 55 } } });
    expect(first.data!.data).toHaveLength(55);
    expect(first.data!.data[0]).toMatchObject({ id: 't-00', name: 'Squad 0', member_count: 0, app_count: 0 });
    expect(first.response.headers.get('link')).toMatch(/^<\/api\/v1\/orgs\/[^>]+\/teams\?limit=55&cursor=t-54>; rel="next"$/);
    const second = await api.GET('/api/v1/orgs/{orgId}/teams', {
      params: { path: { orgId }, query: { limit: 55, cursor: first.data!.next_cursor! } },
    });
    expect(second.data!.data.map((t) => t.id)).toEqual(['t-55', 't-56', 't-57', 't-58', 't-59', teamId]);
    expect(second.data!.next_cursor).toBeNull();

    const searched = await api.GET('/api/v1/orgs/{orgId}/teams', { params: { path: { orgId }, query: { q: 'squad 4' } } });
    expect(searched.data!.data.map((t) => t.id)).toEqual([
      't-04',
      't-40',
      't-41',
      't-42',
      't-43',
      't-44',
      't-45',
      't-46',
      't-47',
      't-48',
      't-49',
    ]);
    const mine = await api.GET('/api/v1/orgs/{orgId}/teams/{teamId}', { params: { path: { orgId, teamId } } });
    expect(mine.data).toMatchObject({ id: teamId, member_count: 1, app_count: 1 });
  });

  it('shows a member who may not manage teams only their own, as the browser', async () => {
    const { orgId, teamId, inTeam } = await adminApi();
    const { id: otherTeam } = await createTeam(orgId);
    const api = apiClient((await createApiToken(orgId, inTeam)).secret);
    const list = await api.GET('/api/v1/orgs/{orgId}/teams', { params: { path: { orgId } } });
    expect(list.data!.data.map((t) => t.id)).toEqual([teamId]);
    const own = await api.GET('/api/v1/orgs/{orgId}/teams/{teamId}/members', { params: { path: { orgId, teamId } } });
    expect(own.data!.data.map((m) => m.user_id)).toEqual([inTeam.id]);
    for (const response of [
      await api.GET('/api/v1/orgs/{orgId}/teams/{teamId}', { params: { path: { orgId, teamId: otherTeam } } }),
      await api.GET('/api/v1/orgs/{orgId}/teams/{teamId}/apps', { params: { path: { orgId, teamId: otherTeam } } }),
    ]) {
      expect(response.response.status).toBe(404);
    }
  });

  it('renames a team and changes its default permission, each through its command', async () => {
    const { orgId, teamId, teamApp, api } = await adminApi();
    const path = { orgId, teamId };
    const updated = await api.PATCH('/api/v1/orgs/{orgId}/teams/{teamId}', {
      params: { path },
      body: { name: 'Renamed', default_permission: 'labeler_lead' },
    });
    expect(updated.data).toMatchObject({ id: teamId, name: 'Renamed', default_permission: 'labeler_lead' });
    expect(await auditEvent(orgId, 'team.renamed')).toMatchObject({ actorKind: 'api_token', data: { after: 'Renamed' } });
    expect(await auditEvent(orgId, 'team.default_permission_changed')).toMatchObject({ data: { after: 'labeler_lead' } });
    expect(await teamAppGrants(orgId, teamId)).toEqual([{ appId: teamApp.id, permission: 'model_trainer' }]);

    const empty = await api.PATCH('/api/v1/orgs/{orgId}/teams/{teamId}', { params: { path }, body: {} });
    expect(empty.response.status).toBe(422);
    expect(empty.error).toMatchObject({ errors: [{ pointer: '#' }] });
    const blank = await api.PATCH('/api/v1/orgs/{orgId}/teams/{teamId}', { params: { path }, body: { name: '  ' } });
    expect(blank.error).toMatchObject({ status: 422, errors: [{ pointer: '#/name', detail: 'Enter a team name.' }] });
    expect((await teamRow(orgId, teamId))?.name).toBe('Renamed');
  });

  it('refuses a taken Team ID beside the field, and replays a retried creation', async () => {
    const { orgId, teamId, api } = await adminApi();
    const taken = await api.POST('/api/v1/orgs/{orgId}/teams', { params: { path: { orgId } }, body: { id: teamId, name: 'Again' } });
    expect(taken.error).toMatchObject({ status: 422, errors: [{ pointer: '#/id' }] });

    const request = {
      params: { path: { orgId }, header: { 'Idempotency-Key': 'create-ml' } },
      body: { id: 'ml', name: 'ML', default_permission: 'full_access' as const },
    };
    const first = await api.POST('/api/v1/orgs/{orgId}/teams', request);
    const retried = await api.POST('/api/v1/orgs/{orgId}/teams', request);
    expect(retried.response.status).toBe(201);
    expect(retried.response.headers.get('idempotent-replayed')).toBe('true');
    expect(retried.data).toEqual(first.data);
    expect(retried.response.headers.get('location')).toBe(`/api/v1/orgs/${orgId}/teams/ml`);
  });

  it('refuses user and app IDs that are not the organization’s with a field error, writing nothing', async () => {
    const { orgId, teamId, api } = await adminApi();
    const outsider = await createUser();
    const other = await createOrg(await createUser());
    const otherApp = await createApp({ orgId: other.id });
    const member = await addMember(orgId, 'org_user');
    const before = await tenantSnapshot([orgId, other.id], [outsider.id]);

    const users = await api.POST('/api/v1/orgs/{orgId}/teams/{teamId}/members', {
      params: { path: { orgId, teamId } },
      body: { user_ids: [member.id, outsider.id] },
    });
    expect(users.response.status).toBe(422);
    expect(users.error).toMatchObject({
      errors: [{ pointer: '#/user_ids', detail: 'Only members of this organization can be added to its teams.' }],
    });
    const apps = await api.POST('/api/v1/orgs/{orgId}/teams/{teamId}/apps', {
      params: { path: { orgId, teamId } },
      body: { app_ids: [otherApp.id], permission: 'full_access' },
    });
    expect(apps.error).toMatchObject({ status: 422, errors: [{ pointer: '#/app_ids' }] });
    const none = await api.POST('/api/v1/orgs/{orgId}/teams/{teamId}/members', {
      params: { path: { orgId, teamId } },
      body: { user_ids: [] },
    });
    expect(none.error).toMatchObject({ status: 422, errors: [{ pointer: '#/user_ids', detail: 'Pick at least one member.' }] });
    const missingTeam = await api.POST('/api/v1/orgs/{orgId}/teams/{teamId}/members', {
      params: { path: { orgId, teamId: 'no-such-team' } },
      body: { user_ids: [member.id] },
    });
    expect(missingTeam.response.status).toBe(404);
    expect(await tenantSnapshot([orgId, other.id], [outsider.id])).toEqual(before);
  });

  it('refuses a role without teams.manage and a token without its scope, the database unchanged', async () => {
    const { orgId, teamId, teamApp, inTeam, admin, notInTeam } = await adminApi();
    const before = await tenantSnapshot([orgId], [inTeam.id, notInTeam.id]);
    const grant = { orgId, teamId, appId: teamApp.id };

    const member = apiClient((await createApiToken(orgId, inTeam)).secret);
    const read = await member.GET('/api/v1/orgs/{orgId}/teams/{teamId}/apps/{appId}', { params: { path: grant } });
    expect(read.response.status).toBe(200);
    const byRole = [
      await member.POST('/api/v1/orgs/{orgId}/teams', { params: { path: { orgId } }, body: { id: 'mine', name: 'Mine' } }),
      await member.POST('/api/v1/orgs/{orgId}/teams/{teamId}/members', {
        params: { path: { orgId, teamId } },
        body: { user_ids: [notInTeam.id] },
      }),
      // A wrong If-Match is refused as forbidden, not 412: it tells nothing about the level.
      await member.PATCH('/api/v1/orgs/{orgId}/teams/{teamId}/apps/{appId}', {
        params: { path: grant, header: { 'If-Match': '"x"' } },
        body: { permission: 'full_access' },
      }),
      await member.DELETE('/api/v1/orgs/{orgId}/teams/{teamId}', { params: { path: { orgId, teamId } } }),
    ];
    for (const refused of byRole) expect(refused.error).toMatchObject({ status: 403, detail: 'Your role does not allow this.' });

    const unscoped = apiClient((await createApiToken(orgId, admin, { scopes: ['teams.view_own'] })).secret);
    const byScope = [
      await unscoped.POST('/api/v1/orgs/{orgId}/teams', { params: { path: { orgId } }, body: { id: 'mine', name: 'Mine' } }),
      await unscoped.PATCH('/api/v1/orgs/{orgId}/teams/{teamId}', { params: { path: { orgId, teamId } }, body: { name: 'Renamed' } }),
      await unscoped.DELETE('/api/v1/orgs/{orgId}/teams/{teamId}/members/{userId}', {
        params: { path: { orgId, teamId, userId: inTeam.id } },
      }),
    ];
    for (const refused of byScope)
      expect(refused.error).toMatchObject({ status: 403, detail: 'The token does not have the teams.manage scope.' });
    // Without teams.manage in its scopes, the Admin's token sees only the teams its owner is in: none.
    const list = await unscoped.GET('/api/v1/orgs/{orgId}/teams', { params: { path: { orgId } } });
    expect(list.data!.data).toEqual([]);
    const noRead = apiClient((await createApiToken(orgId, admin, { scopes: ['teams.manage'] })).secret);
    const unreadable = await noRead.GET('/api/v1/orgs/{orgId}/teams', { params: { path: { orgId } } });
    expect(unreadable.error).toMatchObject({ status: 403, detail: 'The token does not have the teams.view_own scope.' });

    expect(await tenantSnapshot([orgId], [inTeam.id, notInTeam.id])).toEqual(before);
  });

  it('answers 404 for another organization’s team, changing nothing', async () => {
    const mine = await adminApi();
    const theirs = await teamOrg();
    const before = await tenantSnapshot([mine.orgId, theirs.orgId]);
    const { api, orgId } = mine;
    const path = { orgId, teamId: theirs.teamId };
    const answers = [
      await api.GET('/api/v1/orgs/{orgId}/teams/{teamId}', { params: { path } }),
      await api.GET('/api/v1/orgs/{orgId}/teams/{teamId}/members', { params: { path } }),
      await api.PATCH('/api/v1/orgs/{orgId}/teams/{teamId}', { params: { path }, body: { name: 'Taken over' } }),
      await api.DELETE('/api/v1/orgs/{orgId}/teams/{teamId}', { params: { path } }),
      await api.GET('/api/v1/orgs/{orgId}/teams/{teamId}/apps/{appId}', { params: { path: { ...path, appId: theirs.teamApp.id } } }),
      await api.PATCH('/api/v1/orgs/{orgId}/teams/{teamId}/apps/{appId}', {
        params: { path: { ...path, appId: theirs.teamApp.id }, header: { 'If-Match': '*' } },
        body: { permission: 'full_access' },
      }),
      await api.GET('/api/v1/orgs/{orgId}/teams/{teamId}', { params: { path: { orgId: theirs.orgId, teamId: theirs.teamId } } }),
    ];
    for (const answer of answers) expect(answer.response.status).toBe(404);
    // Their app, granted to my team: refused beside the field, as any app that is not ours.
    const foreignApp = await api.POST('/api/v1/orgs/{orgId}/teams/{teamId}/apps', {
      params: { path: { orgId, teamId: mine.teamId } },
      body: { app_ids: [theirs.freeApp.id], permission: 'full_access' },
    });
    expect(foreignApp.error).toMatchObject({ status: 422, errors: [{ pointer: '#/app_ids' }] });
    expect(await tenantSnapshot([mine.orgId, theirs.orgId])).toEqual(before);
  });
});
