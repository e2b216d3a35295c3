import type { AppAccessPage } from '@/db/queries/app-access-list';
import { AppLink } from '@/components/ui/app-link';
import { DataTable } from '@/components/ui/data-table';
import { Pager } from '@/components/ui/pager';
import { SearchForm } from '@/components/ui/search-form';
import { singleValues, type RawSearchParams } from '@/lib/search-params';
import { ORG_ROLE_LABELS, ORG_ROLES, permissionSources, roleGrantsOnApp, type AppVisibility } from '@/lib/permissions';

/** The query-string names of this section, apart from the teams list's `after`. */
const SEARCH_PARAM = 'people';
const AFTER_PARAM = 'peopleAfter';

/** This section's search and cursor from the settings page's query string. */
export function whoHasAccessSearch(raw: RawSearchParams | undefined): { q?: string; after?: string } {
  const values = singleValues<string>(raw);
  const q = values[SEARCH_PARAM]?.trim().slice(0, 100) || undefined;
  return { q, after: values[AFTER_PARAM] };
}

const people = (n: number) => (n === 1 ? '1 person' : `${n.toLocaleString('en-US')} people`);

/** "Admin, Organization Contributor (all apps) or Organization User (all apps)": the roles that open every app. */
function viewRolesText(): string {
  const labels = ORG_ROLES.filter((role) => roleGrantsOnApp(role, 'app.view')).map((role) => ORG_ROLE_LABELS[role]);
  return labels.length > 1 ? `${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}` : (labels[0] ?? '');
}

/**
 * Under "Teams with access": teams are not the only way in. Says how many teams grant the app (the list
 * below says when none does), that the roles reach every app, what the visibility adds, and how many
 * people can open it in all.
 */
export function TeamsWithAccessNote({
  teams,
  people: total,
  visibility,
}: {
  teams: number;
  people: number | null;
  visibility: AppVisibility;
}) {
  const teamsText = teams === 0 ? '' : teams === 1 ? '1 team grants access. ' : `${teams} teams grant access. `;
  const everyone = visibility === 'org' ? ', and every member can open this app view-only (visibility: Organization)' : '';
  const all = total !== null ? ` ${people(total)} can open it in all — see Who has access.` : '';
  return (
    <p className="mb-3 text-sm text-fg-muted">{`${teamsText}Members with the role ${viewRolesText()} reach every app by their role${everyone}.${all}`}</p>
  );
}

const chip = 'rounded bg-accent/10 px-1.5 py-0.5 text-xs text-fg';

/**
 * Every member who can open the app and why — their role, each granting team with its level, or the app's
 * Organization visibility — a page at a time, searched on the server. A row links to the member's effective
 * access on this app when the viewer may see it (`accessHref` answers null otherwise).
 */
export function WhoHasAccess({
  list,
  search: { q, after },
  settingsHref,
  orgId,
  appSlug,
  viewer,
}: {
  list: AppAccessPage;
  search: { q?: string; after?: string };
  /** The settings page's URL, where the search form submits. */
  settingsHref: string;
  orgId: string;
  appSlug: string;
  /** Who looks: their own row always links; others' only with 'access.view_any'. */
  viewer: { id: string; viewAny: boolean };
}) {
  const searched = Boolean(q);
  const pageHref = (query: string | undefined, cursor?: string) => {
    const params = new URLSearchParams({ ...(query ? { [SEARCH_PARAM]: query } : {}), ...(cursor ? { [AFTER_PARAM]: cursor } : {}) });
    return `${settingsHref}${params.size ? `?${params}` : ''}#who-heading`;
  };
  const accessHref = (userId: string) =>
    viewer.viewAny || userId === viewer.id
      ? `/orgs/${orgId}/members/${encodeURIComponent(userId)}/apps/${encodeURIComponent(appSlug)}`
      : null;
  return (
    <section aria-labelledby="who-heading" className="rounded-lg border border-border p-4">
      <h3 id="who-heading" className="font-semibold">
        Who has access
      </h3>
      <p className="mb-3 text-sm text-fg-muted">
        {list.total === 1 ? '1 person can open this app' : `${people(list.total)} can open this app`}, and why: their role, each of their
        teams with its permission, or the app&apos;s visibility. Listed by name.
      </p>
      <SearchForm
        id="who-search"
        action={`${settingsHref}#who-heading`}
        label="Search people with access"
        name={SEARCH_PARAM}
        q={q}
        placeholder="Search by name or email"
        className="mb-3"
      />
      {list.rows.length === 0 ? (
        <p className="text-sm text-fg-muted">
          {searched ? `No one with access matches “${q}”.` : list.total === 0 ? 'No one can open this app.' : 'No more people.'}
        </p>
      ) : (
        <DataTable
          caption="Who has access"
          topAligned
          rows={list.rows}
          rowKey={(row) => row.userId}
          columns={[
            {
              header: 'Member',
              cell: (row) => {
                const href = accessHref(row.userId);
                const label = row.name || row.email;
                return (
                  <div className="min-w-0 break-words">
                    {href ? (
                      <AppLink href={href} className="font-medium underline decoration-fg-muted/50 underline-offset-2 hover:decoration-fg">
                        {label}
                        <span className="sr-only"> (effective access on this app)</span>
                      </AppLink>
                    ) : (
                      label
                    )}
                    {row.name ? <div className="text-xs text-fg-muted">{row.email}</div> : null}
                  </div>
                );
              },
            },
            {
              header: 'Access through',
              cell: (row) => {
                const sources = permissionSources(row.grant, 'app.view');
                const more = row.teamCount - row.grant.teams.length;
                return (
                  <ul className="flex flex-wrap gap-1">
                    {sources.map((source) => (
                      <li key={source.kind === 'team' ? `team:${source.teamId}` : source.kind} className={chip}>
                        {source.label}
                      </li>
                    ))}
                    {more > 0 ? <li className={chip}>and {more === 1 ? '1 more team' : `${more} more teams`}</li> : null}
                  </ul>
                );
              },
            },
          ]}
        />
      )}
      <Pager firstHref={after ? pageHref(q) : null} nextHref={list.nextCursor ? pageHref(q, list.nextCursor) : null} />
    </section>
  );
}
