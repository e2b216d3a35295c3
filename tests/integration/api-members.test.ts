/**
 * /api/v1 members through the typed client: list (search, role, cursor and Link), get with an ETag,
 * change a role with If-Match, remove; each write audited with the token as actor and refused exactly
 * as the browser's command would be.
 */
import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { apiClient } from '../support/api-client';
import { createApiToken } from '../factories/api-tokens';
import { addMember, createOrg, createUser, roleOf } from '../factories';

async function orgWithAdminToken(members = 3) {
  const admin = await createUser({ name: 'Ada Admin' });
  const { id: orgId } = await createOrg(admin);
  const others = [];
  for (let i = 0; i < members; i++) others.push(await addMember(orgId, 'org_user', await createUser({ name: `Member ${i}` })));
  const { secret, id: tokenId } = await createApiToken(orgId, admin);
  return { admin, orgId, others, secret, tokenId, api: apiClient(secret) };
}

describe('/api/v1 members', () => {
  it('lists by name in pages linked by cursor, searched and filtered by role', async () => {
    const { orgId, api } = await orgWithAdminToken(3);
    const first = await api.GET('/api/v1/orgs/{orgId}/members', { params: { path: { orgId }, query: { limit: 2 } } });
    expect(first.response.status).toBe(200);
    expect(first.data!.data.map((m) => m.name)).toEqual(['Ada Admin', 'Member 0']);
    expect(first.response.headers.get('link')).toMatch(/^<\/api\/v1\/orgs\/[^>]+\/members\?limit=2&cursor=[^>]+>; rel="next"$/);
    expect(first.response.headers.get('ratelimit')).toMatch(/^"token";r=\d+;t=\d+$/);
    const second = await api.GET('/api/v1/orgs/{orgId}/members', {
      params: { path: { orgId }, query: { limit: 2, cursor: first.data!.next_cursor! } },
    });
    expect(second.data!.data.map((m) => m.name)).toEqual(['Member 1', 'Member 2']);
    expect(second.data!.next_cursor).toBeNull();

    const admins = await api.GET('/api/v1/orgs/{orgId}/members', { params: { path: { orgId }, query: { role: 'admin' } } });
    expect(admins.data!.data.map((m) => m.name)).toEqual(['Ada Admin']);
    const searched = await api.GET('/api/v1/orgs/{orgId}/members', { params: { path: { orgId }, query: { q: 'member 2' } } });
    expect(searched.data!.data.map((m) => m.name)).toEqual(['Member 2']);
    const bad = await api.GET('/api/v1/orgs/{orgId}/members', { params: { path: { orgId }, query: { limit: 0 } } });
    expect(bad.response.status).toBe(400);
    expect(bad.error).toMatchObject({ status: 400, errors: [{ parameter: 'limit' }] });
  });

  it('changes a role with If-Match, refusing a stale ETag, and audits the token as actor', async () => {
    const { orgId, others, api, tokenId } = await orgWithAdminToken(1);
    const target = others[0]!;
    const path = { orgId, userId: target.id };
    const read = await api.GET('/api/v1/orgs/{orgId}/members/{userId}', { params: { path } });
    const etag = read.response.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);

    const changed = await api.PATCH('/api/v1/orgs/{orgId}/members/{userId}', {
      params: { path, header: { 'If-Match': etag } },
      body: { role: 'org_contributor' },
    });
    expect(changed.response.status).toBe(200);
    expect(changed.data).toMatchObject({ user_id: target.id, role: 'org_contributor' });
    expect(changed.response.headers.get('etag')).not.toBe(etag);

    const stale = await api.PATCH('/api/v1/orgs/{orgId}/members/{userId}', {
      params: { path, header: { 'If-Match': etag } },
      body: { role: 'admin' },
    });
    expect(stale.response.status).toBe(412);
    expect(await roleOf(orgId, target.id)).toBe('org_contributor');

    const invalid = await api.PATCH('/api/v1/orgs/{orgId}/members/{userId}', { params: { path }, body: { role: 'owner' as never } });
    expect(invalid.response.status).toBe(422);
    expect(invalid.error).toMatchObject({ errors: [{ pointer: '#/role' }] });

    const db = await getDb();
    const [event] = await db
      .select()
      .from(schema.auditEvents)
      .where(and(eq(schema.auditEvents.orgId, orgId), eq(schema.auditEvents.action, 'member.role_changed')));
    expect(event).toMatchObject({ actorKind: 'api_token', data: { after: 'org_contributor', token: { id: tokenId, name: 'Test token' } } });
  });

  it('removes a member, never the last Admin, and refuses a token without the scope', async () => {
    const { admin, orgId, others, api } = await orgWithAdminToken(1);
    const removed = await api.DELETE('/api/v1/orgs/{orgId}/members/{userId}', { params: { path: { orgId, userId: others[0]!.id } } });
    expect(removed.response.status).toBe(204);
    expect(await roleOf(orgId, others[0]!.id)).toBeNull();
    const last = await api.DELETE('/api/v1/orgs/{orgId}/members/{userId}', { params: { path: { orgId, userId: admin.id } } });
    expect(last.response.status).toBe(409);
    expect(await roleOf(orgId, admin.id)).toBe('admin');

    const readOnly = apiClient((await createApiToken(orgId, admin, { scopes: ['members.view'] })).secret);
    const refused = await readOnly.DELETE('/api/v1/orgs/{orgId}/members/{userId}', { params: { path: { orgId, userId: admin.id } } });
    expect(refused.response.status).toBe(403);
    expect(refused.error).toMatchObject({ detail: 'The token does not have the members.manage scope.' });
  });
});
