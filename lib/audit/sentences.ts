/**
 * Each audit event as one sentence, in the labels of SPEC §3 ("Ada Admin changed Theo Team from Team
 * Contributor (select apps) to Infrastructure Manager"). One renderer per action in AUDIT_ACTIONS, typed
 * on the data its command records (domain/**); the record below fails to compile when an action lacks one.
 * Pure: the page, the CSV export and the tests share it.
 */
import type { AuditAction, AuditRow } from '@/db/queries/audit';
import { levelLabel, planLabel, roleLabel, text, visibilityLabel } from './labels';

/** An event as the log reads it: the row, with the names of the people, team and app it is about. */
export type AuditEventView = Omit<AuditRow, 'id' | 'createdAt' | 'actorId'>;

type Change<T> = { before: T; after: T };
type InApp = { app: string };
type Moved = {
  appId: string;
  before: { orgId?: string; slug: string; name: string };
  after: { orgId?: string; slug: string; name: string };
};
type Pool = { instanceType: string; minNodes: number; maxNodes: number };
type Deployment = InApp & { model: string; version: number; cluster: string; nodepool: string };

/** What each command records in `data` (read back from JSON: every value may be missing in old rows). */
export type AuditData = {
  'organization.updated': Change<{ name?: string; billingEmail?: string; allowTokensWithoutExpiry?: boolean }>;
  'organization.plan_changed': Change<{ plan: string }>;
  'invitation.created': { role: string };
  'invitation.resent': { invitationId: string };
  'invitation.revoked': { role: string };
  'invitation.accepted': { role: string };
  'invitation.declined': { role: string };
  'member.role_changed': { userId: string } & Change<string>;
  'member.removed': { userId: string; role: string };
  'member.left': { userId: string; role: string };
  'member.provisioned': { userId: string; role: string };
  'scim.enabled': Record<string, never>;
  'scim.token_rotated': Record<string, never>;
  'scim.role_changed': { role: string };
  /** `role` null: the group maps to no role any more. */
  'scim.group_role_changed': { group: string; role: string | null };
  'scim.disabled': Record<string, never>;
  /** `role`: the role an organization's API key acts with. */
  'api_token.created': { name: string; kind: string; role?: string; scopes: string[]; expiresAt: string | null };
  /** `userId` and `email`: the owner, when an Admin revoked someone's token. */
  'api_token.revoked': { name: string; kind: string; role?: string; userId?: string; email?: string };
  'team.created': { name: string; defaultPermission: string; managedByIdp?: boolean };
  'team.renamed': Change<string>;
  'team.default_permission_changed': Change<string>;
  'team.deleted': { name: string };
  'team.member_added': { userId: string };
  'team.member_removed': { userId: string };
  'team.app_added': { appId: string; permission: string };
  'team.app_permission_changed': { appId: string } & Change<string>;
  'team.app_removed': { appId: string };
  'app.created': { appId: string; name: string };
  'app.updated': Change<{ name: string }>;
  'app.deleted': { appId: string; name: string };
  'app.visibility_changed': Change<{ visibility: string }>;
  'app.team_access_set': { teamId: string; permission: string };
  'app.team_access_removed': { teamId: string };
  'app.transferred_in': Moved;
  'app.transferred_out': Moved;
  'app.id_changed': { appId: string } & Change<{ slug: string }>;
  'cluster.created': { name: string; region: string };
  'cluster.renamed': Change<string>;
  'cluster.deleted': { name: string };
  'nodepool.created': Pool;
  'nodepool.updated': Change<Pool>;
  'nodepool.deleted': Record<string, never>;
  'budget.set': { before: string | null; after: string };
  'concept.created': InApp & { name: string };
  'concept.renamed': InApp & Change<string>;
  'concept.deleted': InApp & { name: string };
  'dataset.created': InApp & { name: string };
  'dataset.deleted': InApp & { name: string };
  'dataset.inputs_added': InApp & { name: string; count: number; images?: number };
  'workflow.created': InApp & { name: string; steps: number };
  'workflow.updated': InApp & Change<string> & { steps: number };
  'workflow.deleted': InApp & { name: string };
  'model.created': InApp & { name: string };
  'model.updated': InApp & Change<{ name: string }>;
  'model.deleted': InApp & { name: string };
  'model.trained': InApp & { name: string; version: number };
  'model.deployed': Deployment;
  'model.undeployed': Deployment;
  'task.created': InApp & { name: string };
  'task.deleted': InApp & { name: string };
  'task.assigned': InApp & { name: string; userId: string };
  'task.unassigned': InApp & { name: string; userId: string; annotationsRemoved?: number };
  'annotation.reviewed': InApp & { annotatorId: string; decision: string };
};

type Renderer<A extends AuditAction> = (d: Partial<AuditData[A]>, e: AuditEventView) => string;

/** Who did it: a person by name (else email); an API token, an organization's API key or SCIM said as such. */
export function actorOf(e: Pick<AuditEventView, 'actorKind' | 'actorName' | 'actorEmail' | 'data'>): string {
  const person = e.actorName || e.actorEmail;
  if (e.actorKind === 'api_token') return person ? `An API token of ${person}` : 'An API token';
  if (e.actorKind === 'api_key') return `The API key “${text(keyNameOf(e.data) ?? 'deleted')}”`;
  if (e.actorKind === 'scim') return 'SCIM provisioning';
  return person ?? 'A deleted user';
}

/** The member the event is about, by name, else the email the event holds. */
const subject = (e: AuditEventView) => e.subjectName || e.subjectEmail || (e.targetType === 'member' ? e.targetId : 'a former member');
const team = (e: AuditEventView, name?: unknown) =>
  `team ${e.teamName ?? (typeof name === 'string' ? name : (e.data.teamId ?? e.targetId))}`;
const appById = (e: AuditEventView) => (e.appSlug ? `app ${e.appSlug}` : 'an app since deleted');
const inApp = (d: Partial<InApp>) => (d.app ? ` in app ${d.app}` : '');
const sizes = (p?: Partial<Pool>) => (p ? `${text(p.instanceType)}, ${text(p.minNodes)}–${text(p.maxNodes)} nodes` : 'none');
const was = (before: unknown, after: unknown, label: (v: unknown) => string = text) => `from ${label(before)} to ${label(after)}`;

const SENTENCES: { [A in AuditAction]: Renderer<A> } = {
  'organization.updated': (d) => {
    const parts: string[] = [];
    if (d.after?.name !== undefined) parts.push(`the organization's name ${was(d.before?.name, d.after.name)}`);
    if (d.after?.billingEmail !== undefined) parts.push(`the billing email ${was(d.before?.billingEmail, d.after.billingEmail)}`);
    const tokens = d.after?.allowTokensWithoutExpiry;
    const policy = tokens === undefined ? null : `${tokens ? 'allowed' : 'stopped allowing'} API tokens without an expiry date`;
    if (policy && parts.length === 0) return policy;
    return `changed ${parts.join(' and ') || 'the organization settings'}${policy ? `, and ${policy}` : ''}`;
  },
  'organization.plan_changed': (d) => `changed the plan ${was(d.before?.plan, d.after?.plan, planLabel)}`,
  'invitation.created': (d, e) => `invited ${e.targetId} as ${roleLabel(d.role)}`,
  'invitation.resent': (_d, e) => `resent the invitation to ${e.targetId}`,
  'invitation.revoked': (d, e) => `revoked the invitation of ${e.targetId} as ${roleLabel(d.role)}`,
  'invitation.accepted': (d) => `accepted the invitation to join as ${roleLabel(d.role)}`,
  'invitation.declined': (d) => `declined the invitation to join as ${roleLabel(d.role)}`,
  'member.role_changed': (d, e) => `changed ${subject(e)} ${was(d.before, d.after, roleLabel)}`,
  'member.removed': (d, e) => `removed ${subject(e)} (${roleLabel(d.role)}) from the organization`,
  'member.left': (d) => `left the organization, where they were ${roleLabel(d.role)}`,
  'member.provisioned': (d, e) => `added ${subject(e)} as ${roleLabel(d.role)}, with a new account`,
  'scim.enabled': () => 'turned SCIM provisioning on',
  'scim.token_rotated': () => 'replaced the SCIM provisioning token',
  'scim.role_changed': (d) => `set the role SCIM gives new members to ${roleLabel(d.role)}`,
  'scim.group_role_changed': (d) =>
    d.role ? `mapped the group ${text(d.group)} to ${roleLabel(d.role)}` : `stopped mapping the group ${text(d.group)} to a role`,
  'scim.disabled': () => 'turned SCIM provisioning off',
  'api_token.created': (d) =>
    `created the ${d.kind === 'organization' ? 'API key' : 'personal access token'} “${text(d.name)}” (${d.role ? `acting as ${roleLabel(d.role)}, ` : ''}${Array.isArray(d.scopes) ? d.scopes.length : 0} scopes, ${d.expiresAt ? `expires ${text(d.expiresAt).slice(0, 10)}` : 'no expiry'})`,
  'api_token.revoked': (d, e) =>
    `revoked the ${d.kind === 'organization' ? 'API key' : 'personal access token'} “${text(d.name)}”${d.userId || d.email ? ` of ${e.subjectName || e.subjectEmail || text(d.email)}` : ''}`,
  'team.created': (d, e) =>
    `created ${team(e, d.name)} with default permission ${levelLabel(d.defaultPermission)}${d.managedByIdp ? ', managed by the identity provider' : ''}`,
  'team.renamed': (d) => `renamed team ${text(d.before)} to ${text(d.after)}`,
  'team.default_permission_changed': (d, e) => `changed the default permission of ${team(e)} ${was(d.before, d.after, levelLabel)}`,
  'team.deleted': (d, e) => `deleted ${team(e, d.name)}`,
  'team.member_added': (_d, e) => `added ${subject(e)} to ${team(e)}`,
  'team.member_removed': (_d, e) => `removed ${subject(e)} from ${team(e)}`,
  'team.app_added': (d, e) => `gave ${team(e)} ${levelLabel(d.permission)} on ${appById(e)}`,
  'team.app_permission_changed': (d, e) => `changed the permission of ${team(e)} on ${appById(e)} ${was(d.before, d.after, levelLabel)}`,
  'team.app_removed': (_d, e) => `removed ${appById(e)} from ${team(e)}`,
  'app.created': (d, e) => `created app ${text(d.name)} (${e.targetId})`,
  'app.updated': (d, e) => `renamed app ${e.targetId} ${was(d.before?.name, d.after?.name)}`,
  'app.deleted': (d, e) => `deleted app ${text(d.name)} (${e.targetId})`,
  'app.visibility_changed': (d, e) =>
    `changed the visibility of app ${e.targetId} ${was(d.before?.visibility, d.after?.visibility, visibilityLabel)}`,
  'app.team_access_set': (d, e) => `gave ${team(e)} ${levelLabel(d.permission)} on app ${e.targetId}`,
  'app.team_access_removed': (_d, e) => `removed the access of ${team(e)} to app ${e.targetId}`,
  'app.transferred_in': (d, e) =>
    d.before?.orgId
      ? `moved app ${text(d.after?.name)} (${e.targetId}) here from organization ${d.before.orgId}`
      : `moved their personal app ${text(d.before?.name)} into the organization as ${e.targetId}`,
  'app.transferred_out': (d, e) => `moved app ${e.targetId} to organization ${text(d.after?.orgId)}`,
  'app.id_changed': (d) => `changed an App ID ${was(d.before?.slug, d.after?.slug)}`,
  'cluster.created': (d, e) => `created cluster ${text(d.name)} (${e.targetId}) in ${text(d.region)}`,
  'cluster.renamed': (d, e) => `renamed cluster ${e.targetId} ${was(d.before, d.after)}`,
  'cluster.deleted': (d, e) => `deleted cluster ${text(d.name)} (${e.targetId})`,
  'nodepool.created': (d, e) => `created nodepool ${e.targetId} (${sizes(d)})`,
  'nodepool.updated': (d, e) => `changed nodepool ${e.targetId} from ${sizes(d.before)} to ${sizes(d.after)}`,
  'nodepool.deleted': (_d, e) => `deleted nodepool ${e.targetId}`,
  'budget.set': (d) => (d.before ? `changed the monthly budget ${was(d.before, d.after)}` : `set the monthly budget to ${text(d.after)}`),
  'concept.created': (d) => `created concept ${text(d.name)}${inApp(d)}`,
  'concept.renamed': (d) => `renamed concept ${text(d.before)} to ${text(d.after)}${inApp(d)}`,
  'concept.deleted': (d) => `deleted concept ${text(d.name)}${inApp(d)}`,
  'dataset.created': (d) => `created dataset ${text(d.name)}${inApp(d)}`,
  'dataset.deleted': (d) => `deleted dataset ${text(d.name)}${inApp(d)}`,
  'dataset.inputs_added': (d) => `added ${text(d.count)} input${d.count === 1 ? '' : 's'} to dataset ${text(d.name)}${inApp(d)}`,
  'workflow.created': (d) => `created workflow ${text(d.name)}${inApp(d)}`,
  'workflow.updated': (d) =>
    d.before === d.after
      ? `changed the steps of workflow ${text(d.after)}${inApp(d)}`
      : `renamed workflow ${text(d.before)} to ${text(d.after)}${inApp(d)}`,
  'workflow.deleted': (d) => `deleted workflow ${text(d.name)}${inApp(d)}`,
  'model.created': (d) => `created model ${text(d.name)}${inApp(d)}`,
  'model.updated': (d) => `renamed model ${text(d.before?.name)} to ${text(d.after?.name)}${inApp(d)}`,
  'model.deleted': (d) => `deleted model ${text(d.name)}${inApp(d)}`,
  'model.trained': (d) => `trained version ${text(d.version)} of model ${text(d.name)}${inApp(d)}`,
  'model.deployed': (d) =>
    `deployed version ${text(d.version)} of model ${text(d.model)} on ${text(d.cluster)}/${text(d.nodepool)}${inApp(d)}`,
  'model.undeployed': (d) =>
    `undeployed version ${text(d.version)} of model ${text(d.model)} from ${text(d.cluster)}/${text(d.nodepool)}${inApp(d)}`,
  'task.created': (d) => `created labeling task ${text(d.name)}${inApp(d)}`,
  'task.deleted': (d) => `deleted labeling task ${text(d.name)}${inApp(d)}`,
  'task.assigned': (d, e) => `assigned ${subject(e)} to labeling task ${text(d.name)}${inApp(d)}`,
  'task.unassigned': (d, e) => `unassigned ${subject(e)} from labeling task ${text(d.name)}${inApp(d)}`,
  'annotation.reviewed': (d, e) => `${d.decision === 'approved' ? 'approved' : 'rejected'} an annotation by ${subject(e)}${inApp(d)}`,
};

/** Whether the action has a sentence (the unit test walks AUDIT_ACTIONS with it). */
export function hasSentence(action: string): action is AuditAction {
  return Object.hasOwn(SENTENCES, action);
}

/** The event as one sentence; an action this build does not know is still said, by its key. */
export function auditSentence(e: AuditEventView): string {
  const who = actorOf(e);
  if (!hasSentence(e.action)) return `${who} did ${e.action} on ${e.targetType} ${e.targetId}`;
  const render = SENTENCES[e.action] as Renderer<AuditAction>;
  return `${who} ${render(e.data as Partial<AuditData[AuditAction]>, e)}`;
}

/** The name of the token or key an event was caused with (recorded beside it by db/queries/audit.ts). */
export function keyNameOf(data: Record<string, unknown>): string | null {
  const token = data.token as { name?: unknown } | undefined;
  return typeof token?.name === 'string' ? token.name : null;
}
