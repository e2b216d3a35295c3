/**
 * Model-based test of organizations, invitations, teams and team grants. fast-check generates random
 * sequences of commands; each one runs through the REAL server action as a real signed-in user, and the
 * in-memory model (tests/support/membership-model.ts) predicts its answer. After every step the database
 * must equal the model: memberships, invitations and their notifications, teams, team members, team
 * apps, the invariants (an Admin in every org, no cross-org rows) and every member's effective access.
 *
 * Replay a failure with the seed (and path) fast-check prints: FC_SEED=… [FC_PATH=…] npx vitest run …
 * More runs: FC_RUNS=500.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db';
import {
  changeMemberRoleAction,
  inviteMembersAction,
  removeMemberAction,
  rescindInvitationAction,
  resendInvitationAction,
} from '@/app/(app)/orgs/[orgId]/members/actions';
import {
  addTeamAppsAction,
  addTeamMembersAction,
  createTeamAction,
  deleteTeamAction,
  removeTeamAppAction,
  removeTeamMemberAction,
  renameTeamAction,
  setTeamAppPermissionAction,
} from '@/app/(app)/orgs/[orgId]/teams/actions';
import { leaveOrganizationAction } from '@/app/(app)/organizations/actions';
import { acceptInvitationAction, declineInvitationAction } from '@/app/(app)/notifications/actions';
import { removeAppTeamAccessAction, setAppTeamAccessAction } from '@/app/(app)/orgs/[orgId]/apps/actions';
import { ORG_ROLES, TEAM_LEVELS, type OrgPermission, type OrgRole, type TeamLevel } from '@/lib/permissions';
import type { ActionResult } from '@/lib/actions/result';
import { actAs } from '../support/session';
import { MembershipModel, type Expected, type ModelTeam, type ModelUser } from '../support/membership-model';
import { checkAgainstModel, pendingInvitationId } from '../support/membership-db';
import { addMember, createOrg, createUser } from '../factories';
import { newEmail } from '../factories/invitations';
import { createApp, createTeam, grantApp } from '../factories/teams';

const RUNS = Number(process.env.FC_RUNS ?? 30);
const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20_260_611;
const MAX_COMMANDS = 25;
// Names with the separators effective access parses (":" and ","), and what array text quotes ("{}\\).
const TEAM_NAMES = ['Ops: east, west', 'Q "x" {y} \\ z', "Label'ers"];

/** Two organizations, six people (U1 and U2 in both, U4 in none, U5 unverified), two apps and a team each. */
async function world() {
  const users: ModelUser[] = await Promise.all(
    [0, 1, 2, 3, 4, 5].map(async (i) => ({
      ...(await createUser({ name: `U${i}`, verified: i !== 5 })),
      name: `U${i}`,
      verified: i !== 5,
    })),
  );
  const [u0, u1, u2, u3] = users as [ModelUser, ModelUser, ModelUser, ModelUser];
  const [{ id: a }, { id: b }] = await Promise.all([createOrg(u0), createOrg(u1)]);
  await Promise.all([
    addMember(a, 'org_contributor', u1),
    addMember(a, 'team_contributor', u2),
    addMember(b, 'org_user', u2),
    addMember(b, 'team_contributor', u3),
  ]);
  const apps = async (orgId: string) => (await Promise.all([createApp({ orgId }), createApp({ orgId })])).map((row) => row.id);
  const [appsA, appsB] = await Promise.all([apps(a), apps(b)]);
  // Team t0 in both organizations (the same Team ID), each with one member and one app.
  const t0 = async (orgId: string, member: ModelUser, appId: string, level: TeamLevel): Promise<Map<string, ModelTeam>> => {
    await createTeam(orgId, { id: 't0', name: TEAM_NAMES[0], defaultPermission: level, members: [member] });
    await grantApp(orgId, 't0', appId, level);
    return new Map([['t0', { name: TEAM_NAMES[0]!, level, members: new Set([member.id]), apps: new Map([[appId, level]]) }]]);
  };
  const [teamsA, teamsB] = await Promise.all([t0(a, u2, appsA[0]!, 'labeler_worker'), t0(b, u3, appsB[1]!, 'model_trainer')]);
  const model = new MembershipModel(users, [
    {
      id: a,
      members: new Map<string, OrgRole>([
        [u0.id, 'admin'],
        [u1.id, 'org_contributor'],
        [u2.id, 'team_contributor'],
      ]),
      teams: teamsA,
      apps: appsA,
    },
    {
      id: b,
      members: new Map<string, OrgRole>([
        [u1.id, 'admin'],
        [u2.id, 'org_user'],
        [u3.id, 'team_contributor'],
      ]),
      teams: teamsB,
      apps: appsB,
    },
  ]);
  return { users, model, stranger: newEmail('stranger') };
}
type World = Awaited<ReturnType<typeof world>>;

// ---- commands ------------------------------------------------------------------------------------------

/** Mostly a person fit for the command (holds the permission / is a member), sometimes anyone. */
const pick = fc.record({
  any: fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  i: fc.nat(11),
});
const mostly = (value: boolean) => fc.oneof({ weight: 4, arbitrary: fc.constant(value) }, { weight: 1, arbitrary: fc.constant(!value) });
const org = fc.constantFrom(0, 1);
const role = fc.constantFrom<OrgRole>(...ORG_ROLES);
const level = fc.constantFrom<TeamLevel>(...TEAM_LEVELS);
/** Mostly one of the organization's teams, sometimes a Team ID slot that may not exist (t0, t1, t2). */
const team = fc.record({ existing: mostly(true), i: fc.nat(2) });
const app = fc.record({ own: mostly(true), i: fc.nat(1) });
const invRef = { inv: fc.nat(20), pendingOnly: mostly(true) };
const kind = <K extends string>(k: K) => fc.constant(k);

const command = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: kind('invite'),
      org,
      actor: pick,
      targets: fc.array(pick, { minLength: 1, maxLength: 2 }),
      role,
      shout: mostly(false),
    }),
  },
  { weight: 4, arbitrary: fc.record({ kind: kind('accept'), ...invRef, asInvitee: mostly(true), i: fc.nat(11) }) },
  { weight: 1, arbitrary: fc.record({ kind: kind('decline'), ...invRef, asInvitee: mostly(true), i: fc.nat(11) }) },
  { weight: 1, arbitrary: fc.record({ kind: kind('resend'), ...invRef, actor: pick, crossOrg: mostly(false) }) },
  { weight: 2, arbitrary: fc.record({ kind: kind('rescind'), ...invRef, actor: pick, crossOrg: mostly(false) }) },
  { weight: 4, arbitrary: fc.record({ kind: kind('changeRole'), org, actor: pick, target: pick, role }) },
  { weight: 2, arbitrary: fc.record({ kind: kind('removeMember'), org, actor: pick, target: pick }) },
  { weight: 2, arbitrary: fc.record({ kind: kind('leave'), org, actor: pick }) },
  { weight: 4, arbitrary: fc.record({ kind: kind('createTeam'), org, actor: pick, team: fc.nat(2), level }) },
  { weight: 1, arbitrary: fc.record({ kind: kind('renameTeam'), org, actor: pick, team, name: fc.nat(2) }) },
  { weight: 1, arbitrary: fc.record({ kind: kind('deleteTeam'), org, actor: pick, team }) },
  {
    weight: 5,
    arbitrary: fc.record({ kind: kind('addTeamMembers'), org, actor: pick, team, users: fc.array(pick, { minLength: 1, maxLength: 2 }) }),
  },
  { weight: 2, arbitrary: fc.record({ kind: kind('removeTeamMember'), org, actor: pick, team, user: pick }) },
  {
    weight: 4,
    arbitrary: fc.record({ kind: kind('addTeamApp'), org, actor: pick, team, apps: fc.array(app, { minLength: 1, maxLength: 2 }), level }),
  },
  { weight: 2, arbitrary: fc.record({ kind: kind('setTeamAppPermission'), org, actor: pick, team, app, level }) },
  { weight: 1, arbitrary: fc.record({ kind: kind('removeTeamApp'), org, actor: pick, team, app }) },
  { weight: 3, arbitrary: fc.record({ kind: kind('setAppTeamAccess'), org, actor: pick, app, team, level }) },
  { weight: 1, arbitrary: fc.record({ kind: kind('removeAppTeamAccess'), org, actor: pick, app, team }) },
);
type Command = typeof command extends fc.Arbitrary<infer C> ? C : never;
/** Every command kind (the Record type makes the compiler check none is missing). */
const KINDS = Object.keys({
  invite: 1,
  accept: 1,
  decline: 1,
  resend: 1,
  rescind: 1,
  changeRole: 1,
  removeMember: 1,
  leave: 1,
  createTeam: 1,
  renameTeam: 1,
  deleteTeam: 1,
  addTeamMembers: 1,
  removeTeamMember: 1,
  addTeamApp: 1,
  setTeamAppPermission: 1,
  removeTeamApp: 1,
  setAppTeamAccess: 1,
  removeAppTeamAccess: 1,
} satisfies Record<Command['kind'], 1>);
type Pick = { any: boolean; i: number };
type Step = { label: string; expected: Expected; call: () => Promise<ActionResult<unknown>>; after?: () => Promise<void> } | null;

/** Resolves a command's indices against the model's state into one concrete action call and its prediction. */
function plan(w: World, c: Command): Step {
  const { model, users } = w;
  const name = (userId: string) => users.find((u) => u.id === userId)!.name;
  const who = (email: string) => users.find((u) => u.email === email)?.id;
  const nameOf = (email: string) => (who(email) ? name(who(email)!) : 'stranger');
  const user = (userId: string) => users.find((u) => u.id === userId)!;
  const orgOf = (i: number) => model.orgs[i]!;
  const label = (o: number) => (o === 0 ? 'A' : 'B');
  const among = (p: Pick, fit: string[]) => {
    const pool = !p.any && fit.length > 0 ? fit : users.map((u) => u.id);
    return pool[p.i % pool.length]!;
  };
  const actorIn = (p: Pick, o: number, permission: OrgPermission | null) => among(p, model.holders(orgOf(o).id, permission));
  const memberOf = (p: Pick, o: number) => among(p, model.holders(orgOf(o).id, null));
  const teamOf = (t: { existing: boolean; i: number }, o: number) => {
    const teams = [...orgOf(o).teams.keys()].sort();
    return t.existing && teams.length > 0 ? teams[t.i % teams.length]! : `t${t.i}`;
  };
  const appOf = (a: { own: boolean; i: number }, o: number) => orgOf(a.own ? o : 1 - o).apps[a.i]!;
  const appName = (appId: string) =>
    `app${model.orgs.findIndex((x) => x.apps.includes(appId)) === 0 ? 'A' : 'B'}${model.orgs.flatMap((x) => x.apps).indexOf(appId) % 2}`;
  const as = (
    actor: string,
    text: string,
    expected: Expected,
    call: () => Promise<ActionResult<unknown>>,
    after?: () => Promise<void>,
  ): Step => ({
    label: `${name(actor)} ${text}`,
    expected,
    call: async () => {
      await actAs(user(actor));
      return call();
    },
    after,
  });

  if (c.kind === 'accept' || c.kind === 'decline' || c.kind === 'resend' || c.kind === 'rescind') {
    // Mostly a pending invitation (to answer: one someone with a verified account could), sometimes any.
    const pending = model.invitations.filter((i) => i.status === 'pending');
    const answerable = pending.filter((i) => users.some((u) => u.verified && u.email === i.email));
    const pool = !c.pendingOnly ? model.invitations : c.kind === 'accept' || c.kind === 'decline' ? answerable : pending;
    if (pool.length === 0) return null;
    const inv = pool[c.inv % pool.length]!;
    const invOrg = model.orgs.findIndex((o) => o.id === inv.orgId);
    const text = `${c.kind} invitation of ${nameOf(inv.email)} to ${label(invOrg)} (${inv.status})`;
    if (c.kind === 'accept' || c.kind === 'decline') {
      const invitee = users.find((u) => u.email === inv.email);
      const actor = c.asInvitee && invitee ? invitee.id : users[c.i % users.length]!.id;
      const action = c.kind === 'accept' ? acceptInvitationAction : declineInvitationAction;
      return as(actor, text, model.respond(actor, inv.id, c.kind), () => action({ invitationId: inv.id }));
    }
    const o = c.crossOrg ? 1 - invOrg : invOrg;
    const actor = actorIn(c.actor, o, 'members.manage');
    const action = c.kind === 'resend' ? resendInvitationAction : rescindInvitationAction;
    const input = { orgId: orgOf(o).id, invitationId: inv.id };
    return as(actor, `${text} in ${label(o)}`, model.manageInvitation(actor, orgOf(o).id, inv.id, c.kind), () => action(input));
  }

  const o = c.org;
  const orgId = orgOf(o).id;
  const where = ` in ${label(o)}`;
  switch (c.kind) {
    case 'invite': {
      const actor = actorIn(c.actor, o, 'members.manage');
      // Mostly someone who is not a member yet (or an address with no account), sometimes anyone.
      const outsiders = [...users.filter((u) => !model.role(orgId, u.id)).map((u) => u.email), w.stranger];
      const everyone = [...users.map((u) => u.email), w.stranger];
      const emails = c.targets.map((t) => (t.any ? everyone : outsiders)[t.i % (t.any ? everyone : outsiders).length]!);
      const text = `invite ${emails.map(nameOf).join(', ')}${c.shout ? ' (in capitals)' : ''} as ${c.role}${where}`;
      // As typed: sometimes in capitals (addresses are compared lowercased).
      const typed = emails.join(', ');
      const call = () => inviteMembersAction({ orgId, emails: c.shout ? typed.toUpperCase() : typed, role: c.role });
      return as(actor, text, model.invite(actor, orgId, emails, c.role), call, () => model.bindNewInvitations(pendingInvitationId));
    }
    case 'changeRole': {
      const actor = actorIn(c.actor, o, 'members.manage');
      const target = memberOf(c.target, o);
      return as(actor, `change role of ${name(target)} to ${c.role}${where}`, model.changeRole(actor, orgId, target, c.role), () =>
        changeMemberRoleAction({ orgId, userId: target, role: c.role }),
      );
    }
    case 'removeMember': {
      const actor = actorIn(c.actor, o, 'members.manage');
      const target = memberOf(c.target, o);
      return as(actor, `remove ${name(target)}${where}`, model.removeMember(actor, orgId, target), () =>
        removeMemberAction({ orgId, userId: target }),
      );
    }
    case 'leave': {
      const actor = memberOf(c.actor, o);
      return as(actor, `leave ${label(o)}`, model.leave(actor, orgId), () => leaveOrganizationAction({ orgId }));
    }
    case 'addTeamMembers': {
      const actor = actorIn(c.actor, o, 'teams.manage');
      const teamId = teamOf(c.team, o);
      const userIds = c.users.map((p) => memberOf(p, o));
      const text = `add ${userIds.map(name).join(', ')} to team ${teamId}${where}`;
      return as(actor, text, model.addTeamMembers(actor, orgId, teamId, userIds), () => addTeamMembersAction({ orgId, teamId, userIds }));
    }
    case 'removeTeamMember': {
      const actor = actorIn(c.actor, o, 'teams.manage');
      const teamId = teamOf(c.team, o);
      const target = among(c.user, [...(orgOf(o).teams.get(teamId)?.members ?? [])]);
      return as(actor, `remove ${name(target)} from team ${teamId}${where}`, model.removeTeamMember(actor, orgId, teamId, target), () =>
        removeTeamMemberAction({ orgId, teamId, userId: target }),
      );
    }
    case 'addTeamApp': {
      const actor = actorIn(c.actor, o, 'teams.manage');
      const teamId = teamOf(c.team, o);
      const appIds = c.apps.map((a) => appOf(a, o));
      const text = `add ${appIds.map(appName).join(', ')} to team ${teamId} at ${c.level}${where}`;
      return as(actor, text, model.addTeamApps(actor, orgId, teamId, appIds, c.level), () =>
        addTeamAppsAction({ orgId, teamId, appIds, permission: c.level }),
      );
    }
    case 'setTeamAppPermission':
    case 'removeTeamApp':
    case 'setAppTeamAccess':
    case 'removeAppTeamAccess': {
      const actor = actorIn(c.actor, o, 'teams.manage');
      const teamId = teamOf(c.team, o);
      // Setting or removing: mostly an app the team has.
      const granted = [...(orgOf(o).teams.get(teamId)?.apps.keys() ?? [])];
      const appId = c.kind !== 'setAppTeamAccess' && c.app.own && granted.length > 0 ? granted[c.app.i % granted.length]! : appOf(c.app, o);
      const text = `${c.kind} ${appName(appId)} / team ${teamId}${'level' in c ? ` at ${c.level}` : ''}${where}`;
      if (c.kind === 'setTeamAppPermission') {
        return as(actor, text, model.setTeamAppPermission(actor, orgId, teamId, appId, c.level), () =>
          setTeamAppPermissionAction({ orgId, teamId, appId, permission: c.level }),
        );
      }
      if (c.kind === 'removeTeamApp')
        return as(actor, text, model.removeTeamApp(actor, orgId, teamId, appId), () => removeTeamAppAction({ orgId, teamId, appId }));
      if (c.kind === 'setAppTeamAccess') {
        return as(actor, text, model.setAppTeamAccess(actor, orgId, appId, teamId, c.level), () =>
          setAppTeamAccessAction({ orgId, appId, teamId, permission: c.level }),
        );
      }
      return as(actor, text, model.removeAppTeamAccess(actor, orgId, appId, teamId), () =>
        removeAppTeamAccessAction({ orgId, appId, teamId }),
      );
    }
    default: {
      const actor = actorIn(c.actor, o, 'teams.manage');
      if (c.kind === 'createTeam') {
        const teamId = `t${c.team}`;
        const teamName = TEAM_NAMES[c.team]!;
        return as(actor, `create team ${teamId} at ${c.level}${where}`, model.createTeam(actor, orgId, teamId, teamName, c.level), () =>
          createTeamAction({ orgId, id: teamId, name: teamName, defaultPermission: c.level }),
        );
      }
      const teamId = teamOf(c.team, o);
      if (c.kind === 'renameTeam') {
        const teamName = `${TEAM_NAMES[c.name]} ${c.name}`;
        return as(actor, `rename team ${teamId} to "${teamName}"${where}`, model.renameTeam(actor, orgId, teamId, teamName), () =>
          renameTeamAction({ orgId, teamId, name: teamName }),
        );
      }
      return as(actor, `delete team ${teamId}${where}`, model.deleteTeam(actor, orgId, teamId), () => deleteTeamAction({ orgId, teamId }));
    }
  }
}

const outcome = (r: ActionResult<unknown>): Expected => (r.ok ? { ok: true } : { ok: false, code: r.code });

describe('model-based: members, invitations, teams and team grants', () => {
  it(`${RUNS} random sequences of up to ${MAX_COMMANDS} commands keep the database equal to the model`, async () => {
    const db = await getDb();
    const answers = new Map<string, number>(); // "kind:ok|CODE" → count, over every run
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: MAX_COMMANDS, size: 'max' }), async (commands) => {
        const w = await world();
        const trace: string[] = [];
        let checked = await checkAgainstModel(db, w.model);
        for (const c of commands) {
          const step = plan(w, c);
          if (!step) continue;
          trace.push(`${trace.length + 1}. ${step.label} → expect ${step.expected.ok ? 'ok' : step.expected.code}`);
          try {
            const result = await step.call();
            const answer = `${c.kind}:${result.ok ? 'ok' : result.code}`;
            answers.set(answer, (answers.get(answer) ?? 0) + 1);
            expect(outcome(result), `${step.label}: ${result.ok ? 'ok' : result.message}`).toEqual(step.expected);
            if (result.ok) await step.after?.();
            const after = await checkAgainstModel(db, w.model, checked);
            if (!result.ok) expect(after, 'a refused action changed the database').toEqual(checked);
            checked = after;
          } catch (error) {
            throw new Error(
              `${error instanceof Error ? error.message : String(error)}\n\nSteps (the last one failed):\n${trace.join('\n')}`,
              { cause: error },
            );
          }
        }
      }),
      { numRuns: RUNS, seed: SEED, ...(process.env.FC_PATH ? { path: process.env.FC_PATH } : {}) },
    );
    if (process.env.FC_STATS)
      console.log(
        [...answers]
          .sort()
          .map(([k, n]) => `${k} ${n}`)
          .join('\n'),
      );
    // The generators reach every command, and (with the default seed and runs) see each one succeed:
    // a test whose commands were all refused would prove little.
    if (!process.env.FC_SEED && RUNS >= 30) {
      const succeeded = new Set([...answers.keys()].filter((k) => k.endsWith(':ok')).map((k) => k.split(':')[0]));
      expect([...succeeded].sort()).toEqual([...KINDS].sort());
    }
  }, 600_000);
});
