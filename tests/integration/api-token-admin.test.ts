/**
 * An Admin's view of the personal access tokens that reach the organization (/orgs/[orgId]/api-tokens):
 * listed (this organization's only, members' only, live or recently stopped, paged), revoked by the Admin
 * (the token is refused from then on), refused to every other role with nothing changed; and the
 * organization setting that lets tokens live without an expiry date, checked by the command itself.
 */
import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { listOrgTokensPage } from '@/db/queries/api-tokens';
import { listAuditEvents } from '@/db/queries/audit';
import { PAGE_SIZE } from '@/db/paging';
import { revokeOrgTokenAction } from '@/app/(app)/orgs/[orgId]/api-tokens/actions';
import OrgApiTokensPage from '@/app/(app)/orgs/[orgId]/api-tokens/page';
import { OrgTokensTable, type OrgTokenView } from '@/app/(app)/orgs/[orgId]/api-tokens/_components/org-tokens-table';
import { createPersonalTokenAction } from '@/app/(app)/account/tokens/actions';
import TokensPage from '@/app/(app)/account/tokens/page';
import { NewTokenDialog } from '@/app/(app)/account/tokens/_components/new-token-dialog';
import { updateOrganizationAction } from '@/app/(app)/organizations/actions';
import OrganizationSettingsPage from '@/app/(app)/orgs/[orgId]/settings/page';
import { OrganizationSettingsForm } from '@/app/(app)/orgs/[orgId]/settings/_components/organization-settings-form';
import { GET as me } from '@/app/api/v1/me/route';
import { auditSentence } from '@/lib/audit/sentences';
import { can, ORG_ROLES } from '@/lib/permissions';
import { actAs } from '../support/session';
import { addMember, createOrg, createUser } from '../factories';
import { createApiToken } from '../factories/api-tokens';
import { elementsOf, notFoundFrom } from '../factories/render';

const DAY = 86_400_000;
const withoutSettings = ORG_ROLES.filter((role) => !can(role, 'org.settings'));
const props = (orgId: string, after?: string) => ({
  params: Promise.resolve({ orgId }),
  searchParams: Promise.resolve(after ? { after } : {}),
});

function call(secret: string) {
  return me(new Request('http://localhost/api/v1/me', { headers: { authorization: `Bearer ${secret}` } }), { params: Promise.resolve({}) });
}

/** What a refused call must leave as it was: the organization's tokens and its audit log. */
async function state(orgId: string) {
  const db = await getDb();
  const tokens = await db.select().from(schema.apiTokens).where(eq(schema.apiTokens.orgId, orgId)).orderBy(schema.apiTokens.id);
  const audit = await db.select({ id: schema.auditEvents.id }).from(schema.auditEvents).where(eq(schema.auditEvents.orgId, orgId));
  return { tokens, audit: audit.length };
}

async function tableRows(orgId: string, after?: string): Promise<OrgTokenView[]> {
  const [table] = elementsOf(await OrgApiTokensPage(props(orgId, after)), OrgTokensTable);
  return (table?.props.rows as OrgTokenView[] | undefined) ?? [];
}

async function org() {
  const admin = await createUser({ name: 'Ada Admin' });
  const { id } = await createOrg(admin);
  const member = await addMember(id, 'org_user', await createUser({ name: 'Otto Owner' }));
  return { admin, orgId: id, member };
}

describe('the API tokens page', () => {
  it("lists the members' tokens of this organization only: live, and stopped in the last 30 days", async () => {
    const { admin, orgId, member } = await org();
    // Made a minute apart, so newest first is one order whatever the clock's resolution.
    const madeAt = (minutes: number) => new Date(Date.now() - (10 - minutes) * 60_000);
    const active = await createApiToken(orgId, member, {
      name: 'Nightly sync',
      scopes: ['members.view', 'audit.view'],
      createdAt: madeAt(1),
    });
    const revoked = await createApiToken(orgId, member, { name: 'Old sync', revoked: true, createdAt: madeAt(2) });
    const expired = await createApiToken(orgId, member, { name: 'Lapsed', expiresAt: new Date(Date.now() - DAY), createdAt: madeAt(3) });
    await createApiToken(orgId, member, { name: 'Long gone', expiresAt: new Date(Date.now() - 40 * DAY), createdAt: madeAt(4) });
    const forever = await createApiToken(orgId, admin, { name: 'Forever', expiresAt: null, createdAt: madeAt(5) });
    // Another organization's token, of someone who is a member of both: not listed here.
    const { id: otherOrg } = await createOrg(await createUser());
    await addMember(otherOrg, 'org_user', member);
    await createApiToken(otherOrg, member, { name: 'Elsewhere' });
    // A former member's token no longer reaches the organization.
    const leaver = await addMember(orgId, 'org_user');
    await createApiToken(orgId, leaver, { name: 'Orphan' });
    const db = await getDb();
    await db.delete(schema.memberships).where(and(eq(schema.memberships.orgId, orgId), eq(schema.memberships.userId, leaver.id)));
    await db
      .update(schema.apiTokens)
      .set({ lastUsedAt: new Date('2026-01-02T03:04:00Z'), lastUsedIp: '203.0.113.7' })
      .where(eq(schema.apiTokens.id, active.id));

    await actAs(admin);
    const rows = await tableRows(orgId);
    expect(rows.map((r) => [r.name, r.status])).toEqual([
      ['Forever', 'active'],
      ['Lapsed', 'expired'],
      ['Old sync', 'revoked'],
      ['Nightly sync', 'active'],
    ]);
    expect(rows.find((r) => r.id === active.id)).toMatchObject({
      owner: 'Otto Owner',
      ownerEmail: member.email,
      scopes: ['members.view', 'audit.view'],
      lastUsed: '2026-01-02 03:04 UTC',
      lastUsedIp: '203.0.113.7',
    });
    expect(rows.find((r) => r.id === forever.id)).toMatchObject({ expires: 'Never', lastUsed: null, owner: 'Ada Admin' });
    expect([revoked.id, expired.id].every((id) => rows.some((r) => r.id === id))).toBe(true);
  });

  it('pages by keyset, 50 a page, without repeating or skipping a token', async () => {
    const { admin, orgId, member } = await org();
    const db = await getDb();
    const base = Date.now() - 1000 * 60;
    await db.insert(schema.apiTokens).values(
      Array.from({ length: PAGE_SIZE + 3 }, (_, i) => ({
        kind: 'personal' as const,
        orgId,
        userId: member.id,
        createdBy: member.id,
        name: `Token ${i}`,
        tokenHash: `hash-${orgId}-${i}`,
        hint: 'roster_pat_…test',
        scopes: ['members.view'],
        expiresAt: new Date(Date.now() + DAY),
        // Pairs share a creation instant: the id breaks the tie.
        createdAt: new Date(base + Math.floor(i / 2) * 1000),
      })),
    );
    const first = await listOrgTokensPage(db, orgId);
    expect(first.rows).toHaveLength(PAGE_SIZE);
    expect(first.nextCursor).toBeTruthy();
    const second = await listOrgTokensPage(db, orgId, { after: first.nextCursor! });
    expect(second).toMatchObject({ nextCursor: null });
    const names = [...first.rows, ...second.rows].map((r) => r.name);
    expect(new Set(names).size).toBe(PAGE_SIZE + 3);
    // A cursor the list did not issue is the first page, not an error.
    expect((await listOrgTokensPage(db, orgId, { after: 'not-a-cursor' })).rows[0]?.id).toBe(first.rows[0]!.id);

    await actAs(admin);
    expect(await tableRows(orgId, first.nextCursor!)).toHaveLength(3);
  });

  it.each(withoutSettings)('answers 404 to %s, as to a non-member', async (role) => {
    const { orgId } = await org();
    await actAs(await addMember(orgId, role));
    expect(await notFoundFrom(() => OrgApiTokensPage(props(orgId)))).toBe(true);
    await actAs(await createUser());
    expect(await notFoundFrom(() => OrgApiTokensPage(props(orgId)))).toBe(true);
  });
});

describe("revoking a member's token", () => {
  it('stops the token at once, audited with its owner; revoking again changes nothing', async () => {
    const { admin, orgId, member } = await org();
    const token = await createApiToken(orgId, member, { name: 'Nightly sync', scopes: ['members.view'] });
    expect((await call(token.secret)).status).toBe(200);

    await actAs(admin);
    expect(await revokeOrgTokenAction({ orgId, tokenId: token.id })).toEqual({ ok: true, data: { name: 'Nightly sync' } });
    expect((await call(token.secret)).status).toBe(401);
    expect((await tableRows(orgId)).map((r) => [r.name, r.status])).toEqual([['Nightly sync', 'revoked']]);

    const db = await getDb();
    const events = await listAuditEvents(db, orgId, { action: 'api_token.revoked' });
    expect(events.rows).toHaveLength(1);
    expect(events.rows[0]).toMatchObject({
      actorEmail: admin.email,
      targetId: 'Nightly sync',
      data: { name: 'Nightly sync', kind: 'personal', userId: member.id, email: member.email },
    });
    expect(auditSentence(events.rows[0]!)).toBe('Ada Admin revoked the personal access token “Nightly sync” of Otto Owner');

    const before = await state(orgId);
    expect(await revokeOrgTokenAction({ orgId, tokenId: token.id })).toEqual({ ok: true, data: { name: 'Nightly sync' } });
    expect(await state(orgId)).toEqual(before);
  });

  it.each(withoutSettings)('is refused FORBIDDEN to %s, and nothing changes', async (role) => {
    const { orgId, member } = await org();
    const token = await createApiToken(orgId, member);
    const caller = await addMember(orgId, role);
    const before = await state(orgId);
    await actAs(caller);
    expect(await revokeOrgTokenAction({ orgId, tokenId: token.id })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await state(orgId)).toEqual(before);
    expect((await call(token.secret)).status).toBe(200);
  });

  it("is NOT_FOUND for another organization's token, for a non-member, and for an unknown id; nothing changes", async () => {
    const { orgId, member } = await org();
    const token = await createApiToken(orgId, member);
    const otherAdmin = await createUser();
    const { id: otherOrg } = await createOrg(otherAdmin);
    const before = await state(orgId);
    await actAs(otherAdmin);
    // Their own organization in the URL, this one's token: scoped by organization, so it is not there.
    expect(await revokeOrgTokenAction({ orgId: otherOrg, tokenId: token.id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await revokeOrgTokenAction({ orgId, tokenId: token.id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await revokeOrgTokenAction({ orgId: otherOrg, tokenId: crypto.randomUUID() })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await revokeOrgTokenAction({ orgId: otherOrg, tokenId: 'not-a-uuid' })).toMatchObject({ ok: false, code: 'VALIDATION' });
    await actAs(null);
    expect(await revokeOrgTokenAction({ orgId, tokenId: token.id })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await state(orgId)).toEqual(before);
    expect((await call(token.secret)).status).toBe(200);
  });
});

describe('the "Allow tokens without an expiry date" setting', () => {
  const noExpiry = (orgId: string) => ({ orgId, name: 'Forever sync', expiration: 'none' as const, scopes: ['members.view'] });

  it('is off by default: a token without an expiry date is refused beside Expiration, whatever the form sent', async () => {
    const { admin, orgId, member } = await org();
    await actAs(member);
    const before = await state(orgId);
    expect(await createPersonalTokenAction(noExpiry(orgId))).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { expiration: [expect.stringContaining('requires tokens to expire')] },
    });
    expect(await state(orgId)).toEqual(before);
    // The New token dialog does not offer it for this organization, and the settings page shows it off.
    const dialog = elementsOf(await TokensPage(), NewTokenDialog)[0]!;
    expect(dialog.props.organizations).toEqual([expect.objectContaining({ id: orgId, allowsNoExpiration: false })]);
    await actAs(admin);
    const form = elementsOf(await OrganizationSettingsPage({ params: Promise.resolve({ orgId }) }), OrganizationSettingsForm)[0]!;
    expect(form.props.allowTokensWithoutExpiry).toBe(false);
  });

  it('once an Admin turns it on (audited), lets members make tokens that never expire; off again, refuses them', async () => {
    const { admin, orgId, member } = await org();
    const settings = { orgId, name: 'Token Lab', billingEmail: 'billing@example.test' };
    await actAs(admin);
    expect(await updateOrganizationAction({ ...settings, allowTokensWithoutExpiry: true })).toMatchObject({
      ok: true,
      data: { allowTokensWithoutExpiry: true },
    });
    const db = await getDb();
    const [updated] = (await listAuditEvents(db, orgId, { action: 'organization.updated' })).rows;
    expect(updated?.data).toEqual({
      before: { name: expect.any(String), allowTokensWithoutExpiry: false },
      after: { name: 'Token Lab', allowTokensWithoutExpiry: true },
    });
    expect(auditSentence(updated!)).toMatch(/changed the organization's name .* and allowed API tokens without an expiry date$/);
    const form = elementsOf(await OrganizationSettingsPage({ params: Promise.resolve({ orgId }) }), OrganizationSettingsForm)[0]!;
    expect(form.props.allowTokensWithoutExpiry).toBe(true);

    await actAs(member);
    const dialog = elementsOf(await TokensPage(), NewTokenDialog)[0]!;
    expect(dialog.props.organizations).toEqual([expect.objectContaining({ id: orgId, allowsNoExpiration: true })]);
    const made = await createPersonalTokenAction(noExpiry(orgId));
    expect(made.ok).toBe(true);
    const [row] = await db.select().from(schema.apiTokens).where(eq(schema.apiTokens.userId, member.id));
    expect(row).toMatchObject({ name: 'Forever sync', expiresAt: null });
    expect((await call((made as { data: { secret: string } }).data.secret)).status).toBe(200);

    await actAs(admin);
    expect(await updateOrganizationAction({ ...settings, allowTokensWithoutExpiry: false })).toMatchObject({ ok: true });
    const [off] = (await listAuditEvents(db, orgId, { action: 'organization.updated' })).rows;
    expect(auditSentence(off!)).toBe('Ada Admin stopped allowing API tokens without an expiry date');
    await actAs(member);
    expect(await createPersonalTokenAction({ ...noExpiry(orgId), name: 'Second' })).toMatchObject({ ok: false, code: 'VALIDATION' });
  });

  it('a save without the setting (another door) leaves it as it is; a non-Admin cannot change it', async () => {
    const { admin, orgId } = await org();
    const settings = { orgId, name: 'Kept Lab', billingEmail: 'billing@example.test' };
    await actAs(admin);
    expect((await updateOrganizationAction({ ...settings, allowTokensWithoutExpiry: true })).ok).toBe(true);
    expect((await updateOrganizationAction(settings)).ok).toBe(true);
    const db = await getDb();
    const flag = async () =>
      (
        await db
          .select({ on: schema.organizations.allowTokensWithoutExpiry })
          .from(schema.organizations)
          .where(eq(schema.organizations.id, orgId))
      )[0]?.on;
    expect(await flag()).toBe(true);

    for (const role of withoutSettings) {
      await actAs(await addMember(orgId, role));
      expect(await updateOrganizationAction({ ...settings, allowTokensWithoutExpiry: false })).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
    }
    expect(await flag()).toBe(true);
  });
});
