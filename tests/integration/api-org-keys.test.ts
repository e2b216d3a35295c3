/**
 * Organization API keys: made by an Admin on the organization's API keys page, owned by the organization
 * (they outlive their creator), acting with the role they were given (never above the creator's), within
 * their scopes and in no team. What they do is audited as the key; an invitation a key sent stands while
 * the key is live, like one a member sent stands while the member may still grant its role.
 */
import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { createOrgApiKeyAction, revokeOrgApiKeyAction } from '@/app/(app)/orgs/[orgId]/api-keys/actions';
import { removeMemberAction } from '@/app/(app)/orgs/[orgId]/members/actions';
import { acceptInvitationAction } from '@/app/(app)/notifications/actions';
import { listOrgApiKeys } from '@/db/queries/api-keys';
import { listPendingInvitations } from '@/db/queries/members';
import { tokenKindOf } from '@/lib/api-tokens/format';
import { MAX_ORG_API_KEYS } from '@/lib/validations/tokens';
import { apiClient } from '../support/api-client';
import { actAs } from '../support/session';
import { createOrgApiKey } from '../factories/api-tokens';
import { addMember, createOrg, createUser } from '../factories';
import { auditOf, invitationRow, newEmail } from '../factories/invitations';

/** GET /api/v1/me with the secret, through the typed client (the answer is checked against the document). */
async function me(secret: string) {
  const { response, data } = await apiClient(secret).GET('/api/v1/me');
  return { status: response.status, data };
}

async function keysRows(orgId: string) {
  const db = await getDb();
  const t = schema.apiTokens;
  return db
    .select()
    .from(t)
    .where(and(eq(t.orgId, orgId), eq(t.kind, 'organization')));
}

async function orgWithTwoAdmins() {
  const owner = await createUser({ name: 'Olga Owner' });
  const { id: orgId } = await createOrg(owner);
  const creator = await addMember(orgId, 'admin', await createUser({ name: 'Cleo Creator' }));
  return { orgId, owner, creator };
}

describe('organization API keys', () => {
  it('are made by an Admin, shown once, act with their role in no team, and outlive their creator', async () => {
    const { orgId, owner, creator } = await orgWithTwoAdmins();
    await actAs(creator);
    const made = await createOrgApiKeyAction({
      orgId,
      name: 'Provisioning',
      role: 'org_contributor',
      expiration: '90',
      scopes: ['members.view', 'members.manage', 'org.apps.view', 'teams.view_own'],
    });
    if (!made.ok) throw new Error(made.message);
    expect(tokenKindOf(made.data.secret)).toBe('organization');
    const [row] = await keysRows(orgId);
    expect(row).toMatchObject({ name: 'Provisioning', role: 'org_contributor', userId: null, createdBy: creator.id, revokedAt: null });
    expect(JSON.stringify(row)).not.toContain(made.data.secret.slice(11, 40));
    const [created] = await auditOf(orgId, 'api_token.created');
    expect(created).toMatchObject({ actorId: creator.id, actorKind: 'user', data: { kind: 'organization', role: 'org_contributor' } });

    const api = apiClient(made.data.secret);
    const who = await me(made.data.secret);
    expect(who.status).toBe(200);
    const body = who.data!;
    expect(body).toMatchObject({ user: null, organization: { id: orgId, role: 'org_contributor' }, token: { kind: 'organization' } });
    // An Organization Contributor views members but does not manage them, whatever the key's scopes.
    expect([...body.organization_permissions].sort()).toEqual(['members.view', 'org.apps.view', 'teams.view_own']);
    const teams = await api.GET('/api/v1/orgs/{orgId}/teams', { params: { path: { orgId } } });
    expect(teams.response.status).toBe(200);
    expect(teams.data!.data).toEqual([]);

    // The creator leaves: the key is the organization's, and keeps working.
    await actAs(owner);
    expect(await removeMemberAction({ orgId, userId: creator.id })).toMatchObject({ ok: true });
    expect((await me(made.data.secret)).status).toBe(200);
    const listed = await listOrgApiKeys(await getDb(), orgId);
    expect(listed).toMatchObject([{ name: 'Provisioning', role: 'org_contributor', status: 'active', createdByEmail: creator.email }]);
  });

  it('refuse a non-Admin, an unverified Admin, and a key past the limit, changing nothing', async () => {
    const { orgId, creator } = await orgWithTwoAdmins();
    const input = { orgId, name: 'CI', role: 'org_user' as const, expiration: '30' as const, scopes: ['members.view'] };

    await actAs(await addMember(orgId, 'org_contributor'));
    expect(await createOrgApiKeyAction(input)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    await actAs(await addMember(orgId, 'admin', await createUser({ verified: false })));
    expect(await createOrgApiKeyAction(input)).toMatchObject({ ok: false, code: 'FORBIDDEN', message: expect.stringContaining('Verify') });
    await actAs(creator);
    expect(await createOrgApiKeyAction({ ...input, expiration: 'none' })).toMatchObject({
      ok: false,
      fieldErrors: { expiration: [expect.stringContaining('requires tokens to expire')] },
    });
    expect(await keysRows(orgId)).toEqual([]);

    for (let i = 0; i < MAX_ORG_API_KEYS; i++) await createOrgApiKey(orgId, 'org_user');
    expect(await createOrgApiKeyAction(input)).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await keysRows(orgId)).toHaveLength(MAX_ORG_API_KEYS);
  });

  it('act as the key in the audit log, and their invitations stand only while the key is live', async () => {
    const { orgId, creator } = await orgWithTwoAdmins();
    const key = await createOrgApiKey(orgId, 'admin', { name: 'Onboarding bot', createdBy: creator.id });
    const api = apiClient(key.secret);
    const [first, second] = [await createUser({ email: newEmail() }), await createUser({ email: newEmail() })];
    const sent = await api.POST('/api/v1/orgs/{orgId}/invitations', {
      params: { path: { orgId } },
      body: { emails: [first.email, second.email], role: 'org_contributor' },
    });
    expect(sent.response.status).toBe(200);
    expect(await invitationRow(orgId, first.email)).toMatchObject({ invitedBy: null, invitedByKeyId: key.id });
    const [event] = await auditOf(orgId, 'invitation.created');
    expect(event).toMatchObject({ actorId: null, actorKind: 'api_key', data: { token: { id: key.id, name: 'Onboarding bot' } } });

    const log = await api.GET('/api/v1/orgs/{orgId}/audit-log', { params: { path: { orgId } } });
    expect(log.data!.data[0]!.actor).toEqual({ id: null, name: 'Onboarding bot', email: null, kind: 'api_key' });
    const pending = await listPendingInvitations(await getDb(), orgId, {});
    expect(pending.rows.map((row) => row.invitedBy)).toEqual(['Onboarding bot (API key)', 'Onboarding bot (API key)']);

    await actAs(first);
    const { id: firstInvitation } = await invitationRow(orgId, first.email);
    expect(await acceptInvitationAction({ invitationId: firstInvitation })).toMatchObject({ ok: true });

    // Revoked, the key no longer vouches for the role it offered: the other invitation is void.
    await actAs(creator);
    expect(await revokeOrgApiKeyAction({ orgId, keyId: key.id })).toMatchObject({ ok: true, data: { name: 'Onboarding bot' } });
    expect((await me(key.secret)).status).toBe(401);
    await actAs(second);
    const { id: secondInvitation } = await invitationRow(orgId, second.email);
    expect(await acceptInvitationAction({ invitationId: secondInvitation })).toMatchObject({ ok: false, code: 'CONFLICT' });
    const [revoked] = await auditOf(orgId, 'api_token.revoked');
    expect(revoked).toMatchObject({ actorId: creator.id, data: { kind: 'organization', name: 'Onboarding bot' } });
  });

  it('are no member: they keep no Admin seat, and another organization cannot revoke them', async () => {
    const { orgId, owner, creator } = await orgWithTwoAdmins();
    const key = await createOrgApiKey(orgId, 'admin');
    const otherAdmin = await createUser();
    const other = await createOrg(otherAdmin);
    await actAs(otherAdmin);
    expect(await revokeOrgApiKeyAction({ orgId: other.id, keyId: key.id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect((await keysRows(orgId))[0]!.revokedAt).toBeNull();

    const api = apiClient(key.secret);
    const member = (userId: string) => ({ params: { path: { orgId, userId } } });
    expect((await api.DELETE('/api/v1/orgs/{orgId}/members/{userId}', member(creator.id))).response.status).toBe(204);
    // An Admin key does not count as an Admin: the last person who is one stays.
    const last = await api.DELETE('/api/v1/orgs/{orgId}/members/{userId}', member(owner.id));
    expect(last.response.status).toBe(409);
    const members = await api.GET('/api/v1/orgs/{orgId}/members', { params: { path: { orgId } } });
    expect(members.data!.data.map((m) => m.user_id)).toEqual([owner.id]);
  });
});
