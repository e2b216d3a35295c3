/**
 * Personal access tokens: made once per organization by a member, shown once and stored as a hash;
 * a request with one acts as its owner, never beyond the owner's role of that moment; revoked, expired
 * or orphaned (the owner left) it is refused like a token that never existed.
 */
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { createPersonalTokenAction, revokePersonalTokenAction } from '@/app/(app)/account/tokens/actions';
import { GET as me } from '@/app/api/v1/me/route';
import { hashSecret, tokenKindOf } from '@/lib/api-tokens/format';
import { actAs } from '../support/session';
import { addMember, createOrg, createUser } from '../factories';

async function tokensOf(userId: string) {
  const db = await getDb();
  return db.select().from(schema.apiTokens).where(eq(schema.apiTokens.userId, userId));
}

async function auditCount(orgId: string) {
  const db = await getDb();
  return (await db.select().from(schema.auditEvents).where(eq(schema.auditEvents.orgId, orgId))).length;
}

function call(secret: string | null, headers: Record<string, string> = {}) {
  return me(
    new Request('http://localhost/api/v1/me', {
      headers: { ...(secret === null ? {} : { authorization: `Bearer ${secret}` }), ...headers },
    }),
    { params: Promise.resolve({}) },
  );
}

async function madeToken(scopes = ['members.view', 'members.manage', 'audit.view']) {
  const admin = await createUser({ name: 'Ada Admin' });
  const { id: orgId } = await createOrg(admin);
  const owner = await addMember(orgId, 'org_contributor', await createUser({ name: 'Otto Owner' }));
  await actAs(owner);
  const made = await createPersonalTokenAction({ orgId, name: 'Nightly sync', expiration: '30', scopes });
  if (!made.ok) throw new Error(made.message);
  return { admin, orgId, owner, secret: made.data.secret };
}

describe('personal access tokens', () => {
  it('are shown once, stored as a hash, audited, and act as their owner with scopes ∩ role', async () => {
    const { orgId, owner, secret } = await madeToken();
    expect(tokenKindOf(secret)).toBe('personal');
    const [row] = await tokensOf(owner.id);
    expect(row).toMatchObject({ kind: 'personal', orgId, name: 'Nightly sync', role: null, revokedAt: null, lastUsedAt: null });
    expect(row!.tokenHash).toBe(hashSecret(secret));
    expect(JSON.stringify(row)).not.toContain(secret.slice(11, 40));
    expect(row!.expiresAt!.getTime() - Date.now()).toBeGreaterThan(29.9 * 86_400_000);
    expect(await auditCount(orgId)).toBe(1);

    const response = await call(secret, { 'x-forwarded-for': '203.0.113.7, 10.0.0.1' });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({
      user: { id: owner.id, email: owner.email },
      organization: { id: orgId, role: 'org_contributor' },
      token: { name: 'Nightly sync', kind: 'personal', scopes: ['audit.view', 'members.manage', 'members.view'] },
    });
    // An Organization Contributor may view members but neither manage them nor read the audit log.
    expect(body.organization_permissions).toEqual(['members.view']);
    expect((await tokensOf(owner.id))[0]).toMatchObject({ lastUsedIp: '203.0.113.7' });
    expect((await tokensOf(owner.id))[0]!.lastUsedAt).toBeInstanceOf(Date);

    // Promoted, the same token does more; removed from the organization, it is refused.
    const db = await getDb();
    await db.update(schema.memberships).set({ role: 'admin' }).where(eq(schema.memberships.userId, owner.id));
    expect((await (await call(secret)).json()).organization_permissions).toEqual(['members.view', 'members.manage', 'audit.view']);
    await db.delete(schema.memberships).where(eq(schema.memberships.userId, owner.id));
    expect((await call(secret)).status).toBe(401);
  });

  it('refuse a missing, malformed, unknown, expired or revoked token alike, as problem+json', async () => {
    const { owner, secret } = await madeToken();
    const forged = `${secret.slice(0, -7)}${secret.at(-7) === 'a' ? 'b' : 'a'}${secret.slice(-6)}`;
    const cases: Array<[string, Response]> = [
      ['no header', await call(null)],
      ['not a bearer', await call(null, { authorization: `Basic ${btoa('a:b')}` })],
      ['bad checksum', await call(forged)],
      ['someone else’s format', await call('ghp_0123456789abcdefghijklmnopqrstuvwxyz')],
    ];
    const db = await getDb();
    await db
      .update(schema.apiTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(schema.apiTokens.userId, owner.id));
    cases.push(['expired', await call(secret)]);
    await db.update(schema.apiTokens).set({ expiresAt: null }).where(eq(schema.apiTokens.userId, owner.id));
    expect((await call(secret)).status).toBe(200);
    const [row] = await tokensOf(owner.id);
    await actAs(owner);
    expect(await revokePersonalTokenAction({ tokenId: row!.id })).toEqual({ ok: true, data: { name: 'Nightly sync' } });
    cases.push(['revoked', await call(secret)]);
    for (const [name, response] of cases) {
      expect(response.status, name).toBe(401);
      expect(response.headers.get('content-type'), name).toBe('application/problem+json');
      expect(response.headers.get('www-authenticate'), name).toMatch(/^Bearer /);
      expect(await response.json(), name).toMatchObject({ type: 'about:blank', title: 'Unauthorized', status: 401 });
    }
  });

  it('are revoked only by their owner, once; refusals change nothing', async () => {
    const { admin, orgId, owner, secret } = await madeToken();
    const [row] = await tokensOf(owner.id);
    const before = await tokensOf(owner.id);
    await actAs(admin);
    expect(await revokePersonalTokenAction({ tokenId: row!.id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    await actAs(null);
    expect(await revokePersonalTokenAction({ tokenId: row!.id })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await tokensOf(owner.id)).toEqual(before);
    expect((await call(secret)).status).toBe(200);

    await actAs(owner);
    expect((await revokePersonalTokenAction({ tokenId: row!.id })).ok).toBe(true);
    expect((await revokePersonalTokenAction({ tokenId: row!.id })).ok).toBe(true);
    // Created, then revoked once.
    expect(await auditCount(orgId)).toBe(2);
  });

  it('are made only by a verified member of the organization, with valid scopes and expiry', async () => {
    const admin = await createUser();
    const { id: orgId } = await createOrg(admin);
    const outsider = await createUser();
    const unverified = await addMember(orgId, 'org_user', await createUser({ verified: false }));
    const member = await addMember(orgId, 'org_user');
    const input = { orgId, name: 'A token', expiration: '7' as const, scopes: ['members.view'] };
    await actAs(outsider);
    expect(await createPersonalTokenAction(input)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    await actAs(unverified);
    expect(await createPersonalTokenAction(input)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    await actAs(member);
    const refused = [
      { ...input, scopes: [] },
      { ...input, scopes: ['members.view', 'everything'] },
      { ...input, scopes: ['tokens.create_own'] },
      { ...input, name: '   ' },
      { ...input, expiration: 'custom' as const, expiresOn: '2020-01-01' },
      { ...input, expiration: 'custom' as const, expiresOn: '2999-01-01' },
      { ...input, expiration: 'custom' as const },
      { ...input, expiration: 'forever' as never },
    ];
    for (const bad of refused)
      expect(await createPersonalTokenAction(bad), JSON.stringify(bad)).toMatchObject({ ok: false, code: 'VALIDATION' });
    for (const who of [outsider, unverified, member]) expect(await tokensOf(who.id)).toEqual([]);
    expect(await auditCount(orgId)).toBe(0);

    const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const dated = await createPersonalTokenAction({ ...input, expiration: 'custom', expiresOn: inAMonth });
    expect(dated.ok).toBe(true);
    expect((await tokensOf(member.id))[0]!.expiresAt!.toISOString()).toBe(`${inAMonth}T23:59:59.999Z`);
  });
});
