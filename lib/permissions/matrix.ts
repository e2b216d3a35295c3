/**
 * The whole permission matrix of SPEC §3, as data.
 *
 * - `ORG_PERMISSIONS` — §3.2 (organization-level permissions) plus the
 *   "Every member can" line, and §3.4's "Admins see it for any member".
 * - `APP_PERMISSIONS` — §3.3 (app-level permissions), one key per row, with
 *   rows that mix ‡ and non-‡ items split so that every item is checkable,
 *   plus a few finer "view" keys for the labeler levels' partial view.
 *
 * The roles reference page (`/orgs/[orgId]/roles`) is generated from these
 * objects, so labels are written for humans and follow the SPEC's wording.
 * Never check `roles`/`levels` arrays directly: use `can`, `canOnApp` and
 * friends from `./can.ts` (they are precomputed lookups).
 */
import { ORG_ROLES, type OrgRole, type TeamLevel } from './roles';

// ---------------------------------------------------------------------------
// Organization-level permissions (§3.2)
// ---------------------------------------------------------------------------

/** A role's grant of an org permission can be limited to a subset. */
export type OrgPermissionScope = 'granted_apps';

export type OrgPermissionDef = {
  label: string;
  roles: readonly OrgRole[];
  /**
   * Roles whose grant is partial. `'granted_apps'`: only the apps the member's
   * teams grant, and those of 'org' visibility (Team Contributor on 'org.apps.view'); check each app with
   * `canOnApp(grant, 'app.view')`.
   */
  scope?: Partial<Record<OrgRole, OrgPermissionScope>>;
  /** From the "Every member can" line of §3.2: granted to all six roles. */
  everyMember?: boolean;
  note?: string;
};

export const ORG_PERMISSIONS = {
  // | see the org's apps and sidebar | Admin, Org Contrib., Team Contrib. (granted apps), Org User |
  'org.apps.view': {
    label: "See the organization's apps and sidebar",
    roles: ['admin', 'org_contributor', 'org_user', 'team_contributor'],
    scope: { team_contributor: 'granted_apps' },
    note: 'Team Contributor sees only the apps its teams grant and those of Organization visibility. Financial Manager and Infrastructure Manager do not see the apps list; an app one of their teams grants is governed by canOnApp.',
  },
  // | view members list | Admin, Org Contrib. |
  'members.view': {
    label: 'View the members list',
    roles: ['admin', 'org_contributor'],
  },
  // | invite / change role / remove members, rescind invitations | Admin |
  'members.manage': {
    label: 'Invite members, change their role, remove members, rescind invitations',
    roles: ['admin'],
    note: 'The last Admin can be neither demoted nor removed (enforced against the database).',
  },
  // | create / rename / delete teams, add team members, add apps to teams | Admin, Org Contrib. |
  'teams.manage': {
    label: 'Create, rename and delete teams; add team members; add apps to teams',
    roles: ['admin', 'org_contributor'],
  },
  // | create apps, transfer a personal app into the org | Admin, Org Contrib. |
  'apps.create': {
    label: 'Create apps; transfer a personal app into the organization',
    roles: ['admin', 'org_contributor'],
  },
  // | create / edit / delete clusters and nodepools | Admin, Infra Mgr |
  'compute.manage': {
    label: 'Create, edit and delete clusters and nodepools',
    roles: ['admin', 'infra_manager'],
  },
  // | deploy and view models in clusters | Admin, Org Contrib., Infra Mgr |
  'compute.deploy': {
    label: 'Deploy and view models in clusters',
    roles: ['admin', 'org_contributor', 'infra_manager'],
    note: "Any app's models. A Model Trainer team also lets its members deploy that app's models (app permission 'app.deploy').",
  },
  // | view clusters and nodepools | Admin, Org Contrib., Org User, Infra Mgr |
  'compute.view': {
    label: 'View clusters and nodepools',
    roles: ['admin', 'org_contributor', 'org_user', 'infra_manager'],
  },
  // | view financial data (costs, budget) | Admin, Fin. Mgr |
  'costs.view': {
    label: 'View financial data (costs, budget)',
    roles: ['admin', 'financial_manager'],
  },
  // | set budget, org settings, delete org, view audit log | Admin |  (split)
  'budget.set': {
    label: 'Set the budget',
    roles: ['admin'],
  },
  'org.settings': {
    label: 'Edit organization settings',
    roles: ['admin'],
  },
  'org.delete': {
    label: 'Delete the organization',
    roles: ['admin'],
  },
  'audit.view': {
    label: 'View the audit log',
    roles: ['admin'],
  },
  // §3.4: "Admins see it for any member (member page and app settings)"
  'access.view_any': {
    label: "See any member's effective access",
    roles: ['admin'],
  },
  // "Every member can: see the teams they belong to, leave the organization
  //  (unless they are its last Admin), and see their own effective access."
  'teams.view_own': {
    label: 'See the teams they belong to',
    roles: ORG_ROLES,
    everyMember: true,
  },
  'org.leave': {
    label: 'Leave the organization (unless they are its last Admin)',
    roles: ORG_ROLES,
    everyMember: true,
    note: 'The last-Admin rule is a data invariant checked against the database, not a role permission.',
  },
  'access.view_own': {
    label: 'See their own effective access',
    roles: ORG_ROLES,
    everyMember: true,
  },
  'tokens.create_own': {
    label: 'Create personal access tokens for the API (never more than they may do themselves)',
    roles: ORG_ROLES,
    everyMember: true,
  },
  // SPEC is silent on who may open the generated roles reference page; it
  // reveals nothing about the organization, so every member may read it.
  'roles.view': {
    label: 'Read the roles & permissions reference',
    roles: ORG_ROLES,
    everyMember: true,
  },
} as const satisfies Record<string, OrgPermissionDef>;

export type OrgPermission = keyof typeof ORG_PERMISSIONS;

/** Same data, widened so optional fields can be read on any key. */
export const ORG_PERMISSION_DEFS: Readonly<Record<OrgPermission, OrgPermissionDef>> = ORG_PERMISSIONS;

/** Keys in declaration order (the order of the SPEC tables). */
export const ORG_PERMISSION_KEYS = Object.keys(ORG_PERMISSIONS) as readonly OrgPermission[];

const ORG_PERMISSION_KEY_SET: ReadonlySet<unknown> = new Set<unknown>(ORG_PERMISSION_KEYS);

export function isOrgPermission(v: unknown): v is OrgPermission {
  return ORG_PERMISSION_KEY_SET.has(v);
}

// ---------------------------------------------------------------------------
// App-level permissions (§3.3)
// ---------------------------------------------------------------------------

export type AppPermissionDef = {
  label: string;
  /** Org roles that grant this on every app of the organization. */
  roles: readonly OrgRole[];
  /** Team levels that grant this on the apps the team has. */
  levels: readonly TeamLevel[];
  /**
   * ‡ app administration: only the roles grant it, whatever a team grants
   * (enforced by `canOnApp` even if `levels` were non-empty).
   */
  adminOnly?: boolean;
  note?: string;
  /** Per-level restriction of the grant (shown next to the level). */
  levelNotes?: Partial<Record<TeamLevel, string>>;
  /** A finer check of part of another permission; not its own row in §3.3. */
  refines?: string;
};

/*
 * Role columns of §3.3: "Admin / Org Contrib. (role)" and "Org User (role)".
 * Team Contributor, Financial Manager and Infrastructure Manager get no app
 * permission from their role, only through their teams (§3.3, last lines).
 */
export const APP_PERMISSIONS = {
  // | view app, models, workflows, concepts, datasets, inputs | ✓ ✓ | ✓ ✓ | concepts, assigned inputs | concepts & inputs of assigned tasks |
  'app.view': {
    label: 'View the app, its models, workflows, concepts, datasets and inputs',
    roles: ['admin', 'org_contributor', 'org_user'],
    levels: ['full_access', 'model_trainer', 'labeler_lead', 'labeler_worker'],
    note: "Labeler levels see only part of the app: check 'models.view', 'workflows.view', 'datasets.view', 'concepts.view', 'inputs.view_all' or 'inputs.view_assigned' for each area.",
    levelNotes: {
      labeler_lead: 'concepts and assigned inputs only',
      labeler_worker: 'concepts and inputs of assigned tasks only',
    },
  },
  // | edit app description and notes | Admin/OC | — | Full Access |
  'app.edit_details': {
    label: "Edit the app's description and notes",
    roles: ['admin', 'org_contributor'],
    levels: ['full_access'],
  },
  // | edit app ID ‡, delete app ‡, change app visibility ‡, edit collaborators ‡ | Admin/OC only |
  'app.edit_id': {
    label: "Edit the app's ID",
    roles: ['admin', 'org_contributor'],
    levels: [],
    adminOnly: true,
  },
  'app.delete': {
    label: 'Delete the app',
    roles: ['admin', 'org_contributor'],
    levels: [],
    adminOnly: true,
  },
  'app.visibility': {
    label: "Change the app's visibility",
    roles: ['admin', 'org_contributor'],
    levels: [],
    adminOnly: true,
  },
  'app.collaborators.edit': {
    label: 'Edit collaborators (teams with access)',
    roles: ['admin', 'org_contributor'],
    levels: [],
    adminOnly: true,
  },
  // | view collaborators (teams with access) | ✓ | ✓ | FA | MT | LL | — |
  'app.collaborators.view': {
    label: 'View collaborators (teams with access)',
    roles: ['admin', 'org_contributor', 'org_user'],
    levels: ['full_access', 'model_trainer', 'labeler_lead'],
  },
  // | create / update / delete models, train models, view model metrics | Admin/OC | — | FA | MT |
  'models.write': {
    label: 'Create, update and delete models; train models; view model metrics',
    roles: ['admin', 'org_contributor'],
    levels: ['full_access', 'model_trainer'],
  },
  // | create / edit workflows | Admin/OC | — | FA |
  'workflows.write': {
    label: 'Create and edit workflows',
    roles: ['admin', 'org_contributor'],
    levels: ['full_access'],
  },
  // | create / update / delete datasets and inputs | Admin/OC | — | FA |
  'datasets.write': {
    label: 'Create, update and delete datasets and inputs',
    roles: ['admin', 'org_contributor'],
    levels: ['full_access'],
  },
  // | create / modify / delete concepts | Admin/OC | — | FA | — | LL |
  'concepts.write': {
    label: 'Create, modify and delete concepts',
    roles: ['admin', 'org_contributor'],
    levels: ['full_access', 'labeler_lead'],
  },
  // | create labeling tasks, assign tasks, monitor all tasks, task analytics | Admin/OC | — | FA | — | LL |
  'tasks.manage': {
    label: 'Create labeling tasks, assign tasks, monitor all tasks, see task analytics',
    roles: ['admin', 'org_contributor'],
    levels: ['full_access', 'labeler_lead'],
  },
  // | review annotations, give feedback | Admin/OC | — | FA | — | LL |
  'annotations.review': {
    label: 'Review annotations and give feedback',
    roles: ['admin', 'org_contributor'],
    levels: ['full_access', 'labeler_lead'],
  },
  // | view team member names on tasks | Admin/OC | — | FA | — | LL |
  'tasks.view_member_names': {
    label: 'View team member names on tasks',
    roles: ['admin', 'org_contributor'],
    levels: ['full_access', 'labeler_lead'],
  },
  // | see assigned tasks …; write annotations; update status/progress; assess completed work | Admin/OC | — | FA | — | LL | LW |
  'tasks.work_assigned': {
    label:
      'See assigned tasks with their instructions; write annotations; update task status and progress on assigned tasks; assess completed work on them',
    roles: ['admin', 'org_contributor'],
    levels: ['full_access', 'labeler_lead', 'labeler_worker'],
  },
  // | deploy models of this app to clusters; view clusters and nodepools | ✓ (per §3.2) | — | — | MT | — | — |
  'app.deploy': {
    label: "Deploy this app's models to clusters; view clusters and nodepools",
    /*
     * Roles: the §3.3 cell is in the "Admin / Org Contrib. (role)" column and
     * says "per §3.2", whose 'compute.deploy' row is Admin, Org Contrib. and
     * Infra Mgr. Only Admin and Org Contrib. are listed here, because §3.3
     * also says Infrastructure Manager gets app access only through teams.
     * An Infrastructure Manager still deploys any app's models from the
     * compute page through the org permission 'compute.deploy' — use
     * `canDeployAppModels(grant)`, which is the union of both.
     *
     * Levels: only Model Trainer, literally as the SPEC marks it. The seed
     * describes Full Access as "access to all app features", which suggests
     * it should deploy too, but the SPEC table (the source of truth) leaves
     * the Full Access cell empty, and deploying spends the organization's
     * compute, so we do not widen it. A Full Access member who must deploy
     * gets it from an Admin/Org Contributor role or a Model Trainer team.
     */
    roles: ['admin', 'org_contributor'],
    levels: ['model_trainer'],
    note: "Also lets the member see the organization's clusters and nodepools to choose a deployment target (canViewClustersForApp). Admin, Org Contributor and Infrastructure Manager also deploy any app's models through 'compute.deploy'.",
  },

  // --- Finer view checks (part of 'app.view'; not rows of their own) -------
  'models.view': {
    label: 'View models',
    roles: ['admin', 'org_contributor', 'org_user'],
    levels: ['full_access', 'model_trainer'],
    refines: 'app.view',
  },
  'workflows.view': {
    label: 'View workflows',
    roles: ['admin', 'org_contributor', 'org_user'],
    levels: ['full_access', 'model_trainer'],
    refines: 'app.view',
  },
  'datasets.view': {
    label: 'View datasets',
    roles: ['admin', 'org_contributor', 'org_user'],
    levels: ['full_access', 'model_trainer'],
    refines: 'app.view',
  },
  'concepts.view': {
    label: 'View concepts',
    roles: ['admin', 'org_contributor', 'org_user'],
    levels: ['full_access', 'model_trainer', 'labeler_lead', 'labeler_worker'],
    refines: 'app.view',
  },
  'inputs.view_all': {
    label: 'View all inputs',
    roles: ['admin', 'org_contributor', 'org_user'],
    levels: ['full_access', 'model_trainer'],
    refines: 'app.view',
  },
  // §3.1: Organization User is "view-only on every app" — the seed: "privileges similar to those of an
  // Organization Contributor for all apps, but with view-only permissions". §3.3's first row names the
  // app's parts but not its labeling tasks; without this key an Organization User could see none of them.
  'tasks.view': {
    label: 'View every labeling task of the app, with its instructions and progress (read-only)',
    roles: ['admin', 'org_contributor', 'org_user'],
    levels: ['full_access', 'labeler_lead'],
    refines: 'app.view',
    note: "Read-only. Implied by 'tasks.manage'; a Labeler Worker sees only the tasks assigned to them ('tasks.work_assigned'). Assignees' names stay behind 'tasks.view_member_names'.",
  },
  'inputs.view_assigned': {
    label: 'View inputs of assigned tasks',
    roles: ['admin', 'org_contributor', 'org_user'],
    levels: ['full_access', 'model_trainer', 'labeler_lead', 'labeler_worker'],
    refines: 'app.view',
    note: "Implied by 'inputs.view_all'. Labeler Lead: inputs of the tasks they assign; Labeler Worker: inputs of the tasks assigned to them.",
  },
} as const satisfies Record<string, AppPermissionDef>;

export type AppPermission = keyof typeof APP_PERMISSIONS;

/** Same data, widened so optional fields can be read on any key. */
export const APP_PERMISSION_DEFS: Readonly<Record<AppPermission, AppPermissionDef>> = APP_PERMISSIONS;

/** Keys in declaration order (the order of the SPEC table, then the finer view keys). */
export const APP_PERMISSION_KEYS = Object.keys(APP_PERMISSIONS) as readonly AppPermission[];

const APP_PERMISSION_KEY_SET: ReadonlySet<unknown> = new Set<unknown>(APP_PERMISSION_KEYS);

export function isAppPermission(v: unknown): v is AppPermission {
  return APP_PERMISSION_KEY_SET.has(v);
}
