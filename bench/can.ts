// Times the in-memory permission checks over millions of calls, cycling through every role and
// permission (the modulo and array reads are counted in, so the figures are upper bounds).
import { APP_PERMISSION_KEYS, can, canOnApp, ORG_PERMISSION_KEYS, ORG_ROLES, TEAM_LEVELS, type AppGrant } from '../lib/permissions';

const CALLS = 10_000_000;

function nsPerCall(calls: number, body: (i: number) => boolean): { ns: number; allowed: number } {
  let allowed = 0;
  for (let i = 0; i < calls / 10; i++) if (body(i)) allowed++; // warm-up: let the JIT optimize it first
  allowed = 0;
  const started = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) if (body(i)) allowed++;
  return { ns: Number(process.hrtime.bigint() - started) / calls, allowed };
}

export function measureCan(): { calls: number; canNs: number; canOnAppNs: number } {
  const roles = ORG_ROLES;
  const orgPermissions = ORG_PERMISSION_KEYS;
  const appPermissions = APP_PERMISSION_KEYS;
  const canRun = nsPerCall(CALLS, (i) => can(roles[i % roles.length], orgPermissions[i % orgPermissions.length]!));
  // A Team Contributor in 5 teams of every level: the role grants little, so most calls walk the teams.
  const grants: AppGrant[] = roles.map((role) => ({
    role,
    teams: Array.from({ length: 5 }, (_, t) => ({
      teamId: `team-${t}`,
      teamName: `Team ${t}`,
      level: TEAM_LEVELS[t % TEAM_LEVELS.length]!,
    })),
  }));
  const appRun = nsPerCall(CALLS, (i) => canOnApp(grants[i % grants.length]!, appPermissions[i % appPermissions.length]!));
  if (canRun.allowed === 0 || appRun.allowed === 0) throw new Error('bench: the permission checks allowed nothing');
  return { calls: CALLS, canNs: canRun.ns, canOnAppNs: appRun.ns };
}
