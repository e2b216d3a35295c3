/**
 * Issue 17: a team's Default permission changed after creation, nodepools edited, and the compute page
 * shown read-only to a member whose team is Model Trainer on some app. Who may is asked of lib/permissions
 * (can, canViewClustersForApp); every refusal leaves the database as it was.
 */
import { and, asc, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb, schema } from '@/db';
import { listClusters } from '@/db/queries/compute';
import { changeTeamDefaultPermissionAction } from '@/app/(app)/orgs/[orgId]/teams/actions';
import { updateNodepoolAction } from '@/app/(app)/orgs/[orgId]/compute/actions';
import ComputePage from '@/app/(app)/orgs/[orgId]/compute/page';
import {
  CreateClusterDialog,
  CreateNodepoolDialog,
  DeleteClusterButton,
  DeleteNodepoolButton,
  EditNodepoolDialog,
  RenameClusterDialog,
} from '@/app/(app)/orgs/[orgId]/compute/_components/compute-dialogs';
import { DeploymentsSection } from '@/app/(app)/orgs/[orgId]/compute/_components/deployments-section';
import { ORG_ROLES, TEAM_LEVELS, can, type OrgRole } from '@/lib/permissions';
import { actAs } from '../support/session';
import { addMember, createOrg, createUser } from '../factories';
import { auditOf } from '../factories/invitations';
import { createApp, createTeam, grantApp, memberInTeam, teamOrg, teamRow, tenantSnapshot } from '../factories/teams';
import { elementsOf, notFoundFrom } from '../factories/render';

const TEAM_MANAGERS = ORG_ROLES.filter((role) => can(role, 'teams.manage'));
const COMPUTE_MANAGERS = ORG_ROLES.filter((role) => can(role, 'compute.manage'));

describe('change a team’s Default permission', () => {
  it('is allowed exactly to the roles with teams.manage (Admin, Organization Contributor)', () => {
    expect(TEAM_MANAGERS).toEqual(['admin', 'org_contributor']);
  });

  it.each(TEAM_MANAGERS)('%s changes it; the apps the team has keep theirs; audited with before and after', async (role) => {
    const org = await teamOrg();
    const actor = role === 'admin' ? org.admin : await addMember(org.orgId, role);
    await actAs(actor);
    expect(await changeTeamDefaultPermissionAction({ orgId: org.orgId, teamId: org.teamId, defaultPermission: 'labeler_lead' })).toEqual({
      ok: true,
      data: { id: org.teamId, defaultPermission: 'labeler_lead' },
    });
    expect(await teamRow(org.orgId, org.teamId)).toMatchObject({ defaultPermission: 'labeler_lead' });
    const db = await getDb();
    const ta = schema.teamApps;
    expect(
      await db
        .select({ permission: ta.permission })
        .from(ta)
        .where(and(eq(ta.orgId, org.orgId), eq(ta.teamId, org.teamId))),
    ).toEqual([{ permission: 'model_trainer' }]);
    expect(await auditOf(org.orgId, 'team.default_permission_changed')).toMatchObject([
      { actorId: actor.id, targetType: 'team', targetId: org.teamId, data: { before: 'model_trainer', after: 'labeler_lead' } },
    ]);
    // The same level again changes nothing and records nothing.
    expect((await changeTeamDefaultPermissionAction({ orgId: org.orgId, teamId: org.teamId, defaultPermission: 'labeler_lead' })).ok).toBe(
      true,
    );
    expect(await auditOf(org.orgId, 'team.default_permission_changed')).toHaveLength(1);
  });

  const refused: Array<[string, (org: Awaited<ReturnType<typeof teamOrg>>) => Promise<{ id: string }>]> = [
    ...ORG_ROLES.filter((role) => !can(role, 'teams.manage')).map(
      (role): [string, (org: Awaited<ReturnType<typeof teamOrg>>) => Promise<{ id: string }>] => [
        `${role}, a member of the team`,
        (org) => memberInTeam(org.orgId, role, org.teamId),
      ],
    ),
    ['a non-member', () => createUser()],
    [
      'an Admin of another organization',
      async () => {
        const other = await createUser();
        await createOrg(other);
        return other;
      },
    ],
  ];
  it.each(refused)('%s is refused and nothing changes', async (_name, who) => {
    const org = await teamOrg();
    const caller = await who(org);
    const before = await tenantSnapshot([org.orgId]);
    await actAs(caller);
    const result = await changeTeamDefaultPermissionAction({ orgId: org.orgId, teamId: org.teamId, defaultPermission: 'full_access' });
    expect(result).toMatchObject({ ok: false, code: expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/) });
    expect(await tenantSnapshot([org.orgId])).toEqual(before);
  });

  it('answers a bad level beside the field, and a team of another organization as not found', async () => {
    const org = await teamOrg();
    const other = await teamOrg();
    await actAs(org.admin);
    const before = await tenantSnapshot([org.orgId, other.orgId]);
    expect(
      await changeTeamDefaultPermissionAction({ orgId: org.orgId, teamId: org.teamId, defaultPermission: 'owner' as 'full_access' }),
    ).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { defaultPermission: ['Choose a permission level.'] } });
    expect(
      await changeTeamDefaultPermissionAction({ orgId: org.orgId, teamId: other.teamId, defaultPermission: 'full_access' }),
    ).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await tenantSnapshot([org.orgId, other.orgId])).toEqual(before);
  });
});

/** An organization with cluster `gpu` holding nodepool `t4s` (gpu-t4, 1–3 nodes). */
async function computeOrg() {
  const admin = await createUser();
  const { id: orgId } = await createOrg(admin);
  const db = await getDb();
  await db.insert(schema.clusters).values({ orgId, id: 'gpu', name: 'GPU cluster', region: 'eu-west-1' });
  await db.insert(schema.nodepools).values({ orgId, clusterId: 'gpu', id: 't4s', instanceType: 'gpu-t4', minNodes: 1, maxNodes: 3 });
  return { orgId, admin };
}

async function computeSnapshot(orgId: string) {
  const db = await getDb();
  const n = schema.nodepools;
  const [audit] = await db.select({ n: count() }).from(schema.auditEvents).where(eq(schema.auditEvents.orgId, orgId));
  return {
    nodepools: await db.select().from(n).where(eq(n.orgId, orgId)).orderBy(asc(n.clusterId), asc(n.id)),
    audit: Number(audit?.n),
  };
}

const edit = (
  orgId: string,
  changes: Partial<{ clusterId: string; nodepoolId: string; instanceType: string; minNodes: number; maxNodes: number }> = {},
) =>
  updateNodepoolAction({
    orgId,
    clusterId: 'gpu',
    nodepoolId: 't4s',
    instanceType: 'gpu-a10g',
    minNodes: 2,
    maxNodes: 8,
    ...changes,
  } as Parameters<typeof updateNodepoolAction>[0]);

describe('edit a nodepool', () => {
  it('is allowed exactly to the roles with compute.manage (Admin, Infrastructure Manager)', () => {
    expect(COMPUTE_MANAGERS).toEqual(['admin', 'infra_manager']);
  });

  it.each(COMPUTE_MANAGERS)('%s changes its instance type and node range; audited with before and after', async (role) => {
    const { orgId, admin } = await computeOrg();
    const actor = role === 'admin' ? admin : await addMember(orgId, role);
    await actAs(actor);
    expect(await edit(orgId)).toEqual({ ok: true, data: { id: 't4s', instanceType: 'gpu-a10g', minNodes: 2, maxNodes: 8 } });
    expect((await listClusters(await getDb(), orgId))[0]!.nodepools).toEqual([
      { id: 't4s', instanceType: 'gpu-a10g', minNodes: 2, maxNodes: 8 },
    ]);
    expect(await auditOf(orgId, 'nodepool.updated')).toMatchObject([
      {
        actorId: actor.id,
        targetType: 'nodepool',
        targetId: 'gpu/t4s',
        data: {
          before: { instanceType: 'gpu-t4', minNodes: 1, maxNodes: 3 },
          after: { instanceType: 'gpu-a10g', minNodes: 2, maxNodes: 8 },
        },
      },
    ]);
  });

  const refused: Array<[string, (orgId: string) => Promise<{ id: string }>]> = [
    ...ORG_ROLES.filter((role) => !can(role, 'compute.manage')).map((role): [string, (orgId: string) => Promise<{ id: string }>] => [
      role,
      (orgId) => addMember(orgId, role),
    ]),
    ...TEAM_LEVELS.map((level): [string, (orgId: string) => Promise<{ id: string }>] => [
      `team_contributor in a team with an app at ${level}`,
      async (orgId) => {
        const { id: teamId } = await createTeam(orgId);
        await grantApp(orgId, teamId, (await createApp({ orgId })).id, level);
        return memberInTeam(orgId, 'team_contributor', teamId);
      },
    ]),
    ['a non-member', () => createUser()],
    [
      'an Admin of another organization',
      async () => {
        const other = await createUser();
        await createOrg(other);
        return other;
      },
    ],
  ];
  it.each(refused)('%s is refused and nothing changes', async (_name, who) => {
    const { orgId } = await computeOrg();
    const caller = await who(orgId);
    const before = await computeSnapshot(orgId);
    await actAs(caller);
    expect(await edit(orgId)).toMatchObject({ ok: false, code: expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/) });
    expect(await computeSnapshot(orgId)).toEqual(before);
  });

  it('validates as on creation, beside each field; an unknown nodepool or cluster is not found', async () => {
    const { orgId, admin } = await computeOrg();
    await actAs(admin);
    const before = await computeSnapshot(orgId);
    expect(await edit(orgId, { minNodes: 5, maxNodes: 4 })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { maxNodes: ['The maximum must be at least the minimum.'] },
    });
    expect(await edit(orgId, { instanceType: 'tpu-v9', minNodes: -1, maxNodes: 1001 })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: {
        instanceType: ['Choose an instance type.'],
        minNodes: ['The minimum cannot be negative.'],
        maxNodes: ['The maximum is at most 1,000.'],
      },
    });
    expect(await edit(orgId, { maxNodes: 2.5 })).toMatchObject({
      ok: false,
      fieldErrors: { maxNodes: ['The maximum must be a whole number.'] },
    });
    expect(await edit(orgId, { nodepoolId: 'nope' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await edit(orgId, { clusterId: 'nope' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await computeSnapshot(orgId)).toEqual(before);
  });
});

describe('the compute page for a Model Trainer', () => {
  const CONTROLS = [
    CreateClusterDialog,
    CreateNodepoolDialog,
    EditNodepoolDialog,
    DeleteNodepoolButton,
    RenameClusterDialog,
    DeleteClusterButton,
  ];
  const page = (orgId: string) => ComputePage({ params: Promise.resolve({ orgId }), searchParams: Promise.resolve({}) });
  const controlsOn = (tree: unknown) => CONTROLS.map((type) => elementsOf(tree, type).length);

  async function withTeamAt(orgId: string, role: OrgRole, levels: Array<(typeof TEAM_LEVELS)[number]>) {
    const { id: teamId } = await createTeam(orgId, { name: 'Trainers' });
    for (const level of levels) await grantApp(orgId, teamId, (await createApp({ orgId })).id, level);
    return memberInTeam(orgId, role, teamId);
  }

  it.each(['team_contributor', 'financial_manager'] as const)(
    'shows a %s whose team is Model Trainer on an app the clusters and nodepools, with no control',
    async (role) => {
      const { orgId } = await computeOrg();
      await actAs(await withTeamAt(orgId, role, ['labeler_worker', 'model_trainer']));
      const tree = await page(orgId);
      expect(JSON.stringify(tree)).toContain('GPU cluster');
      expect(controlsOn(tree)).toEqual([0, 0, 0, 0, 0, 0]);
      expect(elementsOf(tree, DeploymentsSection)).toHaveLength(0);
    },
  );

  it.each([
    ['team_contributor', ['full_access', 'labeler_lead', 'labeler_worker']],
    ['team_contributor', []],
    ['financial_manager', ['full_access']],
  ] as const)('answers 404 to a %s whose teams hold %j', async (role, levels) => {
    const { orgId } = await computeOrg();
    await actAs(await withTeamAt(orgId, role, [...levels]));
    expect(await notFoundFrom(() => page(orgId))).toBe(true);
  });

  it('gives the managers an Edit per nodepool, and the viewers by role none', async () => {
    const { orgId, admin } = await computeOrg();
    await actAs(admin);
    const tree = await page(orgId);
    expect(elementsOf(tree, EditNodepoolDialog).map((e) => (e.props.pool as { id: string }).id)).toEqual(['t4s']);
    expect(controlsOn(tree)).toEqual([1, 1, 1, 1, 1, 1]);
    await actAs(await addMember(orgId, 'org_user'));
    expect(controlsOn(await page(orgId))).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
