/**
 * An organization app's visibility (the `apps.visibility` column): who may open it besides the members
 * its roles and teams let in. What `'org'` grants is derived in `./can.ts` from the matrix — the view-only
 * permissions the Organization User role holds on every app — never listed by hand.
 *
 * Safe to import from client components (no server-only code).
 */
import type { OrgRole } from './roles';

/** The values of `apps.visibility` (its CHECK constraint in db/schema.ts), most closed first. */
export const APP_VISIBILITIES = ['private', 'org'] as const;

export type AppVisibility = (typeof APP_VISIBILITIES)[number];

export const APP_VISIBILITY_LABELS: Readonly<Record<AppVisibility, string>> = {
  private: 'Private',
  org: 'Organization',
};

/** What each visibility means, in one sentence (the settings page and the roles reference show it). */
export const APP_VISIBILITY_DESCRIPTIONS: Readonly<Record<AppVisibility, string>> = {
  private: 'Only members whose role or teams give access can open the app.',
  org: 'Every member of the organization can also open the app, view-only, as an Organization User would.',
};

/** An 'org' app grants every member what this role grants on every app (SPEC §3.1: view-only on every app). */
export const ORG_VISIBILITY_ROLE = 'org_user' as const satisfies OrgRole;

const VISIBILITY_SET: ReadonlySet<unknown> = new Set<unknown>(APP_VISIBILITIES);

export function isAppVisibility(v: unknown): v is AppVisibility {
  return VISIBILITY_SET.has(v);
}

/** A stored `apps.visibility` as the permission module reads it: anything but 'org' (or no app) is private. */
export function appVisibilityOf(column: string | null | undefined): AppVisibility {
  return column === 'org' ? 'org' : 'private';
}
