/**
 * Bad input to every server action gets a clear refusal, never a 500: each exported action of every
 * 'use server' module is called by a signed-in Admin with malformed, oversized and hostile inputs, and
 * must answer without throwing and, when it refuses, with a known code (never INTERNAL).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { actAs } from '../support/session';
import { createOrg, createUser } from '../factories';
import { scanServerActions } from '../factories/matrix';

// These end the session by design (Auth.js answers with a redirect), so they take no input to fuzz.
const REDIRECTING = new Set(['auth/signOutAction', 'auth/switchAccountAction']);
const FIELDS = [
  'orgId',
  'emails',
  'role',
  'userId',
  'userIds',
  'invitationId',
  'teamId',
  'appId',
  'appIds',
  'id',
  'name',
  'slug',
  'confirmation',
  'defaultPermission',
  'permission',
  'q',
  'clusterId',
  'nodepoolId',
  'region',
  'instanceType',
  'minNodes',
  'maxNodes',
  'description',
  'notes',
  'newName',
  'newSlug',
  'ids',
  'token',
  'email',
  'password',
  'billingEmail',
  'inviteToken',
  // The app workspace, deployments and costs.
  'conceptId',
  'conceptIds',
  'datasetId',
  'inputId',
  'inputs',
  'steps',
  'workflowId',
  'modelId',
  'modelVersionId',
  'nodepool',
  'deploymentId',
  'taskId',
  'annotationId',
  'decision',
  'feedback',
  'status',
  'instructions',
  'monthlyBudget',
];
const huge = 'x'.repeat(200_000);
const hostile: unknown[] = [
  huge,
  -1,
  1e308,
  Number.NaN,
  true,
  null,
  [],
  [huge],
  { nested: { deeper: huge } },
  '<script>alert(1)</script>',
  "'; drop table users; --",
  '\u0000\uffff',
];

function inputsFor(orgId: string): Array<[string, unknown]> {
  const cases: Array<[string, unknown]> = [
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['a string', 'hello'],
    ['an array', [1, 2]],
    ['an empty object', {}],
    ['a prototype-polluting object', JSON.parse('{"__proto__": {"polluted": true}, "orgId": "x"}')],
    ['a huge orgId', { orgId: huge }],
    ['an orgId of the wrong type', { orgId: { $ne: null } }],
  ];
  hostile.forEach((value, i) =>
    cases.push([`every field = hostile value #${i}`, { ...Object.fromEntries(FIELDS.map((f) => [f, value])), orgId }]),
  );
  return cases;
}

const scan = scanServerActions(path.join(process.cwd(), 'app'));
const modules = new Map<string, string>();
for (const file of (await import('node:fs')).readdirSync(path.join(process.cwd(), 'app'), { recursive: true, encoding: 'utf8' })) {
  if (file.endsWith('actions.ts')) modules.set(file, path.join(process.cwd(), 'app', file));
}

describe('every server action refuses bad input clearly', async () => {
  const actions: Array<[string, (input: unknown) => Promise<unknown>]> = [];
  for (const [file, abs] of modules) {
    const mod = (await import(/* @vite-ignore */ abs)) as Record<string, unknown>;
    for (const [name, fn] of Object.entries(mod)) {
      const key =
        scan.actions.find((a) => a.endsWith(`/${name}`) && file.includes(a.split('/')[0]!.replace('orgs', '[orgId]').split('/')[0]!)) ??
        `${file}/${name}`;
      if (typeof fn === 'function' && !REDIRECTING.has(key)) actions.push([key, fn as (input: unknown) => Promise<unknown>]);
    }
  }

  it('found the actions to fuzz', () => {
    expect(actions.length).toBeGreaterThanOrEqual(scan.actions.length - REDIRECTING.size);
  });

  it.each(actions)('%s', async (_key, action) => {
    const admin = await createUser();
    const { id: orgId } = await createOrg(admin);
    await actAs(admin);
    for (const [label, input] of inputsFor(orgId)) {
      let result: unknown;
      try {
        result = await action(input);
      } catch (error) {
        throw new Error(`threw on ${label}: ${error instanceof Error ? error.message : String(error)}`);
      }
      // A few inputs are valid for some actions ({} for "mark all read"); what must never happen is a
      // throw or an INTERNAL answer.
      expect(result, label).toMatchObject({ ok: expect.any(Boolean) });
      if ((result as { ok: boolean }).ok === false) {
        expect((result as { code: string }).code, label).toMatch(
          /^(VALIDATION|NOT_FOUND|FORBIDDEN|UNAUTHENTICATED|CONFLICT|RATE_LIMITED)$/,
        );
      }
      expect(Object.prototype).not.toHaveProperty('polluted');
    }
  });
});
