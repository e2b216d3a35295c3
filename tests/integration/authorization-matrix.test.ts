/**
 * The authorization matrix, generated from lib/permissions: every server action, called by every org
 * role, every team level, a non-member, an Admin of another organization and a signed-out visitor. The
 * expectation of each case is computed with can()/canOnApp(), never written by hand; on a refusal the
 * database must be exactly as before. A server action this table does not list fails the coverage test.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as auth from '@/app/(auth)/actions';
import * as account from '@/app/(app)/account/actions';
import * as passwordActions from '@/app/(auth)/password-actions';
import { eq } from 'drizzle-orm';
import { getDb, schema } from '@/db';
import { insertSession } from '@/db/queries/sessions';
import * as organizations from '@/app/(app)/organizations/actions';
import * as notifications from '@/app/(app)/notifications/actions';
import * as members from '@/app/(app)/orgs/[orgId]/members/actions';
import * as teams from '@/app/(app)/orgs/[orgId]/teams/actions';
import * as apps from '@/app/(app)/orgs/[orgId]/apps/actions';
import * as myApps from '@/app/(app)/me/apps/actions';
import * as compute from '@/app/(app)/orgs/[orgId]/compute/actions';
import * as costs from '@/app/(app)/orgs/[orgId]/costs/actions';
import * as settings from '@/app/(app)/orgs/[orgId]/settings/actions';
import * as orgTokens from '@/app/(app)/orgs/[orgId]/api-tokens/actions';
import * as orgKeys from '@/app/(app)/orgs/[orgId]/api-keys/actions';
import * as provisioning from '@/app/(app)/orgs/[orgId]/settings/provisioning/actions';
import * as invite from '@/app/(auth)/invite/[token]/actions';
import * as tokens from '@/app/(app)/account/tokens/actions';
import type { FormState } from '@/lib/actions/form-state';
import * as concepts from '@/app/(app)/orgs/[orgId]/apps/[appId]/concepts/actions';
import * as datasets from '@/app/(app)/orgs/[orgId]/apps/[appId]/datasets/actions';
import * as workflows from '@/app/(app)/orgs/[orgId]/apps/[appId]/workflows/actions';
import * as models from '@/app/(app)/orgs/[orgId]/apps/[appId]/models/actions';
import * as deploys from '@/app/(app)/orgs/[orgId]/compute/deploy-actions';
import * as tasks from '@/app/(app)/orgs/[orgId]/apps/[appId]/tasks/actions';
import type { ActionResult, ErrorCode } from '@/lib/actions/result';
import {
  APP_PERMISSION_DEFS,
  can,
  canOnApp,
  levelGrants,
  roleGrantsOnApp,
  type AppGrant,
  type AppPermission,
  type OrgPermission,
} from '@/lib/permissions';
import { actAs } from '../support/session';
import { createOrg, unique } from '../factories';
import { SUBJECTS, matrixFixture, matrixSnapshot, scanServerActions, type Caller, type Fixture, type Subject } from '../factories/matrix';

type Call = (fx: Fixture, me: Caller) => Promise<ActionResult<unknown>>;
/** Authorized by an org permission of the caller's role (the orgAction wrapper, or the data layer). */
type OrgEntry = {
  kind: 'org';
  permission: OrgPermission;
  call: Call;
  readOnly?: boolean;
  /** Rows the action needs beyond the fixture's, added before the snapshot (once per fixture: refusals share one). */
  setup?: (fx: Fixture) => Promise<unknown>;
  /** Rows matrixSnapshot does not cover that the action changes, compared with it. */
  extra?: (fx: Fixture) => Promise<unknown>;
  /** The code every refusal answers with, when it is not FORBIDDEN/NOT_FOUND (and why). */
  refusal?: { code: ErrorCode; why: string };
  cross?: Cross;
};
/** Authorized on the app itself: canOnApp(role + the caller's teams' levels on that app). */
type AppEntry = {
  kind: 'app';
  permission: AppPermission;
  call: Call;
  readOnly?: boolean;
  /** Also allowed to roles with can(role, alsoBy), on any app and without app access (deploying: 'compute.deploy'). */
  alsoBy?: OrgPermission;
};
/** Any signed-in user, on their own things: `call` runs as the fixture's invitee (a non-member with an invitation). */
type UserEntry = { kind: 'user'; call: Call; readOnly?: boolean; cross?: Cross };
/** Needs no account; not part of the role loop. */
type PublicEntry = { kind: 'public'; why: string };
/** The org's Admin aiming at someone else's things (`me` is the invitee): refused with `code`, or (null) a no-op. */
type Cross = { what: string; call: Call; code: ErrorCode | null };
type Entry = OrgEntry | AppEntry | UserEntry | PublicEntry;

/** A form action's outcome as an ActionResult: its redirect is its success. */
async function answeredByForm(run: () => Promise<FormState>): Promise<ActionResult<unknown>> {
  try {
    return (await run()) ?? { ok: true, data: null };
  } catch (error) {
    if (String((error as { digest?: unknown }).digest).startsWith('NEXT_REDIRECT;')) return { ok: true, data: null };
    throw error;
  }
}
function invitationForm(invitationId: string, answer: 'accept' | 'decline'): FormData {
  const form = new FormData();
  form.set('invitationId', invitationId);
  form.set('answer', answer);
  return form;
}

const scimGroups = new WeakMap<Fixture, Promise<string>>();
/**
 * A SCIM group managing the fixture's team, with `member` (an org_user) in it: mapping the group to a
 * role changes theirs. Made once per fixture; its id.
 */
function scimGroupOf(fx: Fixture): Promise<string> {
  const made =
    scimGroups.get(fx) ??
    (async () => {
      const db = await getDb();
      const [user] = await db
        .insert(schema.scimUsers)
        .values({ orgId: fx.orgId, userName: fx.member.email, userId: fx.member.id })
        .returning({ id: schema.scimUsers.id });
      const [group] = await db
        .insert(schema.scimGroups)
        .values({ orgId: fx.orgId, teamId: fx.teamId, displayName: 'Target team' })
        .returning({ id: schema.scimGroups.id });
      await db.insert(schema.scimGroupMembers).values({ groupId: group!.id, scimUserId: user!.id });
      return group!.id;
    })();
  scimGroups.set(fx, made);
  return made;
}
/** The organization's SCIM groups and the roles they map to (matrixSnapshot has no SCIM group tables). */
async function scimGroupRoles(fx: Fixture): Promise<unknown> {
  const db = await getDb();
  return db
    .select({ id: schema.scimGroups.id, role: schema.scimGroups.role, updatedAt: schema.scimGroups.updatedAt })
    .from(schema.scimGroups)
    .where(eq(schema.scimGroups.orgId, fx.orgId))
    .orderBy(schema.scimGroups.id);
}

const ACTIONS: Record<string, Entry> = {
  'auth/signUpAction': { kind: 'public', why: 'creates an account; needs none (covered by sign-up.test.ts)' },
  'auth/signInFormAction': { kind: 'public', why: 'the sign-in form posted without JavaScript; starts a session from a password' },
  'auth/signUpFormAction': { kind: 'public', why: 'the sign-up form posted without JavaScript; creates an account' },
  'invite/answerInvitationFormAction': {
    kind: 'user',
    call: (fx) => answeredByForm(() => invite.answerInvitationFormAction(null, invitationForm(fx.invitationId, 'accept'))),
    cross: {
      what: "answering the invitee's invitation",
      code: 'FORBIDDEN',
      call: (fx) => answeredByForm(() => invite.answerInvitationFormAction(null, invitationForm(fx.invitationId, 'decline'))),
    },
  },
  'auth/signInAction': { kind: 'public', why: 'starts a session from a password; needs none' },
  'auth/requestSignInLinkAction': { kind: 'public', why: 'emails a sign-in link; same answer whether or not the account exists' },
  'auth/signOutAction': { kind: 'public', why: 'ends the current session, whoever it is' },
  'auth/switchAccountAction': { kind: 'public', why: 'signs out and returns to a safe local URL' },
  'auth/resendVerificationAction': { kind: 'user', readOnly: true, call: () => auth.resendVerificationAction({}) },
  'password-actions/requestPasswordResetAction': {
    kind: 'public',
    why: 'emails a reset link; same answer whether or not the account exists',
  },
  'password-actions/resetPasswordAction': {
    kind: 'public',
    why: 'the emailed single-use token is the credential (covered by account-security.test.ts)',
  },

  // Each acts on the caller's own account only: no input names another user, but a session id.
  'account/updateProfileAction': { kind: 'user', call: () => account.updateProfileAction({ name: 'Renamed Person' }) },
  'account/changePasswordAction': { kind: 'user', call: () => account.changePasswordAction({ newPassword: 'a brand new password' }) },
  // Sessions are not in the snapshot (signing in as a subject makes one): readOnly here means "nothing else".
  'account/revokeSessionAction': {
    kind: 'user',
    readOnly: true,
    call: async (_fx, me) => account.revokeSessionAction({ sessionId: await sessionOf(me.id) }),
    cross: {
      what: "ending the invitee's session",
      code: 'NOT_FOUND',
      call: async (_fx, me) => account.revokeSessionAction({ sessionId: await sessionOf(me.id) }),
    },
  },
  'account/signOutEverywhereAction': { kind: 'user', readOnly: true, call: () => account.signOutEverywhereAction({}) },
  'account/tokens/createPersonalTokenAction': {
    kind: 'org',
    permission: 'tokens.create_own',
    call: (fx) => tokens.createPersonalTokenAction({ orgId: fx.orgId, name: 'Script', expiration: '7', scopes: ['members.view'] }),
  },
  'account/tokens/revokePersonalTokenAction': {
    kind: 'user',
    call: (fx) => tokens.revokePersonalTokenAction({ tokenId: fx.inviteeTokenId }),
    cross: {
      what: "revoking the invitee's token",
      code: 'NOT_FOUND',
      call: (fx) => tokens.revokePersonalTokenAction({ tokenId: fx.inviteeTokenId }),
    },
  },

  'organizations/createOrganizationAction': {
    kind: 'user',
    call: () => organizations.createOrganizationAction({ id: unique('neworg'), name: 'New org', billingEmail: 'b@example.test' }),
    cross: {
      what: "taking this organization's ID",
      code: 'VALIDATION',
      call: (fx) => organizations.createOrganizationAction({ id: fx.orgId, name: 'Takeover', billingEmail: 'b@example.test' }),
    },
  },
  'organizations/leaveOrganizationAction': {
    kind: 'org',
    permission: 'org.leave',
    call: (fx) => organizations.leaveOrganizationAction({ orgId: fx.orgId }),
  },
  'organizations/updateOrganizationAction': {
    kind: 'org',
    permission: 'org.settings',
    call: (fx) => organizations.updateOrganizationAction({ orgId: fx.orgId, name: 'Renamed org', billingEmail: 'renamed@example.test' }),
  },
  'organizations/deleteOrganizationAction': {
    kind: 'org',
    permission: 'org.delete',
    call: (fx) => organizations.deleteOrganizationAction({ orgId: fx.orgId, confirmation: fx.orgId }),
  },

  'notifications/acceptInvitationAction': {
    kind: 'user',
    call: (fx) => notifications.acceptInvitationAction({ invitationId: fx.invitationId }),
    cross: {
      what: "answering the invitee's invitation",
      code: 'FORBIDDEN',
      call: (fx) => notifications.acceptInvitationAction({ invitationId: fx.invitationId }),
    },
  },
  'notifications/declineInvitationAction': {
    kind: 'user',
    call: (fx) => notifications.declineInvitationAction({ invitationId: fx.invitationId }),
    cross: {
      what: "answering the invitee's invitation",
      code: 'FORBIDDEN',
      call: (fx) => notifications.declineInvitationAction({ invitationId: fx.invitationId }),
    },
  },
  // Takes no input: it can only ever list the caller's own notifications (scoping: tests/integration/shell.test.ts).
  'notifications/latestNotificationsAction': { kind: 'user', readOnly: true, call: () => notifications.latestNotificationsAction({}) },
  'notifications/markNotificationsReadAction': {
    kind: 'user',
    call: (fx) => notifications.markNotificationsReadAction({ ids: [fx.notificationId] }),
    cross: {
      what: "marking the invitee's notification read",
      code: null,
      call: (fx) => notifications.markNotificationsReadAction({ ids: [fx.notificationId] }),
    },
  },

  'orgs/members/inviteMembersAction': {
    kind: 'org',
    permission: 'members.manage',
    call: (fx) => members.inviteMembersAction({ orgId: fx.orgId, emails: fx.fresh, role: 'org_user' }),
  },
  'orgs/members/resendInvitationAction': {
    kind: 'org',
    permission: 'members.manage',
    call: (fx) => members.resendInvitationAction({ orgId: fx.orgId, invitationId: fx.invitationId }),
  },
  'orgs/members/rescindInvitationAction': {
    kind: 'org',
    permission: 'members.manage',
    call: (fx) => members.rescindInvitationAction({ orgId: fx.orgId, invitationId: fx.invitationId }),
  },
  'orgs/members/changeMemberRoleAction': {
    kind: 'org',
    permission: 'members.manage',
    call: (fx) => members.changeMemberRoleAction({ orgId: fx.orgId, userId: fx.member.id, role: 'org_contributor' }),
  },
  'orgs/members/previewRoleChangeAction': {
    kind: 'org',
    permission: 'members.manage',
    readOnly: true,
    call: (fx) => members.previewRoleChangeAction({ orgId: fx.orgId, userId: fx.member.id, role: 'org_contributor' }),
  },
  'orgs/members/removeMemberAction': {
    kind: 'org',
    permission: 'members.manage',
    call: (fx) => members.removeMemberAction({ orgId: fx.orgId, userId: fx.member.id }),
  },
  'orgs/members/previewRoleChangesAction': {
    kind: 'org',
    permission: 'members.manage',
    readOnly: true,
    call: (fx) => members.previewRoleChangesAction({ orgId: fx.orgId, userIds: [fx.member.id, fx.spare.id], role: 'org_contributor' }),
  },
  'orgs/members/changeMemberRolesAction': {
    kind: 'org',
    permission: 'members.manage',
    call: (fx) => members.changeMemberRolesAction({ orgId: fx.orgId, userIds: [fx.member.id, fx.spare.id], role: 'org_contributor' }),
  },
  'orgs/members/removeMembersAction': {
    kind: 'org',
    permission: 'members.manage',
    call: (fx) => members.removeMembersAction({ orgId: fx.orgId, userIds: [fx.member.id, fx.spare.id] }),
  },

  'orgs/teams/createTeamAction': {
    kind: 'org',
    permission: 'teams.manage',
    call: (fx) => teams.createTeamAction({ orgId: fx.orgId, id: unique('new'), name: 'New team', defaultPermission: 'labeler_worker' }),
  },
  'orgs/teams/renameTeamAction': {
    kind: 'org',
    permission: 'teams.manage',
    call: (fx) => teams.renameTeamAction({ orgId: fx.orgId, teamId: fx.teamId, name: 'Renamed' }),
  },
  'orgs/teams/changeTeamDefaultPermissionAction': {
    kind: 'org',
    permission: 'teams.manage',
    call: (fx) => teams.changeTeamDefaultPermissionAction({ orgId: fx.orgId, teamId: fx.teamId, defaultPermission: 'labeler_lead' }),
  },
  'orgs/teams/deleteTeamAction': {
    kind: 'org',
    permission: 'teams.manage',
    call: (fx) => teams.deleteTeamAction({ orgId: fx.orgId, teamId: fx.teamId }),
  },
  'orgs/teams/addTeamMembersAction': {
    kind: 'org',
    permission: 'teams.manage',
    call: (fx) => teams.addTeamMembersAction({ orgId: fx.orgId, teamId: fx.teamId, userIds: [fx.spare.id] }),
  },
  'orgs/teams/removeTeamMemberAction': {
    kind: 'org',
    permission: 'teams.manage',
    call: (fx) => teams.removeTeamMemberAction({ orgId: fx.orgId, teamId: fx.teamId, userId: fx.member.id }),
  },
  'orgs/teams/addTeamAppsAction': {
    kind: 'org',
    permission: 'teams.manage',
    call: (fx) => teams.addTeamAppsAction({ orgId: fx.orgId, teamId: fx.teamId, appIds: [fx.freeApp.id], permission: 'labeler_lead' }),
  },
  'orgs/teams/setTeamAppPermissionAction': {
    kind: 'org',
    permission: 'teams.manage',
    call: (fx) => teams.setTeamAppPermissionAction({ orgId: fx.orgId, teamId: fx.teamId, appId: fx.app.id, permission: 'full_access' }),
  },
  'orgs/teams/removeTeamAppAction': {
    kind: 'org',
    permission: 'teams.manage',
    call: (fx) => teams.removeTeamAppAction({ orgId: fx.orgId, teamId: fx.teamId, appId: fx.app.id }),
  },
  'orgs/teams/searchTeamCandidatesAction': {
    kind: 'org',
    permission: 'teams.manage',
    readOnly: true,
    call: (fx) => teams.searchTeamCandidatesAction({ orgId: fx.orgId, teamId: fx.teamId, q: '' }),
  },
  'orgs/teams/searchTeamAppCandidatesAction': {
    kind: 'org',
    permission: 'teams.manage',
    readOnly: true,
    call: (fx) => teams.searchTeamAppCandidatesAction({ orgId: fx.orgId, teamId: fx.teamId, q: '' }),
  },

  'orgs/apps/createOrgAppAction': {
    kind: 'org',
    permission: 'apps.create',
    call: (fx) => apps.createOrgAppAction({ orgId: fx.orgId, slug: unique('new'), name: 'New app' }),
  },
  'orgs/apps/updateAppDetailsAction': {
    kind: 'app',
    permission: 'app.edit_details',
    call: (fx) => apps.updateAppDetailsAction({ orgId: fx.orgId, appId: fx.app.id, name: 'Renamed', description: 'd', notes: 'n' }),
  },
  'orgs/apps/deleteAppAction': {
    kind: 'app',
    permission: 'app.delete',
    call: (fx) => apps.deleteAppAction({ orgId: fx.orgId, appId: fx.app.id, confirmation: fx.app.slug }),
  },
  'orgs/apps/changeAppVisibilityAction': {
    kind: 'app',
    permission: 'app.visibility',
    call: (fx) => apps.changeAppVisibilityAction({ orgId: fx.orgId, appId: fx.app.id, visibility: 'org' }),
  },
  'orgs/apps/changeAppIdAction': {
    kind: 'app',
    permission: 'app.edit_id',
    call: (fx) => apps.changeAppIdAction({ orgId: fx.orgId, appId: fx.app.id, slug: unique('renamed') }),
  },
  // Moving the app out of the organization removes it from there: app.delete on the source app decides.
  'orgs/apps/transferOrgAppAction': {
    kind: 'app',
    permission: 'app.delete',
    call: async (fx, me) => {
      // The destination, an organization the caller is Admin of, always admits the app; it is
      // scaffolding, deleted again after a refusal so that the refusal leaves everything as it was.
      const { id: toOrgId } = await createOrg(me);
      const result = await apps.transferOrgAppAction({ orgId: fx.orgId, appId: fx.app.id, toOrgId });
      if (!result.ok) await (await getDb()).delete(schema.organizations).where(eq(schema.organizations.id, toOrgId));
      return result;
    },
  },
  'orgs/apps/setAppTeamAccessAction': {
    kind: 'app',
    permission: 'app.collaborators.edit',
    call: (fx) => apps.setAppTeamAccessAction({ orgId: fx.orgId, appId: fx.app.id, teamId: fx.teamId, permission: 'full_access' }),
  },
  'orgs/apps/removeAppTeamAccessAction': {
    kind: 'app',
    permission: 'app.collaborators.edit',
    call: (fx) => apps.removeAppTeamAccessAction({ orgId: fx.orgId, appId: fx.app.id, teamId: fx.teamId }),
  },
  // The Add Team search: allowed exactly where adding a team is.
  'orgs/apps/searchAppTeamCandidatesAction': {
    kind: 'app',
    permission: 'app.collaborators.edit',
    readOnly: true,
    call: (fx) => apps.searchAppTeamCandidatesAction({ orgId: fx.orgId, appId: fx.app.id, q: '' }),
  },

  'orgs/compute/createClusterAction': {
    kind: 'org',
    permission: 'compute.manage',
    call: (fx) => compute.createClusterAction({ orgId: fx.orgId, id: unique('cl'), name: 'New cluster', region: 'eu-west-1' }),
  },
  'orgs/compute/renameClusterAction': {
    kind: 'org',
    permission: 'compute.manage',
    call: (fx) => compute.renameClusterAction({ orgId: fx.orgId, clusterId: fx.clusterId, name: 'Renamed' }),
  },
  'orgs/compute/deleteClusterAction': {
    kind: 'org',
    permission: 'compute.manage',
    call: (fx) => compute.deleteClusterAction({ orgId: fx.orgId, clusterId: fx.clusterId }),
  },
  'orgs/compute/createNodepoolAction': {
    kind: 'org',
    permission: 'compute.manage',
    call: (fx) =>
      compute.createNodepoolAction({
        orgId: fx.orgId,
        clusterId: fx.clusterId,
        id: unique('np'),
        instanceType: 'gpu-t4',
        minNodes: 1,
        maxNodes: 3,
      }),
  },
  'orgs/compute/deleteNodepoolAction': {
    kind: 'org',
    permission: 'compute.manage',
    call: (fx) => compute.deleteNodepoolAction({ orgId: fx.orgId, clusterId: fx.clusterId, nodepoolId: fx.nodepoolId }),
  },
  'orgs/compute/updateNodepoolAction': {
    kind: 'org',
    permission: 'compute.manage',
    call: (fx) =>
      compute.updateNodepoolAction({
        orgId: fx.orgId,
        clusterId: fx.clusterId,
        nodepoolId: fx.nodepoolId,
        instanceType: 'gpu-t4',
        minNodes: 1,
        maxNodes: 5,
      }),
  },
  // The fixture's organization is on the unlimited plan (rows written without one); Business has seats for all its people.
  'orgs/settings/changePlanAction': {
    kind: 'org',
    permission: 'org.settings',
    call: (fx) => settings.changePlanAction({ orgId: fx.orgId, plan: 'business' }),
  },
  // fx.inviteeTokenId is a personal access token for this organization (its owner has since left): an Admin may revoke it.
  'orgs/api-tokens/revokeOrgTokenAction': {
    kind: 'org',
    permission: 'org.settings',
    call: (fx) => orgTokens.revokeOrgTokenAction({ orgId: fx.orgId, tokenId: fx.inviteeTokenId }),
  },
  'orgs/api-keys/createOrgApiKeyAction': {
    kind: 'org',
    permission: 'org.settings',
    call: (fx) =>
      orgKeys.createOrgApiKeyAction({
        orgId: fx.orgId,
        name: 'Matrix new key',
        role: 'org_user',
        expiration: '30',
        scopes: ['members.view'],
      }),
  },
  'orgs/api-keys/revokeOrgApiKeyAction': {
    kind: 'org',
    permission: 'org.settings',
    call: (fx) => orgKeys.revokeOrgApiKeyAction({ orgId: fx.orgId, keyId: fx.orgKeyId }),
  },
  'orgs/settings/provisioning/issueScimTokenAction': {
    kind: 'org',
    permission: 'org.settings',
    call: (fx) => provisioning.issueScimTokenAction({ orgId: fx.orgId }),
  },
  'orgs/settings/provisioning/setScimRoleAction': {
    kind: 'org',
    permission: 'org.settings',
    call: (fx) => provisioning.setScimRoleAction({ orgId: fx.orgId, role: 'org_contributor' }),
  },
  'orgs/settings/provisioning/setScimGroupRoleAction': {
    kind: 'org',
    permission: 'org.settings',
    setup: scimGroupOf,
    extra: scimGroupRoles,
    call: async (fx) => provisioning.setScimGroupRoleAction({ orgId: fx.orgId, groupId: await scimGroupOf(fx), role: 'org_contributor' }),
  },
  'orgs/settings/provisioning/disableScimAction': {
    kind: 'org',
    permission: 'org.settings',
    call: (fx) => provisioning.disableScimAction({ orgId: fx.orgId }),
  },
  'orgs/costs/setBudgetAction': {
    kind: 'org',
    permission: 'budget.set',
    call: (fx) => costs.setBudgetAction({ orgId: fx.orgId, monthlyBudget: '12345.67' }),
  },

  'orgs/apps/concepts/createConceptAction': {
    kind: 'app',
    permission: 'concepts.write',
    call: (fx) => concepts.createConceptAction({ orgId: fx.orgId, appId: fx.app.id, name: 'dog' }),
  },
  'orgs/apps/concepts/renameConceptAction': {
    kind: 'app',
    permission: 'concepts.write',
    call: (fx) => concepts.renameConceptAction({ orgId: fx.orgId, appId: fx.app.id, conceptId: fx.ws.conceptId, name: 'kitten' }),
  },
  'orgs/apps/concepts/deleteConceptAction': {
    kind: 'app',
    permission: 'concepts.write',
    call: (fx) => concepts.deleteConceptAction({ orgId: fx.orgId, appId: fx.app.id, conceptId: fx.ws.conceptId }),
  },
  'orgs/apps/datasets/createDatasetAction': {
    kind: 'app',
    permission: 'datasets.write',
    call: (fx) => datasets.createDatasetAction({ orgId: fx.orgId, appId: fx.app.id, name: 'New dataset', description: '' }),
  },
  'orgs/apps/datasets/deleteDatasetAction': {
    kind: 'app',
    permission: 'datasets.write',
    call: (fx) => datasets.deleteDatasetAction({ orgId: fx.orgId, appId: fx.app.id, datasetId: fx.ws.datasetId }),
  },
  'orgs/apps/datasets/addInputsAction': {
    kind: 'app',
    permission: 'datasets.write',
    call: (fx) =>
      datasets.addInputsAction({
        orgId: fx.orgId,
        appId: fx.app.id,
        datasetId: fx.ws.datasetId,
        inputs: 'https://example.test/cat.jpg\na dog',
      }),
  },
  'orgs/apps/datasets/deleteInputAction': {
    kind: 'app',
    permission: 'datasets.write',
    call: (fx) => datasets.deleteInputAction({ orgId: fx.orgId, appId: fx.app.id, datasetId: fx.ws.datasetId, inputId: fx.ws.inputId }),
  },
  'orgs/apps/workflows/createWorkflowAction': {
    kind: 'app',
    permission: 'workflows.write',
    call: (fx) =>
      workflows.createWorkflowAction({ orgId: fx.orgId, appId: fx.app.id, name: 'New workflow', description: '', steps: [fx.ws.modelId] }),
  },
  'orgs/apps/workflows/updateWorkflowAction': {
    kind: 'app',
    permission: 'workflows.write',
    call: (fx) =>
      workflows.updateWorkflowAction({
        orgId: fx.orgId,
        appId: fx.app.id,
        workflowId: fx.ws.workflowId,
        name: 'Renamed workflow',
        description: 'd',
        steps: [fx.ws.modelId, fx.ws.modelId],
      }),
  },
  'orgs/apps/workflows/deleteWorkflowAction': {
    kind: 'app',
    permission: 'workflows.write',
    call: (fx) => workflows.deleteWorkflowAction({ orgId: fx.orgId, appId: fx.app.id, workflowId: fx.ws.workflowId }),
  },
  'orgs/apps/models/createModelAction': {
    kind: 'app',
    permission: 'models.write',
    call: (fx) => models.createModelAction({ orgId: fx.orgId, appId: fx.app.id, name: 'New model', description: '' }),
  },
  'orgs/apps/models/updateModelAction': {
    kind: 'app',
    permission: 'models.write',
    call: (fx) =>
      models.updateModelAction({ orgId: fx.orgId, appId: fx.app.id, modelId: fx.ws.modelId, name: 'Renamed model', description: 'd' }),
  },
  'orgs/apps/models/deleteModelAction': {
    kind: 'app',
    permission: 'models.write',
    call: (fx) => models.deleteModelAction({ orgId: fx.orgId, appId: fx.app.id, modelId: fx.ws.modelId }),
  },
  'orgs/apps/models/trainModelAction': {
    kind: 'app',
    permission: 'models.write',
    call: (fx) => models.trainModelAction({ orgId: fx.orgId, appId: fx.app.id, modelId: fx.ws.modelId }),
  },
  // Deploying an app's models: 'app.deploy' on the app (Model Trainer team), or the role's 'compute.deploy' on any app.
  'orgs/compute/deploy-actions/deployModelAction': {
    kind: 'app',
    permission: 'app.deploy',
    alsoBy: 'compute.deploy',
    call: (fx) =>
      deploys.deployModelAction({
        orgId: fx.orgId,
        appId: fx.app.id,
        modelVersionId: fx.ws.modelVersionId,
        nodepool: `${fx.clusterId}/${fx.spareNodepoolId}`,
      }),
  },
  'orgs/compute/deploy-actions/undeployModelAction': {
    kind: 'app',
    permission: 'app.deploy',
    alsoBy: 'compute.deploy',
    call: (fx) => deploys.undeployModelAction({ orgId: fx.orgId, deploymentId: fx.ws.deploymentId }),
  },
  'orgs/compute/deploy-actions/searchDeployableVersionsAction': {
    kind: 'org',
    permission: 'compute.deploy',
    readOnly: true,
    call: (fx) => deploys.searchDeployableVersionsAction({ orgId: fx.orgId, q: '' }),
  },

  // Labeling: every org-member caller (and fx.member) is assigned to fx.ws.taskId, so working on it is decided by
  // 'tasks.work_assigned' alone; fx.ws.annotationId is fx.member's pending annotation, never the caller's own.
  'orgs/apps/tasks/createLabelingTaskAction': {
    kind: 'app',
    permission: 'tasks.manage',
    call: (fx) =>
      tasks.createLabelingTaskAction({
        orgId: fx.orgId,
        appId: fx.app.id,
        name: 'New task',
        datasetId: fx.ws.datasetId,
        conceptIds: [fx.ws.conceptId],
        instructions: '',
      }),
  },
  'orgs/apps/tasks/deleteLabelingTaskAction': {
    kind: 'app',
    permission: 'tasks.manage',
    call: (fx) => tasks.deleteLabelingTaskAction({ orgId: fx.orgId, appId: fx.app.id, taskId: fx.ws.taskId }),
  },
  // fx.admin (an Admin: may label) is not assigned, so the allowed call adds a row.
  'orgs/apps/tasks/assignTaskAction': {
    kind: 'app',
    permission: 'tasks.manage',
    call: (fx) => tasks.assignTaskAction({ orgId: fx.orgId, appId: fx.app.id, taskId: fx.ws.taskId, userIds: [fx.admin.id] }),
  },
  'orgs/apps/tasks/unassignTaskAction': {
    kind: 'app',
    permission: 'tasks.manage',
    call: (fx) => tasks.unassignTaskAction({ orgId: fx.orgId, appId: fx.app.id, taskId: fx.ws.taskId, userId: fx.member.id }),
  },
  'orgs/apps/tasks/saveAnnotationAction': {
    kind: 'app',
    permission: 'tasks.work_assigned',
    call: (fx) =>
      tasks.saveAnnotationAction({
        orgId: fx.orgId,
        appId: fx.app.id,
        taskId: fx.ws.taskId,
        inputId: fx.ws.inputId,
        conceptId: fx.ws.conceptId,
      }),
  },
  'orgs/apps/tasks/updateAssignmentStatusAction': {
    kind: 'app',
    permission: 'tasks.work_assigned',
    call: (fx) => tasks.updateAssignmentStatusAction({ orgId: fx.orgId, appId: fx.app.id, taskId: fx.ws.taskId, status: 'completed' }),
  },
  'orgs/apps/tasks/reviewAnnotationAction': {
    kind: 'app',
    permission: 'annotations.review',
    call: (fx) =>
      tasks.reviewAnnotationAction({
        orgId: fx.orgId,
        appId: fx.app.id,
        annotationId: fx.ws.annotationId,
        decision: 'rejected',
        feedback: 'Not a cat.',
      }),
  },

  'me/apps/createPersonalAppAction': { kind: 'user', call: () => myApps.createPersonalAppAction({ slug: unique('mine'), name: 'Mine' }) },
  // A userAction, but §3.2 puts "transfer a personal app into the org" under apps.create, which the data
  // layer checks in the destination organization: so it runs the role loop, moving the caller's own app.
  'me/apps/transferAppAction': {
    kind: 'org',
    permission: 'apps.create',
    call: (fx, me) => myApps.transferAppAction({ appId: me.appId, orgId: fx.orgId }),
    refusal: { code: 'VALIDATION', why: 'refused beside the Organization field (fieldErrors.orgId), members and outsiders alike' },
    cross: {
      what: "moving the invitee's personal app",
      code: 'NOT_FOUND',
      call: (fx, me) => myApps.transferAppAction({ appId: me.appId, orgId: fx.orgId }),
    },
  },
};

/** A session of this user, as signing in elsewhere would make. */
async function sessionOf(userId: string): Promise<string> {
  return insertSession(await getDb(), userId, { userAgent: 'another browser', ip: null });
}

type Want = { ok: true } | { ok: false; code: ErrorCode };

/** The answer lib/permissions dictates for this subject. */
function expected(entry: OrgEntry | AppEntry, subject: Subject): Want {
  if (subject.kind === 'signed-out') return { ok: false, code: 'UNAUTHENTICATED' };
  const refuse = (code: ErrorCode): Want => ({ ok: false, code: (entry.kind === 'org' && entry.refusal?.code) || code });
  // A non-member is told the organization (or app) was not found, whatever their role elsewhere.
  if (subject.kind !== 'role' && subject.kind !== 'level') return refuse('NOT_FOUND');
  const role = subject.kind === 'role' ? subject.role : 'team_contributor';
  if (entry.kind === 'org') return can(role, entry.permission) ? { ok: true } : refuse('FORBIDDEN');
  // An app action some org permission also allows (canDeployAppModels = compute.deploy or app.deploy).
  if (entry.alsoBy && can(role, entry.alsoBy)) return { ok: true };
  if (subject.kind === 'role') {
    if (roleGrantsOnApp(role, entry.permission)) return { ok: true };
    // An app the caller cannot see answers as if it did not exist.
    return refuse(roleGrantsOnApp(role, 'app.view') ? 'FORBIDDEN' : 'NOT_FOUND');
  }
  const grant: AppGrant = { role, teams: [{ teamId: 'caller-team', teamName: 'Caller team', level: subject.level }] };
  if (canOnApp(grant, entry.permission)) return { ok: true };
  return refuse(canOnApp(grant, 'app.view') ? 'FORBIDDEN' : 'NOT_FOUND');
}

const entries = Object.entries(ACTIONS);
const matrix = entries.filter((e): e is [string, OrgEntry | AppEntry] => e[1].kind === 'org' || e[1].kind === 'app');
const userEntries = entries.filter((e): e is [string, UserEntry] => e[1].kind === 'user');
const crossEntries = entries.flatMap(([key, e]) =>
  (e.kind === 'user' || e.kind === 'org') && e.cross ? [[key, e.cross.what, e.cross] as const] : [],
);
const PLANNED = matrix.length * SUBJECTS.length + userEntries.length * 2 + crossEntries.length;
let ran = 0;

afterAll(() => {
  console.log(
    `authorization matrix: ${PLANNED} (action, subject) cases — ${matrix.length} org/app actions × ${SUBJECTS.length} subjects, ` +
      `${userEntries.length} user actions × (signed out, own), ${crossEntries.length} cross-user; ` +
      `${entries.length - matrix.length - userEntries.length} public actions listed, not looped; ${ran} ran`,
  );
});

describe('coverage: every exported server action is in the matrix', () => {
  const scan = scanServerActions(path.join(process.cwd(), 'app'));

  it('the scan finds the "use server" modules and nothing it cannot name', () => {
    expect(scan.problems).toEqual([]);
    expect(scan.actions.length).toBeGreaterThan(30);
  });

  it('ACTIONS lists exactly the exported server actions (no missing entry, no stale entry)', () => {
    const listed = Object.keys(ACTIONS).sort();
    const found = [...scan.actions].sort();
    expect({ missing: found.filter((k) => !listed.includes(k)), stale: listed.filter((k) => !found.includes(k)) }).toEqual({
      missing: [],
      stale: [],
    });
  });

  it('each listed export is a function of the imported module', () => {
    const modules: Record<string, Record<string, unknown>> = {
      auth,
      'password-actions': passwordActions,
      account,
      'account/tokens': tokens,
      organizations,
      notifications,
      'orgs/members': members,
      'orgs/teams': teams,
      'orgs/apps': apps,
      'orgs/compute': compute,
      'orgs/costs': costs,
      'orgs/settings': settings,
      'orgs/api-tokens': orgTokens,
      'orgs/api-keys': orgKeys,
      'orgs/settings/provisioning': provisioning,
      invite,
      'me/apps': myApps,
      'orgs/apps/concepts': concepts,
      'orgs/apps/datasets': datasets,
      'orgs/apps/workflows': workflows,
      'orgs/apps/models': models,
      'orgs/compute/deploy-actions': deploys,
      'orgs/apps/tasks': tasks,
    };
    for (const key of Object.keys(ACTIONS)) {
      const name = key.slice(key.lastIndexOf('/') + 1);
      expect(typeof modules[key.slice(0, key.lastIndexOf('/'))]?.[name], key).toBe('function');
    }
  });
});

describe.each(matrix)('%s', (_key, entry) => {
  // Refusals leave the database as it was, so they share one fixture holding every subject's caller;
  // an allowed call changes things, so it gets a fixture of its own.
  let shared: Promise<Fixture> | undefined;

  const cases = SUBJECTS.map((subject) => {
    const want = expected(entry, subject);
    return [`${subject.name} → ${want.ok ? 'allowed' : want.code}`, subject, want] as const;
  });

  it.each(cases)('%s', async (_title, subject, want) => {
    ran += 1;
    if (entry.kind === 'app' && subject.kind === 'level' && APP_PERMISSION_DEFS[entry.permission].adminOnly) {
      // ‡ app administration: only roles grant it, whatever a team grants (SPEC §3).
      expect([levelGrants(subject.level, entry.permission), want.ok]).toEqual([false, false]);
    }
    const fx = want.ok ? await matrixFixture([subject]) : await (shared ??= matrixFixture(SUBJECTS));
    const me = fx.callers.get(subject.name)!;
    const org = entry.kind === 'org' ? entry : null;
    await org?.setup?.(fx);
    const snapshot = async () => ({ rows: await matrixSnapshot(fx), extra: await org?.extra?.(fx) });
    const before = await snapshot();
    await actAs(subject.kind === 'signed-out' ? null : me);
    const result = await entry.call(fx, me);
    const after = await snapshot();
    if (want.ok) {
      expect(result).toMatchObject({ ok: true });
      if (entry.readOnly) expect(after).toEqual(before);
      else expect(after).not.toEqual(before);
    } else {
      const fieldErrors = want.code === 'VALIDATION' ? { fieldErrors: { orgId: expect.any(Array) } } : {};
      expect(result).toMatchObject({ ok: false, code: want.code, ...fieldErrors });
      expect(after).toEqual(before);
    }
  });
});

describe.each(userEntries)('%s (any signed-in user)', (_key, entry) => {
  let quiet: Promise<Fixture> | undefined;

  it('signed out: UNAUTHENTICATED, nothing changes', async () => {
    ran += 1;
    const fx = await (quiet ??= matrixFixture([]));
    const before = await matrixSnapshot(fx);
    await actAs(null);
    expect(await entry.call(fx, fx.invitee)).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await matrixSnapshot(fx)).toEqual(before);
  });

  it('signed in, on their own things: allowed', async () => {
    ran += 1;
    const fx = await matrixFixture([]);
    const before = await matrixSnapshot(fx);
    await actAs(fx.invitee);
    expect(await entry.call(fx, fx.invitee)).toMatchObject({ ok: true });
    if (entry.readOnly) expect(await matrixSnapshot(fx)).toEqual(before);
    else expect(await matrixSnapshot(fx)).not.toEqual(before);
  });
});

describe("cross-user: the organization's Admin aiming at another user's things changes nothing", () => {
  it.each(crossEntries)('%s: %s', async (_key, _what, cross) => {
    ran += 1;
    const fx = await matrixFixture([]);
    const before = await matrixSnapshot(fx);
    await actAs(fx.admin);
    const result = await cross.call(fx, fx.invitee);
    expect(result).toMatchObject(cross.code ? { ok: false, code: cross.code } : { ok: true });
    expect(await matrixSnapshot(fx)).toEqual(before);
  });
});

describe("setScimGroupRoleAction: a group id of another organization (ids are never trusted to be the URL's org's)", () => {
  it("an Admin passing their own organization and another's group: NOT_FOUND, neither changes", async () => {
    const mine = await matrixFixture([]);
    const theirs = await matrixFixture([]);
    await scimGroupOf(mine);
    const groupId = await scimGroupOf(theirs);
    const state = async () => [
      await matrixSnapshot(mine),
      await matrixSnapshot(theirs),
      await scimGroupRoles(mine),
      await scimGroupRoles(theirs),
    ];
    const before = await state();
    await actAs(mine.admin);
    expect(await provisioning.setScimGroupRoleAction({ orgId: mine.orgId, groupId, role: 'admin' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await state()).toEqual(before);
  });
});
