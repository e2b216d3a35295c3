/**
 * The words the audit log uses for its actions and for the values its events hold: the labels of SPEC §3
 * (roles, team permission levels, visibility) and of the plans, never the stored keys. Pure, no server code.
 */
import type { AuditAction } from '@/db/queries/audit';
import type { ActorKind } from '@/db/schema';
import { PLANS, isPlanKey } from '@/lib/billing/plans';
import { APP_VISIBILITY_LABELS, ORG_ROLE_LABELS, TEAM_LEVEL_LABELS, isAppVisibility, isOrgRole } from '@/lib/permissions';

/** What the action filter offers, in words; the option values stay the keys. */
export const AUDIT_ACTION_LABELS: Readonly<Record<AuditAction, string>> = {
  'organization.updated': 'Organization settings changed',
  'organization.plan_changed': 'Plan changed',
  'invitation.created': 'Invitation sent',
  'invitation.resent': 'Invitation resent',
  'invitation.revoked': 'Invitation revoked',
  'invitation.accepted': 'Invitation accepted',
  'invitation.declined': 'Invitation declined',
  'member.role_changed': 'Role changed',
  'member.removed': 'Member removed',
  'member.left': 'Member left',
  'member.provisioned': 'Member provisioned by SCIM',
  'scim.enabled': 'Provisioning turned on',
  'scim.token_rotated': 'Provisioning token replaced',
  'scim.role_changed': 'Provisioning role changed',
  'scim.group_role_changed': 'Group role mapping changed',
  'scim.disabled': 'Provisioning turned off',
  'api_token.created': 'API token created',
  'api_token.revoked': 'API token revoked',
  'team.created': 'Team created',
  'team.renamed': 'Team renamed',
  'team.default_permission_changed': 'Team default permission changed',
  'team.deleted': 'Team deleted',
  'team.member_added': 'Team member added',
  'team.member_removed': 'Team member removed',
  'team.app_added': 'App added to a team',
  'team.app_permission_changed': "Team's app permission changed",
  'team.app_removed': 'App removed from a team',
  'app.created': 'App created',
  'app.updated': 'App renamed',
  'app.deleted': 'App deleted',
  'app.visibility_changed': 'App visibility changed',
  'app.team_access_set': 'Team given access to an app',
  'app.team_access_removed': "Team's access to an app removed",
  'app.transferred_in': 'App moved in',
  'app.transferred_out': 'App moved out',
  'app.id_changed': 'App ID changed',
  'cluster.created': 'Cluster created',
  'cluster.renamed': 'Cluster renamed',
  'cluster.deleted': 'Cluster deleted',
  'nodepool.created': 'Nodepool created',
  'nodepool.updated': 'Nodepool changed',
  'nodepool.deleted': 'Nodepool deleted',
  'budget.set': 'Budget set',
  'concept.created': 'Concept created',
  'concept.renamed': 'Concept renamed',
  'concept.deleted': 'Concept deleted',
  'dataset.created': 'Dataset created',
  'dataset.deleted': 'Dataset deleted',
  'dataset.inputs_added': 'Inputs added to a dataset',
  'workflow.created': 'Workflow created',
  'workflow.updated': 'Workflow changed',
  'workflow.deleted': 'Workflow deleted',
  'model.created': 'Model created',
  'model.updated': 'Model renamed',
  'model.deleted': 'Model deleted',
  'model.trained': 'Model trained',
  'model.deployed': 'Model deployed',
  'model.undeployed': 'Model undeployed',
  'task.created': 'Labeling task created',
  'task.deleted': 'Labeling task deleted',
  'task.assigned': 'Labeling task assigned',
  'task.unassigned': 'Labeling task unassigned',
  'annotation.reviewed': 'Annotation reviewed',
};

/** The groups of the action filter, by the action's prefix. */
export const AUDIT_ACTION_GROUPS: Readonly<Record<string, string>> = {
  organization: 'Organization',
  invitation: 'Invitations',
  member: 'Members',
  team: 'Teams',
  app: 'Apps',
  cluster: 'Compute',
  nodepool: 'Compute',
  budget: 'Costs',
  concept: 'App content',
  dataset: 'App content',
  workflow: 'App content',
  model: 'Models',
  task: 'Labeling',
  annotation: 'Labeling',
};

export const ACTOR_KIND_LABELS: Readonly<Record<ActorKind, string>> = {
  user: 'Person',
  api_token: 'API token',
  api_key: 'API key',
  scim: 'SCIM',
};

export function roleLabel(value: unknown): string {
  return isOrgRole(value) ? ORG_ROLE_LABELS[value] : text(value);
}

export function levelLabel(value: unknown): string {
  return typeof value === 'string' && value in TEAM_LEVEL_LABELS ? TEAM_LEVEL_LABELS[value as keyof typeof TEAM_LEVEL_LABELS] : text(value);
}

export function visibilityLabel(value: unknown): string {
  return isAppVisibility(value) ? APP_VISIBILITY_LABELS[value] : text(value);
}

export function planLabel(value: unknown): string {
  return typeof value === 'string' && isPlanKey(value) ? PLANS[value].label : text(value);
}

/** A stored value as text: nothing says "none". */
export function text(value: unknown): string {
  if (value === null || value === undefined || value === '') return 'none';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(text).join(', ');
  return JSON.stringify(value);
}
