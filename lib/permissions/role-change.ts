/**
 * What a role change does to a member's access, worked out with the same functions as effective access
 * (`appPermissionsOf` on the member's grants), before anything changes: the organization permissions
 * gained and lost, and the app permissions gained and lost on each group of apps that change alike.
 */
import { appPermissionsOf, orgPermissionScope, type AppGrant } from './can';
import { APP_PERMISSION_DEFS, APP_PERMISSION_KEYS, ORG_PERMISSION_DEFS, ORG_PERMISSION_KEYS, type AppPermission } from './matrix';
import type { OrgRole } from './roles';

/**
 * Apps the member reaches the same way: the same teams at the same levels, the same visibility. `count`
 * apps in all, `names` the first few of them (by App ID).
 */
export type AppAccessGroup = {
  visibility: NonNullable<AppGrant['visibility']>;
  teams: AppGrant['teams'];
  count: number;
  names: string[];
};

/** Apps whose access changes the same way, and how. */
export type AppAccessChange = {
  count: number;
  names: string[];
  /** Every app of the organization is in this change. */
  everyApp: boolean;
  gained: string[];
  lost: string[];
};

export type RoleChangeEffect = {
  org: { gained: string[]; lost: string[] };
  apps: AppAccessChange[];
};

const SCOPE_LABELS: Record<string, string> = { granted_apps: 'only the apps their teams grant, and those open to the organization' };

/** An org permission as a role holds it: its label, and how far it reaches when that is limited. */
function orgHolding(role: OrgRole, permission: (typeof ORG_PERMISSION_KEYS)[number]): string | null {
  const scope = orgPermissionScope(role, permission);
  if (scope === null) return null;
  const label = ORG_PERMISSION_DEFS[permission].label;
  return scope === 'all' ? label : `${label} (${SCOPE_LABELS[scope] ?? scope})`;
}

function difference(before: ReadonlySet<AppPermission>, after: ReadonlySet<AppPermission>): AppPermission[] {
  return APP_PERMISSION_KEYS.filter((p) => after.has(p) && !before.has(p));
}

const label = (p: AppPermission) => APP_PERMISSION_DEFS[p].label;

/** The effect of moving a member from `from` to `to`, given how they reach each group of apps. */
export function roleChangeEffect(
  from: OrgRole,
  to: OrgRole,
  groups: readonly AppAccessGroup[],
  totalApps: number,
  shown = 5,
): RoleChangeEffect {
  const org = { gained: [] as string[], lost: [] as string[] };
  for (const permission of ORG_PERMISSION_KEYS) {
    const before = orgHolding(from, permission);
    const after = orgHolding(to, permission);
    if (before === after) continue;
    if (after) org.gained.push(after);
    if (before) org.lost.push(before);
  }

  // Groups that change alike are merged: most apps differ only by the role, whatever their teams.
  const byChange = new Map<string, AppAccessChange>();
  for (const group of groups) {
    const before = appPermissionsOf({ role: from, teams: group.teams, visibility: group.visibility });
    const after = appPermissionsOf({ role: to, teams: group.teams, visibility: group.visibility });
    const gained = difference(before, after);
    const lost = difference(after, before);
    if (gained.length === 0 && lost.length === 0) continue;
    const key = `${gained.join(',')}|${lost.join(',')}`;
    const change = byChange.get(key) ?? { count: 0, names: [], everyApp: false, gained: gained.map(label), lost: lost.map(label) };
    change.count += group.count;
    change.names.push(...group.names);
    byChange.set(key, change);
  }
  const apps = [...byChange.values()].sort((a, b) => b.count - a.count);
  for (const change of apps) {
    change.names = change.names.sort().slice(0, shown);
    change.everyApp = totalApps > 0 && change.count === totalApps;
  }
  return { org, apps };
}
