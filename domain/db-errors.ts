import type { ErrorCode, FieldErrors } from './errors';

/** A SCIM User's userName or externalId is already the organization's: SCIM answers 409 `uniqueness`. */
export const SCIM_USER_TAKEN = 'A user with this userName or externalId already exists in this organization.';

/** A SCIM Group's externalId is already the organization's: SCIM answers 409 `uniqueness`. */
export const SCIM_GROUP_TAKEN = 'A group with this externalId already exists in this organization.';

type PgErrorLike = { code?: string; constraint?: string; constraint_name?: string; hint?: string };

/** Drizzle wraps driver errors; postgres.js and PGlite name the constraint differently. */
function pgError(error: unknown): PgErrorLike | null {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const candidate = current as PgErrorLike & { cause?: unknown };
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) return candidate;
    current = candidate.cause;
  }
  return null;
}

export function isRetryable(error: unknown): boolean {
  const code = pgError(error)?.code;
  return code === '40001' || code === '40P01';
}

const CONNECTION_LOST = new Set([
  '57P01',
  '57P02',
  '57P03',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'ECONNRESET',
  'EPIPE',
  'ECONNREFUSED',
]);

/** The connection itself failed (server shut down, backend killed, network cut), not the statement. */
export function isConnectionLost(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && (CONNECTION_LOST.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

export function pgErrorCode(error: unknown): string | undefined {
  return pgError(error)?.code;
}

export function pgConstraint(error: unknown): string | undefined {
  const e = pgError(error);
  return e?.constraint ?? e?.constraint_name;
}

/**
 * Database refusals that are a user's mistake or a lost race, turned into clear messages: the same answer
 * through every door (a server action's result, an API problem body, a SCIM error).
 */
const constraintMessages: Record<string, { field?: string; message: string }> = {
  organizations_pkey: { field: 'id', message: 'This Organization ID is taken. Choose another.' },
  users_email_unique: { field: 'email', message: 'An account with this email already exists. Sign in instead.' },
  memberships_org_id_user_id_pk: { message: 'This person is already a member.' },
  teams_org_id_id_pk: { field: 'id', message: 'This Team ID is taken in this organization. Choose another.' },
  clusters_org_id_id_pk: { field: 'id', message: 'This Cluster ID is taken in this organization. Choose another.' },
  nodepools_org_id_cluster_id_id_pk: { field: 'id', message: 'This Nodepool ID is taken in this cluster. Choose another.' },
  apps_org_slug_uidx: { field: 'slug', message: 'This App ID is taken in this organization. Choose another.' },
  apps_owner_slug_uidx: { field: 'slug', message: 'You already have an app with this App ID. Choose another.' },
  concepts_app_name_unique: { field: 'name', message: 'This app already has a concept with this name.' },
  datasets_app_name_unique: { field: 'name', message: 'This app already has a dataset with this name.' },
  models_app_name_unique: { field: 'name', message: 'This app already has a model with this name.' },
  deployments_version_nodepool_unique: { field: 'nodepool', message: 'This version is already deployed on that nodepool.' },
  workflows_app_name_unique: { field: 'name', message: 'This app already has a workflow with this name.' },
  scim_users_org_user_name_uidx: { message: SCIM_USER_TAKEN },
  scim_users_org_external_id_uidx: { message: SCIM_USER_TAKEN },
  scim_groups_org_external_id_uidx: { message: SCIM_GROUP_TAKEN },
};

export function translateDbError(error: unknown): { code: ErrorCode; message: string; fieldErrors?: FieldErrors } | null {
  const e = pgError(error);
  if (!e) return null;
  if (e.code === 'P0001' && e.hint === 'last_admin') {
    return { code: 'CONFLICT', message: 'An organization must keep at least one Admin. Make someone else Admin first.' };
  }
  if (e.code === 'P0001' && e.hint === 'seat_limit') {
    // Commands check seats first with the numbers; this is a change that raced another for the last seat.
    return {
      code: 'CONFLICT',
      message: "The organization's plan has no seats left for this. Remove a pending invitation or change the plan.",
    };
  }
  if (e.code === '23505') {
    const known = constraintMessages[pgConstraint(error) ?? ''];
    if (known) {
      return {
        // A taken ID is the same mistake whether the pre-check or the unique index caught it.
        code: known.field ? 'VALIDATION' : 'CONFLICT',
        message: known.message,
        fieldErrors: known.field ? { [known.field]: [known.message] } : undefined,
      };
    }
    return { code: 'CONFLICT', message: 'That already exists.' };
  }
  if (e.code === '23503') {
    // A concurrent change removed something this one refers to (a member, a team, an app).
    return { code: 'CONFLICT', message: 'Something this refers to was just removed. Reload the page and try again.' };
  }
  return null;
}
