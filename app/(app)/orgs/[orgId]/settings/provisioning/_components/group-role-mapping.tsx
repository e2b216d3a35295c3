import { AppLink } from '@/components/ui/app-link';
import { DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import type { OrgRole } from '@/lib/permissions';
import { GroupRoleForm } from './group-role-form';

/** A group as the mapping lists it: the team it manages, how many SCIM Users it holds, the role it maps to. */
export type ScimGroupView = { id: string; displayName: string; teamId: string; role: OrgRole | null; memberCount: number };

/**
 * `Group role mapping`: each group the identity provider pushed, its team, and the role it gives its
 * members. Plain rows from the server; only each row's role form runs on the client.
 */
export function GroupRoleMapping({ orgId, groups, roles }: { orgId: string; groups: ScimGroupView[]; roles: OrgRole[] }) {
  return (
    <section aria-labelledby="group-roles-heading" className="space-y-2">
      <h2 id="group-roles-heading" className="font-semibold">
        Group role mapping
      </h2>
      <p className="max-w-3xl text-sm text-fg-muted">
        Members of a mapped group get its role (in several mapped groups, whichever of their roles comes first in the role list); leaving
        every mapped group returns them to the role for provisioned members.
      </p>
      {groups.length === 0 ? (
        <EmptyState>Groups your identity provider pushes appear here.</EmptyState>
      ) : (
        <DataTable
          caption="Identity provider groups and the role each gives its members"
          cards
          rows={groups}
          rowKey={(group) => group.id}
          columns={[
            // On a phone's card: the group on its own line, then its team and count, then the role form.
            {
              header: 'Group',
              rowHeader: true,
              className: 'max-sm:basis-full',
              cell: (group) => <span className="break-words">{group.displayName}</span>,
            },
            {
              header: 'Team',
              cell: (group) => (
                <AppLink href={`/orgs/${orgId}/teams/${group.teamId}`} className="break-all text-accent underline-offset-2 hover:underline">
                  {group.teamId}
                </AppLink>
              ),
            },
            {
              header: 'Members',
              numeric: true,
              cell: (group) => (
                <>
                  {group.memberCount}
                  {/* The column header names the figure from sm up; a card has none. */}
                  <span className="text-fg-muted sm:hidden"> {group.memberCount === 1 ? 'member' : 'members'}</span>
                </>
              ),
            },
            {
              header: 'Role',
              className: 'max-sm:basis-full',
              cell: (group) => (
                // Keyed by the saved role: after a save elsewhere (another tab, another Admin), a reload shows it.
                <GroupRoleForm
                  key={group.role ?? 'none'}
                  orgId={orgId}
                  groupId={group.id}
                  groupName={group.displayName}
                  role={group.role}
                  roles={roles}
                />
              ),
            },
          ]}
        />
      )}
    </section>
  );
}
