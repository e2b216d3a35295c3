import type { Metadata } from 'next';
import { AppLink } from '@/components/ui/app-link';
import { formatDateTime } from '@/components/ui/date';
import { getDb } from '@/db';
import { findScimConnection, listScimRequests } from '@/db/queries/scim-connections';
import { listScimGroupsForMapping } from '@/db/queries/scim-groups';
import { requireOrgAccess } from '@/lib/auth/access';
import { canAssignRole, ORG_ROLES } from '@/lib/permissions';
import { scimBaseUrl } from '@/lib/scim/base-url';
import { GroupRoleMapping } from './_components/group-role-mapping';
import { ProvisioningPanel, type ScimConnectionView } from './_components/provisioning-panel';
import { ScimRequestsTable, type ScimRequestView } from './_components/scim-requests-table';

export const metadata: Metadata = { title: 'Provisioning' };

/** How many of the connection's last requests the page lists (the log keeps more; these are for troubleshooting). */
const REQUESTS_SHOWN = 50;

/**
 * SCIM provisioning (Admins: org.settings, like Settings and API keys; anyone else gets the same 404 as
 * a non-member): turning it on, the base URL and token to give the identity provider, the role it gives
 * new members, the roles its groups map to, turning it off, and its last requests.
 */
export default async function ProvisioningPage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  const { user, org, role } = await requireOrgAccess(orgId, 'org.settings');
  const db = await getDb();
  const [connection, requests, groups] = await Promise.all([
    findScimConnection(db, orgId),
    listScimRequests(db, orgId, REQUESTS_SHOWN),
    listScimGroupsForMapping(db, orgId),
  ]);
  const view: ScimConnectionView | null = connection && {
    hint: connection.hint,
    defaultRole: connection.defaultRole,
    since: formatDateTime(connection.createdAt),
    tokenCreated: formatDateTime(connection.tokenCreatedAt),
    lastRequest: connection.lastRequestAt ? formatDateTime(connection.lastRequestAt) : null,
  };
  const rows: ScimRequestView[] = requests.map((r) => ({
    id: r.id,
    at: formatDateTime(r.at),
    method: r.method,
    path: r.path,
    status: r.status,
    detail: r.detail,
  }));
  // The same rule as inviting: never a role above the Admin's own (the command checks again).
  const roles = ORG_ROLES.filter((r) => canAssignRole(role, r));
  return (
    <main className="space-y-6 p-4 sm:p-6">
      <div>
        <AppLink href={`/orgs/${orgId}/settings`} className="text-sm text-fg-muted hover:underline">
          ← Organization settings
        </AppLink>
        <h1 className="mt-2 text-xl font-semibold">Provisioning</h1>
        <p className="mt-1 max-w-3xl text-sm text-fg-muted">
          SCIM 2.0 lets {org.name}&apos;s identity provider (Okta, Microsoft Entra ID, Google, JumpCloud) add, update and remove members.
          People it adds get the role chosen here; someone who already has a Roster account is invited rather than added. Deactivating
          someone in the identity provider removes their access at once.
        </p>
      </div>

      <ProvisioningPanel
        orgId={orgId}
        orgName={org.name}
        baseUrl={scimBaseUrl(orgId)}
        connection={view}
        roles={roles}
        unverified={!user.emailVerified}
      />

      {/* Mapping needs provisioning on (the command refuses it otherwise). */}
      {connection ? <GroupRoleMapping orgId={orgId} groups={groups} roles={roles} /> : null}

      <section aria-labelledby="requests-heading" className="space-y-2">
        <h2 id="requests-heading" className="font-semibold">
          Recent requests
        </h2>
        <p className="text-sm text-fg-muted">
          The last {REQUESTS_SHOWN} requests from the identity provider, newest first: a refused one says why.
        </p>
        <ScimRequestsTable rows={rows} />
      </section>
    </main>
  );
}
