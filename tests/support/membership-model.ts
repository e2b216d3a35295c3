/**
 * An in-memory model of organizations, invitations, teams and team grants, for the model-based test
 * (tests/integration/model-based.test.ts). It knows nothing of SQL: each method predicts what the real
 * server action answers (ok, or the refusal's code) from the model's own state, and applies the change
 * when it predicts success. lib/permissions is the spec of what a role or level allows, so the model
 * asks it (`can`, `canOnApp`), but the grant it asks about is built from the model's state alone.
 * Not modelled: time (invitation expiry) and the hourly invitation limit (a run sends far fewer).
 */
import {
  can,
  canAssignRole,
  canOnApp,
  OWNER_ROLE,
  type AppGrant,
  type AppPermission,
  type OrgPermission,
  type OrgRole,
  type TeamLevel,
} from '@/lib/permissions';
import type { ErrorCode } from '@/lib/actions/result';

export type ModelUser = { id: string; name: string; email: string; verified: boolean };
export type InvitationStatus = 'pending' | 'accepted' | 'declined' | 'revoked';
export type ModelInvitation = { id: string; orgId: string; email: string; role: OrgRole; status: InvitationStatus };
export type ModelTeam = { name: string; level: TeamLevel; members: Set<string>; apps: Map<string, TeamLevel> };
export type ModelOrg = { id: string; members: Map<string, OrgRole>; teams: Map<string, ModelTeam>; apps: string[] };
export type Expected = { ok: true } | { ok: false; code: ErrorCode };

const OK: Expected = { ok: true };
const refuse = (code: ErrorCode): Expected => ({ ok: false, code });

export class MembershipModel {
  readonly invitations: ModelInvitation[] = [];

  constructor(
    readonly users: ModelUser[],
    readonly orgs: ModelOrg[],
  ) {}

  org(orgId: string): ModelOrg {
    const org = this.orgs.find((o) => o.id === orgId);
    if (!org) throw new Error(`model: unknown org ${orgId}`);
    return org;
  }

  role(orgId: string, userId: string): OrgRole | null {
    return this.org(orgId).members.get(userId) ?? null;
  }

  admins(orgId: string): number {
    return [...this.org(orgId).members.values()].filter((r) => r === OWNER_ROLE).length;
  }

  /** Members whose role grants the org permission (null: every member). */
  holders(orgId: string, permission: OrgPermission | null): string[] {
    return [...this.org(orgId).members].filter(([, role]) => permission === null || can(role, permission)).map(([id]) => id);
  }

  /** The orgAction gate: a non-member is told "not found"; a member without the permission "forbidden". */
  private gate(actor: string, orgId: string, permission: OrgPermission | null): Expected | null {
    const role = this.role(orgId, actor);
    if (!role) return refuse('NOT_FOUND');
    if (permission && !can(role, permission)) return refuse('FORBIDDEN');
    return null;
  }

  /** The member's grant on an app of the organization, from the model: role + levels of their teams on it. */
  grant(orgId: string, userId: string, appId: string): AppGrant | null {
    const org = this.org(orgId);
    const role = org.members.get(userId);
    if (!role || !org.apps.includes(appId)) return null;
    const teams = [...org.teams]
      .filter(([, team]) => team.members.has(userId) && team.apps.has(appId))
      .map(([teamId, team]) => ({ teamId, teamName: team.name, level: team.apps.get(appId)! }))
      .sort((x, y) => (x.teamId < y.teamId ? -1 : x.teamId > y.teamId ? 1 : 0));
    return { role, teams };
  }

  /** Apps of the organization the member can see (app.view), in the model. */
  visibleApps(orgId: string, userId: string): string[] {
    return this.org(orgId).apps.filter((appId) => {
      const grant = this.grant(orgId, userId, appId);
      return grant !== null && canOnApp(grant, 'app.view');
    });
  }

  // ---- invitations ---------------------------------------------------------------------------------

  /** One or several addresses at once: members and addresses with a pending invitation are skipped; none left → CONFLICT. */
  invite(actor: string, orgId: string, emails: string[], role: OrgRole): Expected {
    const denied = this.gate(actor, orgId, 'members.manage');
    if (denied) return denied;
    if (!canAssignRole(this.role(orgId, actor), role)) return refuse('VALIDATION');
    const memberEmails = new Set(this.users.filter((u) => this.role(orgId, u.id)).map((u) => u.email));
    const pending = new Set(this.invitations.filter((i) => i.orgId === orgId && i.status === 'pending').map((i) => i.email));
    const fresh = [...new Set(emails)].filter((email) => !memberEmails.has(email) && !pending.has(email));
    if (fresh.length === 0) return refuse('CONFLICT');
    for (const email of fresh) this.invitations.push({ id: '', orgId, email, role, status: 'pending' });
    return OK;
  }

  /** The database chose the new invitations' ids; the model learns them after the call. */
  async bindNewInvitations(idOf: (orgId: string, email: string) => Promise<string>): Promise<void> {
    for (const invitation of this.invitations) if (invitation.id === '') invitation.id = await idOf(invitation.orgId, invitation.email);
  }

  /** Accept or decline from the notification bar (by id), as `actor`. */
  respond(actor: string, invitationId: string, answer: 'accept' | 'decline'): Expected {
    const invitation = this.invitations.find((i) => i.id === invitationId)!;
    const user = this.users.find((u) => u.id === actor)!;
    if (invitation.email !== user.email) return refuse('FORBIDDEN');
    if (invitation.status !== 'pending') return refuse('CONFLICT');
    if (!user.verified) return refuse('FORBIDDEN');
    invitation.status = answer === 'accept' ? 'accepted' : 'declined';
    const org = this.org(invitation.orgId);
    // Never already a member here: inviting a member is refused, and an address has one pending invitation.
    if (answer === 'accept' && !org.members.has(actor)) org.members.set(actor, invitation.role);
    return OK;
  }

  /** Resend or rescind, asked in `orgId` (which may not be the invitation's organization). */
  manageInvitation(actor: string, orgId: string, invitationId: string, what: 'resend' | 'rescind'): Expected {
    const denied = this.gate(actor, orgId, 'members.manage');
    if (denied) return denied;
    const invitation = this.invitations.find((i) => i.id === invitationId && i.orgId === orgId);
    if (!invitation) return refuse('NOT_FOUND');
    if (invitation.status !== 'pending') return refuse('CONFLICT');
    if (what === 'rescind') invitation.status = 'revoked';
    return OK;
  }

  // ---- members -------------------------------------------------------------------------------------

  changeRole(actor: string, orgId: string, target: string, role: OrgRole): Expected {
    const denied = this.gate(actor, orgId, 'members.manage');
    if (denied) return denied;
    if (!canAssignRole(this.role(orgId, actor), role)) return refuse('FORBIDDEN');
    const current = this.role(orgId, target);
    if (!current) return refuse('NOT_FOUND');
    if (current === role) return OK;
    if (current === OWNER_ROLE && this.admins(orgId) <= 1) return refuse('CONFLICT');
    this.org(orgId).members.set(target, role);
    return OK;
  }

  removeMember(actor: string, orgId: string, target: string): Expected {
    const denied = this.gate(actor, orgId, 'members.manage');
    if (denied) return denied;
    return this.dropMember(orgId, target);
  }

  leave(actor: string, orgId: string): Expected {
    return this.gate(actor, orgId, 'org.leave') ?? this.dropMember(orgId, actor);
  }

  /** Leaving or being removed: never the last Admin; the person's teams in the organization go too. */
  private dropMember(orgId: string, userId: string): Expected {
    const role = this.role(orgId, userId);
    if (!role) return refuse('NOT_FOUND');
    if (role === OWNER_ROLE && this.admins(orgId) <= 1) return refuse('CONFLICT');
    const org = this.org(orgId);
    org.members.delete(userId);
    for (const team of org.teams.values()) team.members.delete(userId);
    return OK;
  }

  // ---- teams ---------------------------------------------------------------------------------------

  /** The teams.manage gate, then the team itself (NOT_FOUND when the organization has no such team). */
  private team(actor: string, orgId: string, teamId: string): { expected: Expected } | { team: ModelTeam } {
    const denied = this.gate(actor, orgId, 'teams.manage');
    if (denied) return { expected: denied };
    const team = this.org(orgId).teams.get(teamId);
    return team ? { team } : { expected: refuse('NOT_FOUND') };
  }

  createTeam(actor: string, orgId: string, teamId: string, name: string, level: TeamLevel): Expected {
    const denied = this.gate(actor, orgId, 'teams.manage');
    if (denied) return denied;
    const org = this.org(orgId);
    if (org.teams.has(teamId)) return refuse('VALIDATION');
    org.teams.set(teamId, { name, level, members: new Set(), apps: new Map() });
    return OK;
  }

  renameTeam(actor: string, orgId: string, teamId: string, name: string): Expected {
    const found = this.team(actor, orgId, teamId);
    if ('expected' in found) return found.expected;
    found.team.name = name;
    return OK;
  }

  deleteTeam(actor: string, orgId: string, teamId: string): Expected {
    const found = this.team(actor, orgId, teamId);
    if ('expected' in found) return found.expected;
    this.org(orgId).teams.delete(teamId);
    return OK;
  }

  addTeamMembers(actor: string, orgId: string, teamId: string, userIds: string[]): Expected {
    const found = this.team(actor, orgId, teamId);
    if ('expected' in found) return found.expected;
    if (userIds.some((id) => !this.role(orgId, id))) return refuse('NOT_FOUND');
    for (const id of userIds) found.team.members.add(id);
    return OK;
  }

  removeTeamMember(actor: string, orgId: string, teamId: string, userId: string): Expected {
    const found = this.team(actor, orgId, teamId);
    if ('expected' in found) return found.expected;
    return found.team.members.delete(userId) ? OK : refuse('NOT_FOUND');
  }

  /** Team page → Add App: apps already granted keep their level. */
  addTeamApps(actor: string, orgId: string, teamId: string, appIds: string[], level: TeamLevel): Expected {
    const found = this.team(actor, orgId, teamId);
    if ('expected' in found) return found.expected;
    if (appIds.some((id) => !this.org(orgId).apps.includes(id))) return refuse('NOT_FOUND');
    for (const id of appIds) if (!found.team.apps.has(id)) found.team.apps.set(id, level);
    return OK;
  }

  setTeamAppPermission(actor: string, orgId: string, teamId: string, appId: string, level: TeamLevel): Expected {
    const found = this.team(actor, orgId, teamId);
    if ('expected' in found) return found.expected;
    if (!found.team.apps.has(appId)) return refuse('NOT_FOUND');
    found.team.apps.set(appId, level);
    return OK;
  }

  removeTeamApp(actor: string, orgId: string, teamId: string, appId: string): Expected {
    const found = this.team(actor, orgId, teamId);
    if ('expected' in found) return found.expected;
    return found.team.apps.delete(appId) ? OK : refuse('NOT_FOUND');
  }

  // ---- app settings: teams with access (‡ edit collaborators) ------------------------------------------

  /** Any member may ask; the app must be visible to them (else NOT_FOUND) and they must hold the permission. */
  private appGate(actor: string, orgId: string, appId: string, permission: AppPermission): Expected | null {
    const denied = this.gate(actor, orgId, null);
    if (denied) return denied;
    const grant = this.grant(orgId, actor, appId);
    if (!grant || !canOnApp(grant, 'app.view')) return refuse('NOT_FOUND');
    if (!canOnApp(grant, permission)) return refuse('FORBIDDEN');
    return null;
  }

  setAppTeamAccess(actor: string, orgId: string, appId: string, teamId: string, level: TeamLevel): Expected {
    const denied = this.appGate(actor, orgId, appId, 'app.collaborators.edit');
    if (denied) return denied;
    const team = this.org(orgId).teams.get(teamId);
    if (!team) return refuse('NOT_FOUND');
    team.apps.set(appId, level);
    return OK;
  }

  removeAppTeamAccess(actor: string, orgId: string, appId: string, teamId: string): Expected {
    const denied = this.appGate(actor, orgId, appId, 'app.collaborators.edit');
    if (denied) return denied;
    const team = this.org(orgId).teams.get(teamId);
    return team?.apps.delete(appId) ? OK : refuse('NOT_FOUND');
  }

  // ---- the state as sorted lines, to compare with the database's ----------------------------------------

  lines() {
    const sorted = (xs: string[]) => xs.sort();
    const orgs = this.orgs;
    return {
      memberships: sorted(orgs.flatMap((o) => [...o.members].map(([u, r]) => `${o.id}|${u}|${r}`))),
      teams: sorted(orgs.flatMap((o) => [...o.teams].map(([id, t]) => `${o.id}|${id}|${t.name}|${t.level}`))),
      teamMembers: sorted(orgs.flatMap((o) => [...o.teams].flatMap(([id, t]) => [...t.members].map((u) => `${o.id}|${id}|${u}`)))),
      teamApps: sorted(orgs.flatMap((o) => [...o.teams].flatMap(([id, t]) => [...t.apps].map(([a, l]) => `${o.id}|${id}|${a}|${l}`)))),
      invitations: sorted(this.invitations.map((i) => `${i.id}|${i.orgId}|${i.email}|${i.role}|${i.status}`)),
      // The notification bar shows a pending invitation to every account whose *verified* email it names.
      invitationNotifications: sorted(
        this.invitations
          .filter((i) => i.status === 'pending')
          .flatMap((i) => this.users.filter((u) => u.verified && u.email === i.email).map((u) => `${i.id}|${u.id}`)),
      ),
    };
  }
}
