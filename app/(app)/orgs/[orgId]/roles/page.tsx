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
      <section aria-labelledby="org-perms" className="overflow-x-auto rounded-lg border border-border">
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
      <section aria-labelledby="app-perms" className="overflow-x-auto rounded-lg border border-border">
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
