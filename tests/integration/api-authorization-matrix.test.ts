/**
 * The API's authorization matrix, generated from lib/permissions like the browser's: every operation of
 * /api/v1, called with a token of every org role, of a Team Contributor at every team level, of someone
 * who left the organization, of another organization's Admin, with no token, and with an Admin's token
 * that lacks the operation's scope, has expired or was revoked; and with an organization API key of every
 * role (which acts as that role with no teams) and a revoked one. Each case's status is computed with
 * can()/canOnApp(), never written by hand; on a refusal the database must be exactly as before. An
 * operation this table does not list fails the coverage test.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { OPERATIONS } from '@/lib/api/v1';
import { can, canOnApp, roleGrantsOnApp, type AppGrant } from '@/lib/permissions';
import { SCOPES } from '@/lib/permissions/scopes';
import { inProcessFetch } from '../support/api-client';
import { createApiToken, createOrgApiKey } from '../factories/api-tokens';
import { SUBJECTS, matrixFixture, matrixSnapshot, type Fixture, type Subject } from '../factories/matrix';
import { API_MATRIX, type ApiEntry } from '../support/api-matrix-entries';

/** Who holds the token, beyond SUBJECTS: the Admin's own token in states that must not work. */
type TokenState = 'missing scope' | 'expired' | 'revoked';
/** `key`: the case calls with an organization API key of the subject's role instead of a member's token. */
type Case = { name: string; subject: Subject; state?: TokenState; key?: true };

const ADMIN: Subject = SUBJECTS.find((s) => s.kind === 'role' && s.role === 'admin')!;
const CASES: Case[] = [
  ...SUBJECTS.map((subject) => ({ name: subject.kind === 'non-member' ? 'someone who left the organization' : subject.name, subject })),
  ...(['missing scope', 'expired', 'revoked'] as const).map((state) => ({ name: `an Admin's token, ${state}`, subject: ADMIN, state })),
  ...SUBJECTS.filter((subject) => subject.kind === 'role').map((subject) => ({
    name: `an organization API key acting as ${subject.role}`,
    subject,
    key: true as const,
  })),
  { name: 'an Admin organization API key, revoked', subject: ADMIN, state: 'revoked', key: true },
];

type Want = { status: 'success' | 401 | 403 | 404 };

function expected(entry: ApiEntry, kase: Case): Want {
  const want = expectedForRole(entry, kase);
  return kase.key && entry.personOnly && want.status === 'success' ? { status: 403 } : want;
}

function expectedForRole(entry: ApiEntry, { subject, state }: Case): Want {
  if (subject.kind === 'signed-out' || subject.kind === 'non-member' || state === 'expired' || state === 'revoked') return { status: 401 };
  if (subject.kind === 'other-org-admin') return entry.kind === 'any' && entry.orgless ? { status: 'success' } : { status: 404 };
  const role = subject.kind === 'role' ? subject.role : 'team_contributor';
  if (entry.kind === 'any') return { status: 'success' };
  if (entry.kind === 'team') {
    if (!can(role, 'teams.view_own') || state === 'missing scope') return { status: 403 };
    return can(role, 'teams.manage') ? { status: 'success' } : { status: 404 };
  }
  if (entry.kind === 'org') {
    if (!can(role, entry.permission)) return { status: 403 };
    return state === 'missing scope' ? { status: 403 } : { status: 'success' };
  }
  const grant: AppGrant =
    subject.kind === 'level'
      ? { role, teams: [{ teamId: 'caller-team', teamName: 'Caller team', level: subject.level }] }
      : { role, teams: [] };
  const sees = subject.kind === 'role' ? roleGrantsOnApp(role, 'app.view') : canOnApp(grant, 'app.view');
  const may = subject.kind === 'role' ? roleGrantsOnApp(role, entry.permission) : canOnApp(grant, entry.permission);
  if (!sees) return { status: 404 };
  if (!may) return { status: 403 };
  // Without the scope an app the token may not view is hidden (404); with app.view it is refused (403).
  if (state === 'missing scope') return { status: entry.permission === 'app.view' ? 404 : 403 };
  return { status: 'success' };
}

/** The token a case calls with (none for the signed-out visitor). */
async function tokenFor(fx: Fixture, kase: Case, entry: ApiEntry): Promise<string | null> {
  if (kase.subject.kind === 'signed-out') return null;
  if (kase.key && kase.subject.kind === 'role')
    return (await createOrgApiKey(fx.orgId, kase.subject.role, { revoked: kase.state === 'revoked' })).secret;
  const me = fx.callers.get(kase.subject.name)!;
  const orgId = kase.subject.kind === 'other-org-admin' ? fx.otherOrgId! : fx.orgId;
  const needs = entry.kind === 'any' ? null : entry.kind === 'team' ? 'teams.view_own' : entry.permission;
  const scopes = kase.state === 'missing scope' ? SCOPES.filter((scope) => scope !== needs) : SCOPES;
  const token = await createApiToken(orgId, me, {
    scopes,
    expiresAt: kase.state === 'expired' ? new Date(Date.now() - 1000) : undefined,
    revoked: kase.state === 'revoked',
  });
  return token.secret;
}

/** The snapshot without what any authenticated request records: a token's last use. */
async function snapshot(fx: Fixture) {
  const state = (await matrixSnapshot(fx)) as { api_tokens: Array<Record<string, unknown>> };
  return { ...state, api_tokens: state.api_tokens.map(({ last_used_at: _at, last_used_ip: _ip, ...token }) => token) };
}

async function call(entry: ApiEntry, fx: Fixture, secret: string | null): Promise<Response> {
  const { method, path, body } = entry.request(fx);
  const headers: Record<string, string> = secret ? { Authorization: `Bearer ${secret}` } : {};
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  return inProcessFetch(
    new Request(`http://localhost:3000/api/v1${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }),
  );
}

let ran = 0;
afterAll(() => {
  // Guards against a filter or early return silently skipping most of the matrix.
  if (ran > 0) expect(ran).toBe(Object.keys(API_MATRIX).length * CASES.length);
});

describe('coverage: every API operation is in the matrix', () => {
  it('API_MATRIX lists exactly the operations of /api/v1, with one method each', () => {
    const listed = Object.keys(API_MATRIX).sort();
    const defined = OPERATIONS.map((operation) => operation.operationId).sort();
    expect({ missing: defined.filter((id) => !listed.includes(id)), stale: listed.filter((id) => !defined.includes(id)) }).toEqual({
      missing: [],
      stale: [],
    });
    for (const operation of OPERATIONS)
      expect(API_MATRIX[operation.operationId]!.request.length, operation.operationId).toBeLessThanOrEqual(1);
  });

  it('each entry calls its own operation', async () => {
    const fx = await matrixFixture([]);
    for (const operation of OPERATIONS) {
      const { method, path } = API_MATRIX[operation.operationId]!.request(fx);
      const template = new RegExp(`^${operation.path.replace(/\{\w+\}/g, '[^/]+')}$`);
      expect(`${method} ${template.test(path.split('?')[0]!)}`, operation.operationId).toBe(`${operation.method.toUpperCase()} true`);
    }
  });
});

describe.each(Object.entries(API_MATRIX))('%s', (_operationId, entry) => {
  // Refusals leave the database as it was, so they share one fixture; an allowed call gets its own.
  let shared: Promise<Fixture> | undefined;
  const cases = CASES.map((kase) => [`${kase.name} → ${expected(entry, kase).status}`, kase] as const);

  it.each(cases)('%s', async (_title, kase) => {
    ran += 1;
    const want = expected(entry, kase);
    const fx = want.status === 'success' ? await matrixFixture([kase.subject]) : await (shared ??= matrixFixture(SUBJECTS));
    const secret = await tokenFor(fx, kase, entry);
    const person = kase.key || kase.subject.kind === 'signed-out' ? null : fx.callers.get(kase.subject.name)!.id;
    await entry.prepare?.(fx, person);
    const before = await snapshot(fx);
    const response = await call(entry, fx, secret);
    const after = await snapshot(fx);
    if (want.status === 'success') {
      expect(response.status, await response.clone().text()).toBeLessThan(300);
      if (entry.readOnly) expect(after).toEqual(before);
      else expect(after).not.toEqual(before);
    } else {
      expect(response.status, await response.clone().text()).toBe(want.status);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(after).toEqual(before);
    }
  });
});
