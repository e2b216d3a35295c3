/**
 * Organization roles (SPEC §3.1) and team permission levels (SPEC §3.3).
 *
 * This file only names the roles and levels; what each one may do lives in
 * `./matrix.ts`, and every check goes through `./can.ts`. No other module in
 * the codebase compares roles or levels directly.
 *
 * Safe to import from client components (no server-only code, no imports).
 */

/** The six organization roles, in the order the UI lists them. */
export const ORG_ROLES = ['admin', 'financial_manager', 'org_contributor', 'org_user', 'team_contributor', 'infra_manager'] as const;

export type OrgRole = (typeof ORG_ROLES)[number];

/** Exact labels of SPEC §3.1 — never reword them in the UI. */
export const ORG_ROLE_LABELS: Readonly<Record<OrgRole, string>> = {
  admin: 'Admin',
  financial_manager: 'Financial Manager',
  org_contributor: 'Organization Contributor (all apps)',
  org_user: 'Organization User (all apps)',
  team_contributor: 'Team Contributor (select apps)',
  infra_manager: 'Infrastructure Manager',
};

/** One short sentence per role, from the "in short" column of SPEC §3.1. */
export const ORG_ROLE_DESCRIPTIONS: Readonly<Record<OrgRole, string>> = {
  admin: 'Everything, including members, organization settings and deleting the organization.',
  financial_manager: 'Sees financial data (costs and budget); has no app access of its own.',
  org_contributor: 'Contributes to every app and manages teams and apps, but cannot manage members.',
  org_user: 'View-only on every app, with no create, update or delete.',
  team_contributor: "Only the apps its teams grant, at each team's permission level.",
  infra_manager: 'Creates, modifies and deletes clusters and nodepools.',
};

const ORG_ROLE_SET: ReadonlySet<unknown> = new Set<unknown>(ORG_ROLES);

export function isOrgRole(v: unknown): v is OrgRole {
  return ORG_ROLE_SET.has(v);
}

/** The four permission levels a team can have on an app (SPEC §3.3). */
export const TEAM_LEVELS = ['full_access', 'model_trainer', 'labeler_lead', 'labeler_worker'] as const;

export type TeamLevel = (typeof TEAM_LEVELS)[number];

/** Exact labels of SPEC §3.3 / the seed's "Permission types for teams". */
export const TEAM_LEVEL_LABELS: Readonly<Record<TeamLevel, string>> = {
  full_access: 'Full Access',
  model_trainer: 'Model Trainer',
  labeler_lead: 'Labeler Lead',
  labeler_worker: 'Labeler Worker',
};

/** One short sentence per level, summarising its column of SPEC §3.3. */
export const TEAM_LEVEL_DESCRIPTIONS: Readonly<Record<TeamLevel, string>> = {
  full_access:
    "Full create, read, update and delete on all of the app's resources, except app administration (app ID, deletion, visibility, collaborators).",
  model_trainer: 'Views the app, creates, trains and deploys its models, and sees model metrics.',
  labeler_lead: 'Supervises labeling: creates and assigns tasks, reviews annotations, manages concepts, and labels too.',
  labeler_worker: 'Works on assigned labeling tasks: sees their concepts, inputs and instructions, and writes annotations.',
};

const TEAM_LEVEL_SET: ReadonlySet<unknown> = new Set<unknown>(TEAM_LEVELS);

export function isTeamLevel(v: unknown): v is TeamLevel {
  return TEAM_LEVEL_SET.has(v);
}

/** The role every organization must always keep at least one holder of (SPEC §2 invariant). */
export const OWNER_ROLE = 'admin' as const satisfies OrgRole;

// Defaults the UI preselects; each can be changed in its form before submitting.

/** Invite Members: the least role that still sees every app (view-only). */
export const DEFAULT_INVITE_ROLE = 'org_user' as const satisfies OrgRole;
/** Create Team: the default permission a new team gives on the apps added to it. */
export const DEFAULT_NEW_TEAM_LEVEL = 'model_trainer' as const satisfies TeamLevel;
/** Add Team (app settings): the least level, shown until a team is picked (its own default is then preselected). */
export const DEFAULT_TEAM_GRANT_LEVEL = 'labeler_worker' as const satisfies TeamLevel;

/**
 * The role a member of several identity-provider groups is given when their groups map to different
 * roles: the first in ORG_ROLES order, Admin first. Null when none is mapped.
 */
export function firstMappedRole(roles: readonly OrgRole[]): OrgRole | null {
  return ORG_ROLES.find((role) => roles.includes(role)) ?? null;
}
