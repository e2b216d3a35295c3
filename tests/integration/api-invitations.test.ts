/**
 * /api/v1 organization and invitations through the typed client: the organization (billing address only
 * for those who may edit the settings), the pending list in pages, inviting with per-address results and
 * Idempotency-Key replays, resend and rescind; each write audited with the token as actor and refused
 * exactly as the browser's command would be (role, scope, verified sender, hourly allowance).
 */
import { describe, expect, it } from 'vitest';
import { apiClient } from '../support/api-client';
import { createApiToken } from '../factories/api-tokens';
import { addMember, createOrg, createUser } from '../factories';
import { auditOf, invitationById, invitationRow, invitationsFor, newEmail, outboxFor, snapshot } from '../factories/invitations';
import { withLimits } from '../factories/limits';

async function orgWithAdminToken() {
  const admin = await createUser({ name: 'Ada Admin' });
  const { id: orgId } = await createOrg(admin);
  const { secret, id: tokenId } = await createApiToken(orgId, admin);
  return { admin, orgId, secret, tokenId, api: apiClient(secret) };
}

const INVITATIONS = '/api/v1/orgs/{orgId}/invitations' as const;

describe('/api/v1 organization', () => {
  it('shows the organization with counts and the caller’s role, the billing address only with org.settings', async () => {
    const { admin, orgId, api } = await orgWithAdminToken();
    const user = await addMember(orgId, 'org_user');
    await api.POST(INVITATIONS, { params: { path: { orgId } }, body: { emails: [newEmail()], role: 'org_user' } });

    const read = await api.GET('/api/v1/orgs/{orgId}', { params: { path: { orgId } } });
    expect(read.response.status).toBe(200);
    expect(read.data).toMatchObject({
      id: orgId,
      name: `Org ${orgId}`,
      plan: 'enterprise',
      member_count: 2,
      pending_invitation_count: 1,
      role: 'admin',
      billing_email: 'billing@example.test',
    });

    const asUser = await apiClient((await createApiToken(orgId, user)).secret).GET('/api/v1/orgs/{orgId}', { params: { path: { orgId } } });
    expect(asUser.response.status).toBe(200);
    expect(asUser.data).toMatchObject({ id: orgId, role: 'org_user' });
    expect(asUser.data).not.toHaveProperty('billing_email');

    const unscoped = apiClient((await createApiToken(orgId, admin, { scopes: ['members.view'] })).secret);
    const narrow = await unscoped.GET('/api/v1/orgs/{orgId}', { params: { path: { orgId } } });
    expect(narrow.data).toMatchObject({ role: 'admin' });
    expect(narrow.data).not.toHaveProperty('billing_email');

    const other = await createOrg(await createUser());
    const elsewhere = await api.GET('/api/v1/orgs/{orgId}', { params: { path: { orgId: other.id } } });
    expect(elsewhere.response.status).toBe(404);
  });
});

describe('/api/v1 invitations', () => {
  it('invites, reporting each address (a member, a duplicate), emails once each and audits the token', async () => {
    const { admin, orgId, api, tokenId } = await orgWithAdminToken();
    const [a, b] = [newEmail(), newEmail()];
    const sent = await api.POST(INVITATIONS, {
      params: { path: { orgId } },
      body: { emails: [a.toUpperCase(), admin.email, a, b], role: 'org_contributor' },
    });
    expect(sent.response.status).toBe(200);
    const rowA = await invitationRow(orgId, a);
    const rowB = await invitationRow(orgId, b);
    expect(sent.data!.results).toEqual([
      { email: a, result: 'invited', invitation_id: rowA.id },
      { email: admin.email, result: 'already_member', invitation_id: null },
      { email: b, result: 'invited', invitation_id: rowB.id },
    ]);
    expect(rowA).toMatchObject({ role: 'org_contributor', status: 'pending', invitedBy: admin.id });
    expect(await outboxFor(a)).toHaveLength(1);

    const again = await api.POST(INVITATIONS, { params: { path: { orgId } }, body: { emails: [a, newEmail()], role: 'org_user' } });
    expect(again.data!.results[0]).toEqual({ email: a, result: 'already_invited', invitation_id: rowA.id });
    expect(again.data!.results[1]).toMatchObject({ result: 'invited' });

    const events = await auditOf(orgId, 'invitation.created');
    expect(events).toHaveLength(3);
    expect(events[0]).toMatchObject({ actorKind: 'api_token', actorId: admin.id, data: { token: { id: tokenId, name: 'Test token' } } });
  });

  it('refuses whole when nothing can be sent, and points at each bad field', async () => {
    const { admin, orgId, api } = await orgWithAdminToken();
    const before = await snapshot(orgId, [], [admin.id]);

    const none = await api.POST(INVITATIONS, { params: { path: { orgId } }, body: { emails: [admin.email], role: 'org_user' } });
    expect(none.response.status).toBe(409);
    expect(none.error).toMatchObject({ detail: `${admin.email} is already a member.`, errors: [{ pointer: '#/emails' }] });

    const bad = await api.POST(INVITATIONS, {
      params: { path: { orgId } },
      body: { emails: [newEmail(), 'not-an-email', 'a@x.test b@x.test'], role: 'org_user' },
    });
    expect(bad.response.status).toBe(422);
    expect(bad.error!.errors).toEqual([
      { pointer: '#/emails/1', detail: 'Not a valid email address: not-an-email.' },
      { pointer: '#/emails/2', detail: 'Give one email address per item.' },
    ]);
    const empty = await api.POST(INVITATIONS, { params: { path: { orgId } }, body: { emails: [], role: 'boss' as never } });
    expect(empty.error!.errors).toEqual([
      { pointer: '#/emails', detail: 'Enter at least one email address.' },
      { pointer: '#/role', detail: 'Choose a role.' },
    ]);
    expect(await snapshot(orgId, [], [admin.id])).toEqual(before);
  });

  it('replays an Idempotency-Key’s answer without inviting again, and refuses the key for another body', async () => {
    const { orgId, api } = await orgWithAdminToken();
    const email = newEmail();
    const send = (emails: string[]) =>
      api.POST(INVITATIONS, { params: { path: { orgId }, header: { 'Idempotency-Key': 'invite-1' } }, body: { emails, role: 'org_user' } });
    const first = await send([email]);
    expect(first.response.status).toBe(200);
    expect(first.response.headers.get('idempotent-replayed')).toBeNull();
    const replay = await send([email]);
    expect(replay.response.status).toBe(200);
    expect(replay.response.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.data).toEqual(first.data);
    expect(await invitationsFor(orgId)).toHaveLength(1);
    expect(await outboxFor(email)).toHaveLength(1);

    const other = await send([newEmail()]);
    expect(other.response.status).toBe(422);
    expect(other.error).toMatchObject({ detail: 'This Idempotency-Key was already used for a different request.' });
    expect(await invitationsFor(orgId)).toHaveLength(1);
  });

  it('refuses an Organization User, a token without members.manage, and an unverified sender, writing nothing', async () => {
    const { admin, orgId, api } = await orgWithAdminToken();
    const user = await addMember(orgId, 'org_user');
    const email = newEmail();
    const before = await snapshot(orgId, [email], [admin.id, user.id]);
    const body = { emails: [email], role: 'org_user' as const };

    const asUser = apiClient((await createApiToken(orgId, user)).secret);
    const refused = await asUser.POST(INVITATIONS, { params: { path: { orgId } }, body });
    expect(refused.response.status).toBe(403);
    expect(refused.error).toMatchObject({ detail: 'Your role does not allow this.' });
    expect((await asUser.GET(INVITATIONS, { params: { path: { orgId } } })).response.status).toBe(403);

    const viewOnly = apiClient((await createApiToken(orgId, admin, { scopes: ['members.view'] })).secret);
    const unscoped = await viewOnly.POST(INVITATIONS, { params: { path: { orgId } }, body });
    expect(unscoped.response.status).toBe(403);
    expect(unscoped.error).toMatchObject({ detail: 'The token does not have the members.manage scope.' });
    expect((await viewOnly.GET(INVITATIONS, { params: { path: { orgId } } })).response.status).toBe(200);
    const manageOnly = apiClient((await createApiToken(orgId, admin, { scopes: ['members.manage'] })).secret);
    expect((await manageOnly.GET(INVITATIONS, { params: { path: { orgId } } })).error).toMatchObject({
      detail: 'The token does not have the members.view scope.',
    });

    const unverified = await addMember(orgId, 'admin', await createUser({ verified: false }));
    const notVerified = await apiClient((await createApiToken(orgId, unverified)).secret).POST(INVITATIONS, {
      params: { path: { orgId } },
      body,
    });
    expect(notVerified.response.status).toBe(403);
    expect(notVerified.error).toMatchObject({ detail: 'Verify your email address to invite members.' });

    const after = await snapshot(orgId, [email], [admin.id, user.id]);
    expect({ ...after, memberships: before.memberships }).toEqual(before);
    expect(await api.GET(INVITATIONS, { params: { path: { orgId } } })).toMatchObject({ data: { data: [] } });
  });

  it('answers 429 with the command’s message beyond the hourly allowance', () =>
    withLimits({ invitationsPerOrganization: 2 }, async () => {
      const { orgId, api } = await orgWithAdminToken();
      expect(
        (await api.POST(INVITATIONS, { params: { path: { orgId } }, body: { emails: [newEmail()], role: 'org_user' } })).response.status,
      ).toBe(200);
      const limited = await api.POST(INVITATIONS, {
        params: { path: { orgId } },
        body: { emails: [newEmail(), newEmail()], role: 'org_user' },
      });
      expect(limited.response.status).toBe(429);
      expect(limited.error).toMatchObject({ detail: 'This organization can send 1 more invitation this hour; this would send 2.' });
      expect(await invitationsFor(orgId)).toHaveLength(1);
    }));

  it('lists pending invitations newest first in pages linked by cursor, searched by email', async () => {
    const { orgId, api } = await orgWithAdminToken();
    const emails = Array.from({ length: 51 }, (_, i) => newEmail(`page${i}`));
    expect((await api.POST(INVITATIONS, { params: { path: { orgId } }, body: { emails, role: 'team_contributor' } })).response.status).toBe(
      200,
    );

    const first = await api.GET(INVITATIONS, { params: { path: { orgId } } });
    expect(first.response.status).toBe(200);
    expect(first.data!.data).toHaveLength(50);
    expect(first.data!.data[0]).toMatchObject({
      role: 'team_contributor',
      invited_by: 'Ada Admin',
      expired: false,
      delivery: 'queued',
      delivery_error: null,
      needs_resend: false,
    });
    expect(first.response.headers.get('link')).toMatch(/^<\/api\/v1\/orgs\/[^>]+\/invitations\?cursor=[^>]+>; rel="next"$/);
    const second = await api.GET(INVITATIONS, { params: { path: { orgId }, query: { cursor: first.data!.next_cursor! } } });
    expect(second.data!.data).toHaveLength(1);
    expect(second.data!.next_cursor).toBeNull();
    const listed = [...first.data!.data, ...second.data!.data].map((i) => i.email);
    expect(listed.sort()).toEqual([...emails].sort());

    const searched = await api.GET(INVITATIONS, { params: { path: { orgId }, query: { q: emails[7]! } } });
    expect(searched.data!.data.map((i) => i.email)).toEqual([emails[7]]);
  });

  it('resends (new email, audited) and rescinds an invitation; 404 for another organization’s or a malformed id', async () => {
    const { admin, orgId, api, tokenId } = await orgWithAdminToken();
    const email = newEmail();
    await api.POST(INVITATIONS, { params: { path: { orgId } }, body: { emails: [email], role: 'org_user' } });
    const { id, tokenHash } = await invitationRow(orgId, email);
    const path = { orgId, invitationId: id };

    const resent = await api.POST('/api/v1/orgs/{orgId}/invitations/{invitationId}/resend', { params: { path } });
    expect(resent.response.status).toBe(200);
    expect(resent.data).toMatchObject({ id, email, role: 'org_user', invited_by: 'Ada Admin', delivery: 'queued', expired: false });
    expect((await invitationById(id))!.tokenHash).not.toBe(tokenHash);
    expect(await outboxFor(email)).toHaveLength(2);
    expect(await auditOf(orgId, 'invitation.resent')).toMatchObject([
      { actorKind: 'api_token', actorId: admin.id, data: { token: { id: tokenId } } },
    ]);

    const other = await orgWithAdminToken();
    const foreign = await other.api.DELETE('/api/v1/orgs/{orgId}/invitations/{invitationId}', {
      params: { path: { orgId: other.orgId, invitationId: id } },
    });
    expect(foreign.response.status).toBe(404);
    const malformed = await api.DELETE('/api/v1/orgs/{orgId}/invitations/{invitationId}', {
      params: { path: { orgId, invitationId: 'nope' } },
    });
    expect(malformed.response.status).toBe(404);
    expect((await invitationById(id))!.status).toBe('pending');

    const rescinded = await api.DELETE('/api/v1/orgs/{orgId}/invitations/{invitationId}', { params: { path } });
    expect(rescinded.response.status).toBe(204);
    expect((await invitationById(id))!.status).toBe('revoked');
    expect(await auditOf(orgId, 'invitation.revoked')).toMatchObject([{ actorKind: 'api_token', data: { invitationId: id } }]);
    const twice = await api.DELETE('/api/v1/orgs/{orgId}/invitations/{invitationId}', { params: { path } });
    expect(twice.response.status).toBe(409);
    expect(twice.error).toMatchObject({ detail: 'That invitation was already revoked.' });
    const resendGone = await api.POST('/api/v1/orgs/{orgId}/invitations/{invitationId}/resend', { params: { path } });
    expect(resendGone.response.status).toBe(409);
  });
});
