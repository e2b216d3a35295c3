/**
 * What an API token may be given: permission keys of the matrix, grouped by area as read and write so
 * that a person picks them as on GitHub's fine-grained tokens. A token never holds more than its owner:
 * its power on each request is its scopes ∩ what the owner's role and teams allow at that moment.
 */
import type { AppPermission, OrgPermission } from './matrix';

export type Scope = OrgPermission | AppPermission;

export type ScopeGroup = { area: string; read: readonly Scope[]; write: readonly Scope[] };

export const SCOPE_GROUPS: readonly ScopeGroup[] = [
  {
    area: 'Organization',
    read: ['org.apps.view', 'roles.view', 'access.view_own', 'teams.view_own'],
    write: ['org.settings', 'org.leave', 'org.delete'],
  },
  { area: 'Members', read: ['members.view', 'access.view_any'], write: ['members.manage'] },
  { area: 'Teams', read: [], write: ['teams.manage'] },
  {
    area: 'Apps',
    read: ['app.view', 'app.collaborators.view'],
    write: ['apps.create', 'app.edit_details', 'app.edit_id', 'app.visibility', 'app.collaborators.edit', 'app.delete'],
  },
  { area: 'Models and workflows', read: ['models.view', 'workflows.view'], write: ['models.write', 'workflows.write', 'app.deploy'] },
  {
    area: 'Data',
    read: ['datasets.view', 'concepts.view', 'inputs.view_all', 'inputs.view_assigned'],
    write: ['datasets.write', 'concepts.write'],
  },
  {
    area: 'Labeling',
    read: ['tasks.view', 'tasks.view_member_names'],
    write: ['tasks.manage', 'tasks.work_assigned', 'annotations.review'],
  },
  { area: 'Compute', read: ['compute.view'], write: ['compute.manage', 'compute.deploy'] },
  { area: 'Costs', read: ['costs.view'], write: ['budget.set'] },
  { area: 'Audit log', read: ['audit.view'], write: [] },
];

/** Permissions no token is given: a token does not mint tokens. */
export const NOT_TOKEN_SCOPES: readonly Scope[] = ['tokens.create_own'];

export const SCOPES: readonly Scope[] = SCOPE_GROUPS.flatMap((group) => [...group.read, ...group.write]);

export function isScope(value: unknown): value is Scope {
  return typeof value === 'string' && (SCOPES as readonly string[]).includes(value);
}
