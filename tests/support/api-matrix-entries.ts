/**
 * One row per operation of /api/v1 for tests/integration/api-authorization-matrix.test.ts: the
 * permission that decides who may call it (the expectation is computed from it) and a request that
 * succeeds for anyone allowed, built from the matrix fixture (tests/factories/matrix.ts).
 */
import type { AppPermission, OrgPermission } from '@/lib/permissions';
import type { Fixture } from '../factories/matrix';
import { addAdminOfOrg } from '../factories/matrix';

type ApiRequest = { method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'; path: string; body?: unknown };
type Base = {
  request: (fx: Fixture) => ApiRequest;
  readOnly?: boolean;
  /** Run before the call (and before the snapshot): what the request needs beyond the fixture, for `callerId` if a person calls. */
  prepare?: (fx: Fixture, callerId: string | null) => Promise<void>;
  /** Only a person may do it: an organization API key that the permission allows is refused (403). */
  personOnly?: true;
};

/** Decided by an org permission of the token owner's role (and the token's scopes). */
type OrgEntry = Base & { kind: 'org'; permission: OrgPermission };
/** Decided on `fx.app` by the owner's grant there (role and teams) and the token's scopes. */
type AppEntry = Base & { kind: 'app'; permission: AppPermission };
/** Any live token of the organization; `orgless`: any live token at all (the path names no organization). */
type AnyEntry = Base & { kind: 'any'; orgless?: true };
/**
 * A read of `fx.teamId` (no caller is in it): `teams.view_own` to call it at all, and `teams.manage` to see
 * a team one is not in; to anyone else it does not exist (404), as on the browser's team page.
 */
type TeamEntry = Base & { kind: 'team' };
export type ApiEntry = OrgEntry | AppEntry | AnyEntry | TeamEntry;

const org = (fx: Fixture) => `/orgs/${fx.orgId}`;

export const API_MATRIX: Record<string, ApiEntry> = {
  listMembers: {
    kind: 'org',
    permission: 'members.view',
    readOnly: true,
    request: (fx) => ({ method: 'GET', path: `${org(fx)}/members?q=matrix` }),
  },
  getMember: {
    kind: 'org',
    permission: 'members.view',
    readOnly: true,
    request: (fx) => ({ method: 'GET', path: `${org(fx)}/members/${fx.member.id}` }),
  },
  changeMemberRole: {
    kind: 'org',
    permission: 'members.manage',
    request: (fx) => ({ method: 'PATCH', path: `${org(fx)}/members/${fx.member.id}`, body: { role: 'org_contributor' } }),
  },
  removeMember: {
    kind: 'org',
    permission: 'members.manage',
    request: (fx) => ({ method: 'DELETE', path: `${org(fx)}/members/${fx.member.id}` }),
  },
  getOrganization: { kind: 'any', readOnly: true, request: (fx) => ({ method: 'GET', path: org(fx) }) },
  getMe: { kind: 'any', orgless: true, readOnly: true, request: () => ({ method: 'GET', path: '/me' }) },
  listInvitations: {
    kind: 'org',
    permission: 'members.view',
    readOnly: true,
    request: (fx) => ({ method: 'GET', path: `${org(fx)}/invitations` }),
  },
  inviteMembers: {
    kind: 'org',
    permission: 'members.manage',
    request: (fx) => ({ method: 'POST', path: `${org(fx)}/invitations`, body: { emails: [fx.fresh], role: 'org_user' } }),
  },
  resendInvitation: {
    kind: 'org',
    permission: 'members.manage',
    request: (fx) => ({ method: 'POST', path: `${org(fx)}/invitations/${fx.invitationId}/resend` }),
  },
  rescindInvitation: {
    kind: 'org',
    permission: 'members.manage',
    request: (fx) => ({ method: 'DELETE', path: `${org(fx)}/invitations/${fx.invitationId}` }),
  },
  listTeams: {
    kind: 'org',
    permission: 'teams.view_own',
    readOnly: true,
    request: (fx) => ({ method: 'GET', path: `${org(fx)}/teams?q=matrix` }),
  },
  createTeam: {
    kind: 'org',
    permission: 'teams.manage',
    request: (fx) => ({ method: 'POST', path: `${org(fx)}/teams`, body: { id: 'matrix-team', name: 'Matrix team' } }),
  },
  getTeam: { kind: 'team', readOnly: true, request: (fx) => ({ method: 'GET', path: `${org(fx)}/teams/${fx.teamId}` }) },
  updateTeam: {
    kind: 'org',
    permission: 'teams.manage',
    request: (fx) => ({ method: 'PATCH', path: `${org(fx)}/teams/${fx.teamId}`, body: { name: 'Renamed' } }),
  },
  deleteTeam: { kind: 'org', permission: 'teams.manage', request: (fx) => ({ method: 'DELETE', path: `${org(fx)}/teams/${fx.teamId}` }) },
  listTeamMembers: { kind: 'team', readOnly: true, request: (fx) => ({ method: 'GET', path: `${org(fx)}/teams/${fx.teamId}/members` }) },
  addTeamMembers: {
    kind: 'org',
    permission: 'teams.manage',
    request: (fx) => ({ method: 'POST', path: `${org(fx)}/teams/${fx.teamId}/members`, body: { user_ids: [fx.spare.id] } }),
  },
  removeTeamMember: {
    kind: 'org',
    permission: 'teams.manage',
    request: (fx) => ({ method: 'DELETE', path: `${org(fx)}/teams/${fx.teamId}/members/${fx.member.id}` }),
  },
  listTeamApps: { kind: 'team', readOnly: true, request: (fx) => ({ method: 'GET', path: `${org(fx)}/teams/${fx.teamId}/apps` }) },
  grantTeamApps: {
    kind: 'org',
    permission: 'teams.manage',
    request: (fx) => ({
      method: 'POST',
      path: `${org(fx)}/teams/${fx.teamId}/apps`,
      body: { app_ids: [fx.freeApp.id], permission: 'labeler_worker' },
    }),
  },
  getTeamApp: {
    kind: 'team',
    readOnly: true,
    request: (fx) => ({ method: 'GET', path: `${org(fx)}/teams/${fx.teamId}/apps/${fx.app.id}` }),
  },
  changeTeamAppPermission: {
    kind: 'org',
    permission: 'teams.manage',
    request: (fx) => ({ method: 'PATCH', path: `${org(fx)}/teams/${fx.teamId}/apps/${fx.app.id}`, body: { permission: 'full_access' } }),
  },
  revokeTeamApp: {
    kind: 'org',
    permission: 'teams.manage',
    request: (fx) => ({ method: 'DELETE', path: `${org(fx)}/teams/${fx.teamId}/apps/${fx.app.id}` }),
  },
  listApps: { kind: 'org', permission: 'org.apps.view', readOnly: true, request: (fx) => ({ method: 'GET', path: `${org(fx)}/apps` }) },
  createApp: {
    kind: 'org',
    permission: 'apps.create',
    request: (fx) => ({ method: 'POST', path: `${org(fx)}/apps`, body: { slug: 'matrix-new-app', name: 'Matrix new app' } }),
  },
  getApp: {
    kind: 'app',
    permission: 'app.view',
    readOnly: true,
    request: (fx) => ({ method: 'GET', path: `${org(fx)}/apps/${fx.app.id}` }),
  },
  updateApp: {
    kind: 'app',
    permission: 'app.edit_details',
    request: (fx) => ({ method: 'PATCH', path: `${org(fx)}/apps/${fx.app.id}`, body: { notes: 'Edited by the matrix.' } }),
  },
  deleteApp: { kind: 'app', permission: 'app.delete', request: (fx) => ({ method: 'DELETE', path: `${org(fx)}/apps/${fx.app.id}` }) },
  transferApp: {
    kind: 'app',
    permission: 'app.delete',
    personOnly: true,
    // The caller may create apps where it goes: an Admin of a second organization.
    prepare: (fx, callerId) => addAdminOfOrg(`${fx.orgId}-to`, callerId),
    request: (fx) => ({ method: 'POST', path: `${org(fx)}/apps/${fx.app.id}/transfer`, body: { organization_id: `${fx.orgId}-to` } }),
  },
  listAppTeams: {
    kind: 'app',
    permission: 'app.collaborators.view',
    readOnly: true,
    request: (fx) => ({ method: 'GET', path: `${org(fx)}/apps/${fx.app.id}/teams` }),
  },
  getMemberAccess: {
    kind: 'org',
    permission: 'access.view_any',
    readOnly: true,
    request: (fx) => ({ method: 'GET', path: `${org(fx)}/members/${fx.member.id}/access` }),
  },
  listAuditEvents: {
    kind: 'org',
    permission: 'audit.view',
    readOnly: true,
    request: (fx) => ({ method: 'GET', path: `${org(fx)}/audit-log?action=app.created` }),
  },
};
