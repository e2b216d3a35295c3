/**
 * What every /api/v1 operation does alike: problem+json refusals, the per-token rate limit and its
 * headers, Idempotency-Key (a concurrent retry waits for the first answer and replays it; nothing is
 * done twice), and a token whose owner is demoted doing less on its very next request.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { apiClient, inProcessFetch } from '../support/api-client';
import { createApiToken } from '../factories/api-tokens';
import { addMember, createOrg, createUser } from '../factories';

async function adminToken() {
  const admin = await createUser({ name: 'Ada Admin' });
  const { id: orgId } = await createOrg(admin);
  const token = await createApiToken(orgId, admin);
  return { admin, orgId, ...token };
}

async function invitationsTo(orgId: string, email: string) {
  const db = await getDb();
  return db
    .select()
    .from(schema.invitations)
    .where(and(eq(schema.invitations.orgId, orgId), eq(schema.invitations.email, email)));
}

afterEach(() => {
  delete process.env.LIMIT_API_REQUESTS_PER_TOKEN;
});

describe('/api/v1 conventions', () => {
  it('limits each token to its allowance a minute, with RateLimit headers and Retry-After', async () => {
    process.env.LIMIT_API_REQUESTS_PER_TOKEN = '3';
    const { orgId, secret, admin } = await adminToken();
    const api = apiClient(secret);
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 4; i++) {
      last = (await api.GET('/api/v1/orgs/{orgId}', { params: { path: { orgId } } })).response;
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(last!.headers.get('content-type')).toBe('application/problem+json');
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(last!.headers.get('ratelimit')).toMatch(/^"token";r=0;t=\d+$/);
    expect(last!.headers.get('ratelimit-policy')).toBe('"token";q=3;w=60');
    // Another token of the same person has its own allowance.
    const other = apiClient((await createApiToken(orgId, admin)).secret);
    expect((await other.GET('/api/v1/orgs/{orgId}', { params: { path: { orgId } } })).response.status).toBe(200);
  });

  it('answers a retried POST with the same Idempotency-Key once, even when the retries race', async () => {
    const { orgId, secret } = await adminToken();
    const send = () =>
      inProcessFetch(
        new Request(`http://localhost:3000/api/v1/orgs/${orgId}/invitations`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json', 'Idempotency-Key': 'nightly-2026-12-07' },
          body: JSON.stringify({ emails: ['raced@example.test'], role: 'org_user' }),
        }),
      );
    const answers = await Promise.all([send(), send(), send()]);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    const bodies = await Promise.all(answers.map((a) => a.json()));
    expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1);
    expect(answers.filter((a) => a.headers.get('idempotent-replayed') === 'true')).toHaveLength(2);
    expect(await invitationsTo(orgId, 'raced@example.test')).toHaveLength(1);
  });

  it('refuses a malformed Idempotency-Key and unparseable or non-JSON bodies with problem details', async () => {
    const { orgId, secret } = await adminToken();
    const post = (headers: Record<string, string>, body: string) =>
      inProcessFetch(
        new Request(`http://localhost:3000/api/v1/orgs/${orgId}/invitations`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${secret}`, ...headers },
          body,
        }),
      );
    const valid = JSON.stringify({ emails: ['x@example.test'], role: 'org_user' });
    expect((await post({ 'Content-Type': 'application/json', 'Idempotency-Key': 'has space' }, valid)).status).toBe(400);
    expect((await post({ 'Content-Type': 'application/json' }, '{"emails": [')).status).toBe(400);
    expect((await post({ 'Content-Type': 'text/plain' }, valid)).status).toBe(415);
    expect(
      (await post({ 'Content-Type': 'application/json' }, JSON.stringify({ emails: ['a\u0000@example.test'], role: 'org_user' }))).status,
    ).toBe(422);
    expect(await invitationsTo(orgId, 'x@example.test')).toHaveLength(0);
  });

  it("acts with the owner's role of the moment: demoted, the same token is refused on its next request", async () => {
    const { orgId } = await adminToken();
    const owner = await addMember(orgId, 'admin', await createUser({ name: 'Otto Owner' }));
    const api = apiClient((await createApiToken(orgId, owner)).secret);
    const invite = () =>
      api.POST('/api/v1/orgs/{orgId}/invitations', {
        params: { path: { orgId } },
        body: { emails: ['next@example.test'], role: 'org_user' },
      });
    const db = await getDb();
    await db
      .update(schema.memberships)
      .set({ role: 'org_user' })
      .where(and(eq(schema.memberships.orgId, orgId), eq(schema.memberships.userId, owner.id)));
    expect((await invite()).response.status).toBe(403);
    expect(await invitationsTo(orgId, 'next@example.test')).toHaveLength(0);
    await db.delete(schema.memberships).where(and(eq(schema.memberships.orgId, orgId), eq(schema.memberships.userId, owner.id)));
    expect((await invite()).response.status).toBe(401);
  });
});
