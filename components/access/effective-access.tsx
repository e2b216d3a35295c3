import { DataTable } from '@/components/ui/data-table';
import { summarizeAppAccess, type AppGrant } from '@/lib/permissions';

const NAMES_SHOWN = 5;

function teamList(names: string[]): string {
  const shown = names.slice(0, NAMES_SHOWN).join(', ');
  return names.length > NAMES_SHOWN ? `${shown} and ${names.length - NAMES_SHOWN} more` : shown;
}

/** Per app, every permission with whether it is allowed and why (role, team and level). SPEC §3.4. */
export function EffectiveAccess({
  apps,
  emptyText,
}: {
  apps: Array<{ appId: string; slug: string; name: string; grant: AppGrant }>;
  emptyText: string;
}) {
  if (apps.length === 0) return <p className="text-sm text-fg-muted">{emptyText}</p>;
  return (
    <div className="space-y-3">
      {apps.map((app, index) => {
        const explained = summarizeAppAccess(app.grant);
        const allowed = explained.filter((p) => p.allowed);
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
                          {p.role ? <li className="rounded bg-accent/10 px-1.5 py-0.5 text-xs text-fg">{p.role}</li> : null}
                          {p.levels.map((source) => (
                            <li key={source.level} className="rounded bg-accent/10 px-1.5 py-0.5 text-xs text-fg">
                              {source.teams.length === 1 ? 'team' : 'teams'} {teamList(source.teams)}: {source.label}
                              {source.note ? <span className="text-fg-muted"> ({source.note})</span> : null}
                            </li>
                          ))}
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
