import { describe, expect, it } from 'vitest';
import {
  changeMemberRoleAction,
  changeMemberRolesAction,
  inviteMembersAction,
  previewRoleChangesAction,
  removeMemberAction,
  removeMembersAction,
  rescindInvitationAction,
  resendInvitationAction,
} from '@/app/(app)/orgs/[orgId]/members/actions';
import { NOT_FOUND_MESSAGE } from '@/lib/actions/result';
import { ORG_ROLES, type OrgRole } from '@/lib/permissions';
import { actAs } from '../support/session';
import { addMember, createOrg, createUser } from '../factories';
import { invitationRow, invite, newEmail, notificationsOf, snapshot } from '../factories/invitations';

type User = { id: string; email: string };
/** One organization as its Admin left it: a member, a pending invitation (with its email and notification). */
type Org = { orgId: string; admin: User; member: User; invitee: User; invitationId: string; fresh: string };

async function organization(): Promise<Org> {
  const admin = await createUser();
  const { id: orgId } = await createOrg(admin);
  const member = await addMember(orgId, 'org_user');
  const invitee = await createUser();
  expect(await invite(admin, orgId, invitee.email, 'org_contributor')).toMatchObject({ ok: true });
  const { id: invitationId } = await invitationRow(orgId, invitee.email);
  expect(await notificationsOf(invitee.id, 'invitation')).toHaveLength(1);
  return { orgId, admin, member, invitee, invitationId, fresh: newEmail('fresh') };
}

/** Each action of the members page, aimed at organization `orgId` with ids taken from `target`. */
type Call = (orgId: string, target: Org, caller: User | null) => Promise<{ ok: boolean }>;
const ACTIONS: Array<[string, Call]> = [
  ['inviteMembersAction', (orgId, t) => inviteMembersAction({ orgId, emails: `${t.fresh}, ${t.member.email}`, role: 'admin' })],
  ['resendInvitationAction', (orgId, t) => resendInvitationAction({ orgId, invitationId: t.invitationId })],
  ['rescindInvitationAction', (orgId, t) => rescindInvitationAction({ orgId, invitationId: t.invitationId })],
  ['changeMemberRoleAction', (orgId, t) => changeMemberRoleAction({ orgId, userId: t.member.id, role: 'admin' })],
  ['changeMemberRoleAction (demote the Admin)', (orgId, t) => changeMemberRoleAction({ orgId, userId: t.admin.id, role: 'org_user' })],
  ['removeMemberAction', (orgId, t) => removeMemberAction({ orgId, userId: t.member.id })],
  ['removeMemberAction (the Admin)', (orgId, t) => removeMemberAction({ orgId, userId: t.admin.id })],
  ['changeMemberRolesAction', (orgId, t) => changeMemberRolesAction({ orgId, userIds: [t.member.id], role: 'admin' })],
  ['changeMemberRolesAction (demote the Admin)', (orgId, t) => changeMemberRolesAction({ orgId, userIds: [t.admin.id], role: 'org_user' })],
  ['previewRoleChangesAction', (orgId, t) => previewRoleChangesAction({ orgId, userIds: [t.member.id], role: 'admin' })],
  ['removeMembersAction', (orgId, t) => removeMembersAction({ orgId, userIds: [t.member.id, t.admin.id] })],
];
const SELF_PROMOTION: Call = (orgId, _t, caller) => changeMemberRoleAction({ orgId, userId: caller!.id, role: 'admin' });

const state = (org: Org, extra: User[] = []) =>
  snapshot(
    org.orgId,
    [org.fresh, org.invitee.email, org.member.email],
    [org.admin.id, org.member.id, org.invitee.id, ...extra.map((u) => u.id)],
  );

const NON_ADMIN = ORG_ROLES.filter((role): role is Exclude<OrgRole, 'admin'> => role !== 'admin');

describe('members actions refuse every non-Admin role (FORBIDDEN), changing nothing', () => {
  const cases = NON_ADMIN.flatMap((role) => [
    ...ACTIONS.map(([name, call]) => [name, role, call] as const),
    ['changeMemberRoleAction (promote self to Admin)', role, SELF_PROMOTION] as const,
  ]);

  it.each(cases)('%s as %s', async (_name, role, call) => {
    const org = await organization();
    const caller = await addMember(org.orgId, role);
    const before = await state(org, [caller]);
    await actAs(caller);
    expect(await call(org.orgId, org, caller)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await state(org, [caller])).toEqual(before);
    expect(before.memberships.find((m) => m.userId === caller.id)?.role).toBe(role);
  });
});

describe('members actions refuse a signed-out caller (UNAUTHENTICATED), changing nothing', () => {
  it.each(ACTIONS)('%s', async (_name, call) => {
    const org = await organization();
    const before = await state(org);
    await actAs(null);
    expect(await call(org.orgId, org, null)).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await state(org)).toEqual(before);
  });
});

describe("an Admin of another organization passing this organization's id and ids (NOT_FOUND), changing nothing", () => {
  it.each([...ACTIONS, ['changeMemberRoleAction (make self Admin here)', SELF_PROMOTION] as [string, Call]])('%s', async (_name, call) => {
    const victim = await organization();
    const attacker = await organization();
    const before = [await state(victim, [attacker.admin]), await state(attacker)];
    await actAs(attacker.admin);
    const result = await call(victim.orgId, victim, attacker.admin);
    expect(result).toEqual({ ok: false, code: 'NOT_FOUND', message: NOT_FOUND_MESSAGE });
    // Exactly what an organization that does not exist answers: nothing is learnt about this one.
    expect(await call(`${victim.orgId}-nope`, victim, attacker.admin)).toEqual(result);
    expect([await state(victim, [attacker.admin]), await state(attacker)]).toEqual(before);
  });
});

describe("an Admin passing their own organization's id with another organization's ids (NOT_FOUND), changing nothing", () => {
  const crossIds: Array<[string, (own: Org, other: Org) => Promise<{ ok: boolean }>, (own: Org) => Promise<{ ok: boolean }>]> = [
    [
      'resendInvitationAction',
      (own, o) => resendInvitationAction({ orgId: own.orgId, invitationId: o.invitationId }),
      (own) => resendInvitationAction({ orgId: own.orgId, invitationId: crypto.randomUUID() }),
    ],
    [
      'rescindInvitationAction',
      (own, o) => rescindInvitationAction({ orgId: own.orgId, invitationId: o.invitationId }),
      (own) => rescindInvitationAction({ orgId: own.orgId, invitationId: crypto.randomUUID() }),
    ],
    [
      'changeMemberRoleAction',
      (own, o) => changeMemberRoleAction({ orgId: own.orgId, userId: o.member.id, role: 'admin' }),
      (own) => changeMemberRoleAction({ orgId: own.orgId, userId: crypto.randomUUID(), role: 'admin' }),
    ],
    [
      'changeMemberRoleAction (demote the other Admin)',
      (own, o) => changeMemberRoleAction({ orgId: own.orgId, userId: o.admin.id, role: 'org_user' }),
      (own) => changeMemberRoleAction({ orgId: own.orgId, userId: crypto.randomUUID(), role: 'org_user' }),
    ],
    [
      'removeMemberAction',
      (own, o) => removeMemberAction({ orgId: own.orgId, userId: o.member.id }),
      (own) => removeMemberAction({ orgId: own.orgId, userId: crypto.randomUUID() }),
    ],
    [
      'removeMemberAction (the other Admin)',
      (own, o) => removeMemberAction({ orgId: own.orgId, userId: o.admin.id }),
      (own) => removeMemberAction({ orgId: own.orgId, userId: crypto.randomUUID() }),
    ],
    // Several at once: the other organization's member beside one's own refuses all (one's own member is unchanged).
    [
      'changeMemberRolesAction',
      (own, o) => changeMemberRolesAction({ orgId: own.orgId, userIds: [own.member.id, o.member.id], role: 'org_contributor' }),
      (own) => changeMemberRolesAction({ orgId: own.orgId, userIds: [own.member.id, crypto.randomUUID()], role: 'org_contributor' }),
    ],
    [
      'previewRoleChangesAction',
      (own, o) => previewRoleChangesAction({ orgId: own.orgId, userIds: [own.member.id, o.member.id], role: 'org_contributor' }),
      (own) => previewRoleChangesAction({ orgId: own.orgId, userIds: [own.member.id, crypto.randomUUID()], role: 'org_contributor' }),
    ],
    [
      'removeMembersAction',
      (own, o) => removeMembersAction({ orgId: own.orgId, userIds: [own.member.id, o.member.id] }),
      (own) => removeMembersAction({ orgId: own.orgId, userIds: [own.member.id, crypto.randomUUID()] }),
    ],
  ];

  it.each(crossIds)('%s', async (_name, call, unknown) => {
    const victim = await organization();
    const attacker = await organization();
    const before = [await state(victim), await state(attacker, [victim.member, victim.admin])];
    await actAs(attacker.admin);
    const result = await call(attacker, victim);
    expect(result).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    // The same answer as for an id that exists nowhere.
    expect(await unknown(attacker)).toEqual(result);
    expect([await state(victim), await state(attacker, [victim.member, victim.admin])]).toEqual(before);
  });
});
