import type { Metadata } from 'next';
import { AppLink } from '@/components/ui/app-link';
import { formatDate, formatDateTime } from '@/components/ui/date';
import { EmptyState } from '@/components/ui/empty-state';
import { getDb } from '@/db';
import { listOrgApiKeys } from '@/db/queries/api-keys';
import { RECENT_TOKEN_DAYS } from '@/db/queries/api-tokens';
import { orgsAllowingTokensWithoutExpiry } from '@/db/queries/organizations';
import { requireOrgAccess } from '@/lib/auth/access';
import { canAssignRole, DEFAULT_INVITE_ROLE, ORG_ROLE_LABELS, ORG_ROLES } from '@/lib/permissions';
import { MAX_ORG_API_KEYS } from '@/lib/validations/tokens';
import { NewApiKeyDialog } from './_components/new-api-key-dialog';
import { OrgApiKeysTable, type OrgApiKeyView } from './_components/org-api-keys-table';

export const metadata: Metadata = { title: 'API keys' };

/**
 * The organization's own API keys (Admins: org.settings, like Settings and API tokens; anyone else gets
 * the same 404 as a non-member): every live one and those stopped recently, each active one revocable,
 * and `New API key` with the roles this Admin may give.
 */
export default async function OrgApiKeysPage({ params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  const { user, org, role } = await requireOrgAccess(orgId, 'org.settings');
  const db = await getDb();
  const [keys, allowing] = await Promise.all([listOrgApiKeys(db, orgId), orgsAllowingTokensWithoutExpiry(db, [orgId])]);
  const rows: OrgApiKeyView[] = keys.map((k) => ({
    id: k.id,
    name: k.name,
    hint: k.hint,
    roleLabel: ORG_ROLE_LABELS[k.role],
    scopes: k.scopes,
    createdBy: k.createdByName || k.createdByEmail,
    createdByEmail: k.createdByEmail,
    created: formatDate(k.createdAt),
    expires: k.expiresAt ? formatDate(k.expiresAt) : 'Never',
    lastUsed: k.lastUsedAt ? formatDateTime(k.lastUsedAt) : null,
    lastUsedIp: k.lastUsedAt ? k.lastUsedIp : null,
    status: k.status,
  }));
  const live = rows.filter((k) => k.status === 'active').length;
  // The same rule as inviting: never a role above the creator's own (the command checks again).
  const roles = ORG_ROLES.filter((r) => canAssignRole(role, r));
  const allowsNoExpiration = allowing.includes(orgId);
  return (
    <main className="space-y-4 p-4 sm:p-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="max-w-3xl">
          <h1 className="text-xl font-semibold">API keys</h1>
          <p className="text-sm text-fg-muted">
            API keys belong to the organization, not to the Admin who makes them: each acts with the role chosen for it, within its scopes,
            belongs to no team, and keeps working when its creator leaves. A key’s secret is shown once, when it is made; revoke a key to
            stop it at once. Revoked and expired keys stay listed for {RECENT_TOKEN_DAYS} days.
          </p>
          <p className="mt-1 text-sm text-fg-muted">
            {live} of {MAX_ORG_API_KEYS} active keys. Keys without an expiry date are {allowsNoExpiration ? 'allowed' : 'not allowed'} here
            (
            <AppLink href={`/orgs/${orgId}/settings`} className="text-accent underline underline-offset-2">
              change in Settings
            </AppLink>
            ).
          </p>
        </div>
        {/* Always here, never moved into the empty state: the secret it shows after creating would go with it. */}
        <NewApiKeyDialog
          orgId={orgId}
          orgName={org.name}
          roles={roles}
          defaultRole={roles.includes(DEFAULT_INVITE_ROLE) ? DEFAULT_INVITE_ROLE : (roles.at(-1) ?? DEFAULT_INVITE_ROLE)}
          allowsNoExpiration={allowsNoExpiration}
          unavailable={
            !user.emailVerified
              ? 'Verify your email address before creating API keys (see Account).'
              : live >= MAX_ORG_API_KEYS
                ? `This organization has ${MAX_ORG_API_KEYS} active API keys: revoke one first.`
                : undefined
          }
        />
      </div>
      {rows.length === 0 ? (
        <EmptyState>No API keys yet. New API key makes one for a service or an integration.</EmptyState>
      ) : (
        <OrgApiKeysTable orgId={orgId} rows={rows} />
      )}
    </main>
  );
}
