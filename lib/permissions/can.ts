/**
 * Permission checks. Everything here is an in-memory lookup on tables
 * precomputed once at module load from `./matrix.ts`; callers load the
 * member's role and team grants from the database once per request and ask
 * these functions (SPEC §3, §6 Performance).
 */
import { ORG_ROLES, TEAM_LEVELS, ORG_ROLE_LABELS, TEAM_LEVEL_LABELS, type OrgRole, type TeamLevel } from './roles';
import {
  ORG_PERMISSION_DEFS,
  ORG_PERMISSION_KEYS,
  APP_PERMISSION_DEFS,
  APP_PERMISSION_KEYS,
  type OrgPermission,
  type OrgPermissionScope,
  type AppPermission,
} from './matrix';
import { APP_VISIBILITY_LABELS, ORG_VISIBILITY_ROLE, type AppVisibility } from './visibility';

// ---------------------------------------------------------------------------
// Precomputed lookup tables (built once at module load)
// ---------------------------------------------------------------------------

function emptySets<K, V>(keys: readonly K[]): Map<K, Set<V>> {
  return new Map(keys.map((k) => [k, new Set<V>()]));
}

/** role → org permissions it grants */
const ORG_BY_ROLE = emptySets<OrgRole, OrgPermission>(ORG_ROLES);
/** org permission → roles granting it, in ORG_ROLES order */
const ROLES_BY_ORG_PERMISSION = new Map<OrgPermission, readonly OrgRole[]>();

for (const p of ORG_PERMISSION_KEYS) {
  const granted = new Set<OrgRole>(ORG_PERMISSION_DEFS[p].roles);
  for (const r of granted) ORG_BY_ROLE.get(r)?.add(p);
  ROLES_BY_ORG_PERMISSION.set(p, Object.freeze(ORG_ROLES.filter((r) => granted.has(r))));
}

/** role → app permissions it grants on every app */
const APP_BY_ROLE = emptySets<OrgRole, AppPermission>(ORG_ROLES);
/** team level → app permissions it grants on the team's apps (never ‡ ones) */
const APP_BY_LEVEL = emptySets<TeamLevel, AppPermission>(TEAM_LEVELS);

for (const p of APP_PERMISSION_KEYS) {
  const def = APP_PERMISSION_DEFS[p];
  for (const r of def.roles) APP_BY_ROLE.get(r)?.add(p);
  // ‡ app administration: only org roles grant it, whatever a team grants.
  if (def.adminOnly) continue;
  for (const l of def.levels) APP_BY_LEVEL.get(l)?.add(p);
}

/**
 * What an app of 'org' visibility grants every member: the Organization User role's view-only
 * permissions on every app (never a ‡ one), so the two cannot drift.
 */
const APP_BY_ORG_VISIBILITY = new Set<AppPermission>(
  [...(APP_BY_ROLE.get(ORG_VISIBILITY_ROLE) ?? [])].filter((p) => !APP_PERMISSION_DEFS[p].adminOnly),
);

const EMPTY_ROLES: readonly OrgRole[] = Object.freeze([]);

// ---------------------------------------------------------------------------
// Organization-level checks
// ---------------------------------------------------------------------------

/**
 * Whether an organization role grants an org-level permission.
 * `null`/`undefined` means "not a member of this organization" → always false.
 * Unknown strings (e.g. a stale role from an old row) are also false.
 */
export function can(role: OrgRole | null | undefined, permission: OrgPermission): boolean {
  if (role == null) return false;
  const granted = ORG_BY_ROLE.get(role);
  return granted !== undefined && granted.has(permission);
}

/**
 * How far a role's grant of an org permission reaches: `'all'`, a limited
 * scope (`'granted_apps'` for Team Contributor on 'org.apps.view': list only
 * apps where `canOnApp(grant, 'app.view')`), or `null` when not granted.
 */
export function orgPermissionScope(role: OrgRole | null | undefined, permission: OrgPermission): 'all' | OrgPermissionScope | null {
  if (role == null || !can(role, permission)) return null;
  return ORG_PERMISSION_DEFS[permission].scope?.[role] ?? 'all';
}

/** The roles that grant an org permission, in ORG_ROLES order (frozen). */
export function rolesGranting(permission: OrgPermission): readonly OrgRole[] {
  return ROLES_BY_ORG_PERMISSION.get(permission) ?? EMPTY_ROLES;
}

/** Every org permission a role grants, in declaration order. */
export function orgPermissionsOf(role: OrgRole | null | undefined): OrgPermission[] {
  return ORG_PERMISSION_KEYS.filter((p) => can(role, p));
}

// ---------------------------------------------------------------------------
// App-level checks
// ---------------------------------------------------------------------------

/**
 * What a member holds on one app: their org role (null if not a member),
 * every team of theirs that has this app, with that team's level on it, and
 * the app's visibility (absent: 'private'; 'org' lets every member in, view-only).
 */
export type AppGrant = {
  role: OrgRole | null;
  teams: ReadonlyArray<{ teamId: string; teamName: string; level: TeamLevel }>;
  visibility?: AppVisibility;
};

/** Whether the app's visibility grants this member an app permission (members only; never a ‡ one). */
export function visibilityGrants(grant: AppGrant, permission: AppPermission): boolean {
  return grant.role != null && grant.visibility === 'org' && APP_BY_ORG_VISIBILITY.has(permission);
}

/** The app permissions an 'org' app grants every member, in declaration order. */
export function orgVisibilityPermissions(): AppPermission[] {
  return APP_PERMISSION_KEYS.filter((p) => APP_BY_ORG_VISIBILITY.has(p));
}

/** Whether the org role alone grants an app permission (on every app). */
export function roleGrantsOnApp(role: OrgRole | null | undefined, permission: AppPermission): boolean {
  if (role == null) return false;
  const granted = APP_BY_ROLE.get(role);
  return granted !== undefined && granted.has(permission);
}

/** Whether a team level grants an app permission (always false for ‡ permissions). */
export function levelGrants(level: TeamLevel, permission: AppPermission): boolean {
  const granted = APP_BY_LEVEL.get(level);
  return granted !== undefined && granted.has(permission);
}

/**
 * Effective permission on an app = union of what the org role grants on all
 * apps, what each of the member's teams grants on this app and, on an app of
 * 'org' visibility, the view-only permissions every member gets — except the
 * ‡ (adminOnly) app-administration permissions, which only roles grant.
 */
export function canOnApp(grant: AppGrant, permission: AppPermission): boolean {
  if (roleGrantsOnApp(grant.role, permission)) return true;
  if (visibilityGrants(grant, permission)) return true;
  for (const team of grant.teams) {
    if (APP_BY_LEVEL.get(team.level)?.has(permission)) return true;
  }
  return false;
}

/** Every app permission the grant allows (compute once per page, then `.has`). */
export function appPermissionsOf(grant: AppGrant): ReadonlySet<AppPermission> {
  const out = new Set<AppPermission>(grant.role == null ? [] : APP_BY_ROLE.get(grant.role));
  if (grant.role != null && grant.visibility === 'org') for (const p of APP_BY_ORG_VISIBILITY) out.add(p);
  for (const team of grant.teams) {
    const levelSet = APP_BY_LEVEL.get(team.level);
    if (levelSet) for (const p of levelSet) out.add(p);
  }
  return out;
}

/**
 * May this member deploy this app's models to clusters? Union of the org
 * permission 'compute.deploy' (Admin, Org Contributor, Infrastructure
 * Manager — any app) and the app permission 'app.deploy' (Model Trainer team).
 */
export function canDeployAppModels(grant: AppGrant): boolean {
  return can(grant.role, 'compute.deploy') || canOnApp(grant, 'app.deploy');
}

/**
 * May this member see the organization's clusters and nodepools in the
 * context of this app (e.g. to pick a deployment target)? 'compute.view' by
 * role, or 'app.deploy' on this app (§3.3 last row includes the view).
 */
export function canViewClustersForApp(grant: AppGrant): boolean {
  return can(grant.role, 'compute.view') || canOnApp(grant, 'app.deploy');
}

// ---------------------------------------------------------------------------
// Effective access, explained (§3.4)
// ---------------------------------------------------------------------------

export type PermissionSource =
  | { kind: 'role'; role: OrgRole; label: string }
  | { kind: 'visibility'; visibility: AppVisibility; label: string }
  | {
      kind: 'team';
      teamId: string;
      teamName: string;
      level: TeamLevel;
      label: string;
      /** Restriction of this level's grant, e.g. "concepts and assigned inputs only". */
      note?: string;
    };

export type ExplainedPermission = {
  permission: AppPermission;
  label: string;
  allowed: boolean;
  sources: PermissionSource[];
};

/** "role: Organization User (all apps)" */
export function roleSourceLabel(role: OrgRole): string {
  return `role: ${ORG_ROLE_LABELS[role]}`;
}

/** "visibility: Organization" */
export function visibilitySourceLabel(visibility: AppVisibility): string {
  return `visibility: ${APP_VISIBILITY_LABELS[visibility]}`;
}

/** "team labelers: Labeler Worker" */
export function teamSourceLabel(teamName: string, level: TeamLevel): string {
  return `team ${teamName}: ${TEAM_LEVEL_LABELS[level]}`;
}

/**
 * Why the grant allows one app permission: the role, the app's 'org'
 * visibility and each team (with its level) that grants it; empty when
 * nothing does. "Who has access" asks it for 'app.view'.
 */
export function permissionSources(grant: AppGrant, permission: AppPermission): PermissionSource[] {
  const role = grant.role;
  const sources: PermissionSource[] = [];
  if (role != null && APP_BY_ROLE.get(role)?.has(permission)) {
    sources.push({ kind: 'role', role, label: roleSourceLabel(role) });
  }
  if (visibilityGrants(grant, permission)) {
    sources.push({ kind: 'visibility', visibility: 'org', label: visibilitySourceLabel('org') });
  }
  const notes = APP_PERMISSION_DEFS[permission].levelNotes;
  for (const team of grant.teams) {
    if (!APP_BY_LEVEL.get(team.level)?.has(permission)) continue;
    const note = notes?.[team.level];
    sources.push({
      kind: 'team',
      teamId: team.teamId,
      teamName: team.teamName,
      level: team.level,
      label: teamSourceLabel(team.teamName, team.level),
      ...(note === undefined ? {} : { note }),
    });
  }
  return sources;
}

/**
 * For one (member, app): every app permission, whether it is allowed, and
 * why (permissionSources).
 */
export function explainAppAccess(grant: AppGrant): ExplainedPermission[] {
  return APP_PERMISSION_KEYS.map((permission) => {
    const sources = permissionSources(grant, permission);
    return { permission, label: APP_PERMISSION_DEFS[permission].label, allowed: sources.length > 0, sources };
  });
}

// ---------------------------------------------------------------------------
// Role assignment
// ---------------------------------------------------------------------------

/** `a` grants nothing (org or app level) that `b` does not. */
function roleWithin(a: OrgRole, b: OrgRole): boolean {
  for (const p of ORG_BY_ROLE.get(a) ?? []) if (!can(b, p)) return false;
  for (const p of APP_BY_ROLE.get(a) ?? []) if (!roleGrantsOnApp(b, p)) return false;
  return true;
}

const ASSIGNABLE = new Map<OrgRole, readonly OrgRole[]>(
  ORG_ROLES.map((inviter) => [
    inviter,
    Object.freeze(can(inviter, 'members.manage') ? ORG_ROLES.filter((r) => roleWithin(r, inviter)) : []),
  ]),
);

/**
 * Roles an inviter may give (invite with, or change a member to): none
 * without 'members.manage'; otherwise only roles whose permissions are all
 * within the inviter's own (never above their own). Admin → all six.
 */
export function assignableRoles(inviterRole: OrgRole): OrgRole[] {
  return [...(ASSIGNABLE.get(inviterRole) ?? EMPTY_ROLES)];
}

/** Whether `actorRole` may give `role` to someone (invite or role change). */
export function canAssignRole(actorRole: OrgRole | null | undefined, role: OrgRole): boolean {
  if (actorRole == null) return false;
  return ASSIGNABLE.get(actorRole)?.includes(role) ?? false;
}

// ---------------------------------------------------------------------------
// Effective access, summarized by level (for members of hundreds of teams)
// ---------------------------------------------------------------------------

export type SummarizedPermission = {
  permission: AppPermission;
  label: string;
  allowed: boolean;
  /** The role's label when the organization role grants it. */
  role: string | null;
  /** "visibility: Organization" when the app's visibility grants it. */
  visibility: string | null;
  /** Each granting team level with the member's teams at that level (names), most specific note kept. */
  levels: Array<{ level: TeamLevel; label: string; teams: string[]; note?: string }>;
};

/**
 * The same facts as explainAppAccess, grouped by team level: at most four team sources per permission
 * however many teams grant the app, so a member of 500 teams still reads (and costs) little.
 */
export function summarizeAppAccess(grant: AppGrant): SummarizedPermission[] {
  const teamsByLevel = new Map<TeamLevel, string[]>();
  for (const team of grant.teams) {
    const names = teamsByLevel.get(team.level);
    if (names) names.push(team.teamName);
    else teamsByLevel.set(team.level, [team.teamName]);
  }
  const role = grant.role;
  const roleSet = role == null ? undefined : APP_BY_ROLE.get(role);
  return APP_PERMISSION_KEYS.map((permission) => {
    const def = APP_PERMISSION_DEFS[permission];
    const levels: SummarizedPermission['levels'] = [];
    for (const [level, teams] of teamsByLevel) {
      if (!APP_BY_LEVEL.get(level)?.has(permission)) continue;
      const note = def.levelNotes?.[level];
      levels.push({ level, label: TEAM_LEVEL_LABELS[level], teams, ...(note === undefined ? {} : { note }) });
    }
    const roleLabel = role != null && roleSet?.has(permission) ? roleSourceLabel(role) : null;
    const visibility = visibilityGrants(grant, permission) ? visibilitySourceLabel('org') : null;
    const allowed = roleLabel !== null || visibility !== null || levels.length > 0;
    return { permission, label: def.label, allowed, role: roleLabel, visibility, levels };
  });
}
