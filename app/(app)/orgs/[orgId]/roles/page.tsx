import type { Metadata } from 'next';
import { Check, Minus } from '@/components/ui/icons';
import { requireOrgAccess } from '@/lib/auth/access';
import {
  APP_PERMISSION_DEFS,
  APP_PERMISSION_KEYS,
  ORG_PERMISSION_DEFS,
  ORG_PERMISSION_KEYS,
  ORG_ROLES,
  ORG_ROLE_DESCRIPTIONS,
  ORG_ROLE_LABELS,
  TEAM_LEVELS,
  TEAM_LEVEL_DESCRIPTIONS,
  TEAM_LEVEL_LABELS,
  can,
  levelGrants,
  roleGrantsOnApp,
} from '@/lib/permissions';

export const metadata: Metadata = { title: 'Roles & permissions' };

function Cell({ allowed, note }: { allowed: boolean; note?: string }) {
  return (
    <td className="px-3 py-2 text-center">
      {allowed ? (
        <Check size={16} className="inline text-success" aria-label={note ? `Yes (${note})` : 'Yes'} />
      ) : (
        <Minus size={16} className="inline text-fg-muted" aria-label="No" />
      )}
    </td>
  );
}

const th = 'px-3 py-2 text-xs font-medium';

/**
 * One role (or team level) and what it grants: the narrow screens' form of a matrix column. A disclosure,
 * so the list of roles fits a phone's screen and each opens on demand.
 */
function RoleCard({
  title,
  description,
  groups,
}: {
  title: string;
  description: string;
  groups: Array<{ heading: string; items: string[] }>;
}) {
  return (
    <li>
      <details className="group rounded-lg border border-border">
        <summary className="cursor-pointer list-none p-4">
          <h3 className="font-semibold">
            {title}{' '}
            <span aria-hidden className="text-fg-muted group-open:hidden">
              +
            </span>
            <span aria-hidden className="hidden text-fg-muted group-open:inline">
              −
            </span>
          </h3>
          <p className="text-sm text-fg-muted">{description}</p>
        </summary>
        <div className="border-t border-border px-4 pb-4">
          {groups.map((group) => (
            <div key={group.heading} className="mt-3">
              <h4 className="text-xs font-medium tracking-wide text-fg-muted uppercase">{group.heading}</h4>
              {group.items.length ? (
                <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm">
                  {group.items.map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                </ul>
              ) : (
                <p className="mt-1 text-sm text-fg-muted">None</p>
              )}
            </div>
          ))}
        </div>
      </details>
    </li>
  );
}

const appLabel = (permission: (typeof APP_PERMISSION_KEYS)[number]) =>
  APP_PERMISSION_DEFS[permission].label + (APP_PERMISSION_DEFS[permission].adminOnly ? ' ‡' : '');

/** Below md the matrices become one card per role and per team level, listing what each grants. */
function RoleCards() {
  return (
    <div className="space-y-6 md:hidden">
      <section aria-labelledby="org-roles-cards">
        <h2 id="org-roles-cards" className="mb-2 font-semibold">
          Organization roles
        </h2>
        <ul className="space-y-3">
          {ORG_ROLES.map((role) => (
            <RoleCard
              key={role}
              title={ORG_ROLE_LABELS[role]}
              description={ORG_ROLE_DESCRIPTIONS[role]}
              groups={[
                {
                  heading: 'Organization',
                  items: ORG_PERMISSION_KEYS.filter((p) => can(role, p)).map((p) => ORG_PERMISSION_DEFS[p].label),
                },
                { heading: 'In apps', items: APP_PERMISSION_KEYS.filter((p) => roleGrantsOnApp(role, p)).map(appLabel) },
              ]}
            />
          ))}
        </ul>
      </section>
      <section aria-labelledby="team-levels-cards">
        <h2 id="team-levels-cards" className="mb-2 font-semibold">
          Team levels (in the team&apos;s apps; ‡: only roles grant it)
        </h2>
        <ul className="space-y-3">
          {TEAM_LEVELS.map((level) => (
            <RoleCard
              key={level}
              title={`${TEAM_LEVEL_LABELS[level]} (team)`}
              description={TEAM_LEVEL_DESCRIPTIONS[level]}
              groups={[{ heading: 'In apps', items: APP_PERMISSION_KEYS.filter((p) => levelGrants(level, p)).map(appLabel) }]}
            />
          ))}
        </ul>
      </section>
    </div>
  );
}

/** Generated from lib/permissions: the reference cannot drift from what the code enforces. */
export default async function RolesPage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  await requireOrgAccess(orgId, 'roles.view');
  return (
    <main className="space-y-8 p-4 sm:p-6">
      <div>
        <h1 className="text-xl font-semibold">Roles &amp; permissions</h1>
        <p className="text-sm text-fg-muted">Generated from the same permission matrix every page and action checks.</p>
      </div>
      <RoleCards />
      <section aria-labelledby="org-perms" className="hidden overflow-x-auto rounded-lg border border-border md:block">
        <table className="w-full text-sm">
          <caption id="org-perms" className="bg-bg-subtle px-3 py-2 text-left font-semibold">
            Organization roles
          </caption>
          <thead className="sticky top-0 bg-bg-subtle">
            <tr>
              <th scope="col" className={`${th} text-left`}>
                Permission
              </th>
              {ORG_ROLES.map((role) => (
                <th key={role} scope="col" className={th} title={ORG_ROLE_DESCRIPTIONS[role]}>
                  {ORG_ROLE_LABELS[role]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ORG_PERMISSION_KEYS.map((permission) => (
              <tr key={permission} className="border-t border-border">
                <th scope="row" className="px-3 py-2 text-left font-normal">
                  {ORG_PERMISSION_DEFS[permission].label}
                </th>
                {ORG_ROLES.map((role) => (
                  <Cell key={role} allowed={can(role, permission)} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="app-perms" className="hidden overflow-x-auto rounded-lg border border-border md:block">
        <table className="w-full text-sm">
          <caption id="app-perms" className="bg-bg-subtle px-3 py-2 text-left font-semibold">
            App permissions, by organization role and team level (‡: only roles grant it)
          </caption>
          <thead className="sticky top-0 bg-bg-subtle">
            <tr>
              <th scope="col" className={`${th} text-left`}>
                Permission
              </th>
              {ORG_ROLES.map((role) => (
                <th key={role} scope="col" className={th} title={ORG_ROLE_DESCRIPTIONS[role]}>
                  {ORG_ROLE_LABELS[role]}
                </th>
              ))}
              {TEAM_LEVELS.map((level) => (
                <th key={level} scope="col" className={th} title={TEAM_LEVEL_DESCRIPTIONS[level]}>
                  {TEAM_LEVEL_LABELS[level]} (team)
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {APP_PERMISSION_KEYS.map((permission) => {
              const def = APP_PERMISSION_DEFS[permission];
              return (
                <tr key={permission} className="border-t border-border">
                  <th scope="row" className="px-3 py-2 text-left font-normal">
                    {def.label}
                    {def.adminOnly ? ' ‡' : ''}
                  </th>
                  {ORG_ROLES.map((role) => (
                    <Cell key={role} allowed={roleGrantsOnApp(role, permission)} />
                  ))}
                  {TEAM_LEVELS.map((level) => (
                    <Cell key={level} allowed={levelGrants(level, permission)} />
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </main>
  );
}
