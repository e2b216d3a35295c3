import { describe, expect, it } from 'vitest';
import { explainAppAccess, summarizeAppAccess, ORG_ROLES, TEAM_LEVELS, type AppGrant } from '../../lib/permissions';

const grants: AppGrant[] = [];
for (const role of [null, ...ORG_ROLES]) {
  for (let mask = 0; mask < 1 << TEAM_LEVELS.length; mask++) {
    const teams = TEAM_LEVELS.flatMap((level, i) =>
      mask & (1 << i)
        ? [
            { teamId: `t-${level}`, teamName: `team-${level}`, level },
            { teamId: `u-${level}`, teamName: `second-${level}`, level },
          ]
        : [],
    );
    grants.push({ role, teams });
  }
}

describe('summarizeAppAccess says what explainAppAccess says, grouped by level', () => {
  it.each(grants.map((g) => [`${g.role ?? 'no role'} + ${g.teams.map((t) => t.teamName).join(',') || 'no team'}`, g] as const))(
    '%s',
    (_name, grant) => {
      const explained = explainAppAccess(grant);
      const summarized = summarizeAppAccess(grant);
      expect(summarized.map((p) => [p.permission, p.allowed])).toEqual(explained.map((p) => [p.permission, p.allowed]));
      summarized.forEach((p, i) => {
        const sources = explained[i]!.sources;
        expect(p.role).toBe(sources.find((s) => s.kind === 'role')?.label ?? null);
        const teamNames = sources.flatMap((s) => (s.kind === 'team' ? [s.teamName] : [])).sort();
        expect(p.levels.flatMap((l) => l.teams).sort()).toEqual(teamNames);
      });
    },
  );
});
