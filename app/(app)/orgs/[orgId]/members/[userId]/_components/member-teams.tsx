import type { MemberTeams } from '@/db/queries/teams';

/**
 * A member's teams, each a link to its page named by the team's name (plain anchors, followed by the
 * page's FollowLinks): the first few, and how many more there are.
 */
export function MemberTeamsList({
  teams,
  teamHref,
  emptyText,
}: {
  teams: MemberTeams;
  teamHref: (teamId: string) => string;
  emptyText: string;
}) {
  if (teams.rows.length === 0) return <p className="mt-2 text-sm text-fg-muted">{emptyText}</p>;
  const more = teams.total - teams.rows.length;
  return (
    <>
      <ul className="mt-2 divide-y divide-border rounded-lg border border-border text-sm">
        {teams.rows.map((team) => (
          <li key={team.id} className="flex flex-wrap items-baseline justify-between gap-x-3 px-4 py-2">
            <a href={teamHref(team.id)} className="min-w-0 font-medium break-words hover:underline">
              {team.name}
            </a>
            <span className="min-w-0 text-xs break-all text-fg-muted">Team ID: {team.id}</span>
          </li>
        ))}
      </ul>
      {more > 0 ? (
        <p className="mt-2 text-sm text-fg-muted">
          and {more} more {more === 1 ? 'team' : 'teams'} (the first {teams.rows.length} by Team ID are shown).
        </p>
      ) : null}
    </>
  );
}
