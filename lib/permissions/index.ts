/**
 * lib/permissions — the single source of truth for roles and permissions
 * (SPEC §3). Safe for server and client code alike.
 */
export {
  ORG_ROLES,
  ORG_ROLE_LABELS,
  ORG_ROLE_DESCRIPTIONS,
  isOrgRole,
  TEAM_LEVELS,
  TEAM_LEVEL_LABELS,
  TEAM_LEVEL_DESCRIPTIONS,
  isTeamLevel,
  OWNER_ROLE,
  DEFAULT_INVITE_ROLE,
  DEFAULT_NEW_TEAM_LEVEL,
  DEFAULT_TEAM_GRANT_LEVEL,
  firstMappedRole,
} from './roles';
export type { OrgRole, TeamLevel } from './roles';

export {
  ORG_PERMISSIONS,
  ORG_PERMISSION_DEFS,
  ORG_PERMISSION_KEYS,
  isOrgPermission,
  APP_PERMISSIONS,
  APP_PERMISSION_DEFS,
  APP_PERMISSION_KEYS,
  isAppPermission,
} from './matrix';
export type { OrgPermission, OrgPermissionDef, OrgPermissionScope, AppPermission, AppPermissionDef } from './matrix';

export {
  can,
  orgPermissionScope,
  rolesGranting,
  orgPermissionsOf,
  roleGrantsOnApp,
  levelGrants,
  canOnApp,
  appPermissionsOf,
  canDeployAppModels,
  canViewClustersForApp,
  roleSourceLabel,
  teamSourceLabel,
  visibilityGrants,
  orgVisibilityPermissions,
  visibilitySourceLabel,
  permissionSources,
  explainAppAccess,
  summarizeAppAccess,
  assignableRoles,
  canAssignRole,
} from './can';
export type { AppGrant, PermissionSource, ExplainedPermission, SummarizedPermission } from './can';

export {
  APP_VISIBILITIES,
  APP_VISIBILITY_LABELS,
  APP_VISIBILITY_DESCRIPTIONS,
  ORG_VISIBILITY_ROLE,
  isAppVisibility,
  appVisibilityOf,
} from './visibility';
export type { AppVisibility } from './visibility';

export { inviterMayGrant, needsResend } from './invitations';

export { ORG_AREAS, orgAreasFor, firstAreaFor, orgAreaHref } from './areas';
export type { OrgArea, OrgAreaDef } from './areas';

export { roleChangeEffect } from './role-change';
export type { AppAccessGroup, AppAccessChange, RoleChangeEffect } from './role-change';
