import { Fragment } from 'react';
import { DataTable } from '@/components/ui/data-table';
import { summarizeAppAccess, type AppGrant, type TeamLevel } from '@/lib/permissions';

const NAMES_SHOWN = 5;

type GrantedTeam = AppGrant['teams'][number];

/**
 * Where each "granted by" source links: the role to the roles reference, each team to its page, the
 * teams beyond the first few to the member's list of teams. Plain anchors (there may be thousands on the
 * page), followed on the client by the page's wrapper (FollowLinks). Omitted: sources are plain text.
 */
export type AccessLinks = { rolesHref: string | null; teamHref: ((teamId: string) => string) | null; moreTeamsHref: string | null };

const linkClass = 'underline decoration-fg-muted/50 underline-offset-2 hover:decoration-fg';

function TeamNames({ teams, links }: { teams: GrantedTeam[]; links?: AccessLinks }) {
  const shown = teams.slice(0, NAMES_SHOWN);
  const more = teams.length - shown.length;
  return (
    <>
      {shown.map((team, i) => (
        <Fragment key={team.teamId}>
          {i > 0 ? ', ' : null}
          {links?.teamHref ? (
            <a href={links.teamHref(team.teamId)} className={linkClass}>
              {team.teamName}
            </a>
          ) : (
            team.teamName
          )}
        </Fragment>
      ))}
      {more > 0 ? (
        <>
          {' and '}
          {links?.moreTeamsHref ? (
            <a href={links.moreTeamsHref} className={linkClass}>
              {more} more
            </a>
          ) : (
            `${more} more`
          )}
        </>
      ) : null}
    </>
  );
}

/** Per app, every permission with whether it is allowed and why (role, the app's visibility, team and level). SPEC §3.4. */
export function EffectiveAccess({
  apps,
  emptyText,
  links,
}: {
  apps: Array<{ appId: string; slug: string; name: string; grant: AppGrant }>;
  emptyText: string;
  links?: AccessLinks;
}) {
  if (apps.length === 0) return <p className="text-sm text-fg-muted">{emptyText}</p>;
  return (
    <div className="space-y-3">
      {apps.map((app, index) => {
        const explained = summarizeAppAccess(app.grant);
        const allowed = explained.filter((p) => p.allowed);
        // The granting teams of each level (summarizeAppAccess names them; the links need their IDs).
        const teamsByLevel = new Map<TeamLevel, GrantedTeam[]>();
        for (const team of app.grant.teams) {
          const teams = teamsByLevel.get(team.level);
          if (teams) teams.push(team);
          else teamsByLevel.set(team.level, [team]);
        }
        return (
          <details key={app.appId} open={index === 0} className="rounded-lg border border-border">
            <summary className="cursor-pointer px-4 py-2 text-sm">
              <span className="font-medium">{app.slug}</span>{' '}
              <span className="text-fg-muted">
                · {app.name} · {allowed.length} of {explained.length} permissions
              </span>
            </summary>
            <div className="border-t border-border">
              <DataTable
                caption={`Effective access to ${app.slug}`}
                frame="none"
                compact
                topAligned
                rows={explained}
                rowKey={(p) => p.permission}
                columns={[
                  {
                    header: 'Permission',
                    rowHeader: true,
                    className: (p) => (p.allowed ? 'font-normal' : 'font-normal text-fg-muted'),
                    cell: (p) => p.label,
                  },
                  {
                    header: 'Granted by',
                    cell: (p) =>
                      p.allowed ? (
                        <ul className="flex flex-wrap gap-1">
                          {p.role ? (
                            <li className="rounded bg-accent/10 px-1.5 py-0.5 text-xs text-fg">
                              {links?.rolesHref ? (
                                <a href={links.rolesHref} className={linkClass}>
                                  {p.role}
                                </a>
                              ) : (
                                p.role
                              )}
                            </li>
                          ) : null}
                          {p.visibility ? <li className="rounded bg-accent/10 px-1.5 py-0.5 text-xs text-fg">{p.visibility}</li> : null}
                          {p.levels.map((source) => {
                            const teams = teamsByLevel.get(source.level) ?? [];
                            return (
                              <li key={source.level} className="rounded bg-accent/10 px-1.5 py-0.5 text-xs text-fg">
                                {teams.length === 1 ? 'team' : 'teams'} <TeamNames teams={teams} links={links} />: {source.label}
                                {source.note ? <span className="text-fg-muted"> ({source.note})</span> : null}
                              </li>
                            );
                          })}
                        </ul>
                      ) : (
                        <span className="text-xs text-fg-muted">Not granted</span>
                      ),
                  },
                ]}
              />
            </div>
          </details>
        );
      })}
    </div>
  );
}
