import type { Metadata } from 'next';
import { AppLink } from '@/components/ui/app-link';
import { formatDate, formatDateTime } from '@/components/ui/date';
import { EmptyState } from '@/components/ui/empty-state';
import { Pager } from '@/components/ui/pager';
import { getDb } from '@/db';
import { listOrgTokensPage, RECENT_TOKEN_DAYS } from '@/db/queries/api-tokens';
import { orgsAllowingTokensWithoutExpiry } from '@/db/queries/organizations';
import { requireOrgAccess } from '@/lib/auth/access';
import { singleValues } from '@/lib/search-params';
import { OrgTokensTable, type OrgTokenView } from './_components/org-tokens-table';

export const metadata: Metadata = { title: 'API tokens' };

/**
 * Every personal access token that reaches the organization (Admins: org.settings, like Settings; anyone
 * else gets the same 404 as a non-member), one keyset page at a time, each active one revocable.
 */
export default async function OrgApiTokensPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgId: string }>;
  searchParams: Promise<Partial<Record<'after', string | string[]>>>;
}) {
  const { orgId } = await params;
  const search = singleValues(await searchParams);
  await requireOrgAccess(orgId, 'org.settings');
  const db = await getDb();
  const [tokens, allowing] = await Promise.all([
    listOrgTokensPage(db, orgId, { after: search.after }),
    orgsAllowingTokensWithoutExpiry(db, [orgId]),
  ]);
  const rows: OrgTokenView[] = tokens.rows.map((t) => ({
    id: t.id,
    name: t.name,
    hint: t.hint,
    owner: t.ownerName || t.ownerEmail,
    ownerEmail: t.ownerEmail,
    scopes: t.scopes,
    created: formatDate(t.createdAt),
    expires: t.expiresAt ? formatDate(t.expiresAt) : 'Never',
    lastUsed: t.lastUsedAt ? formatDateTime(t.lastUsedAt) : null,
    lastUsedIp: t.lastUsedAt ? t.lastUsedIp : null,
    status: t.status,
  }));
  const base = `/orgs/${orgId}/api-tokens`;
  return (
    <main className="space-y-4 p-4 sm:p-6">
      <div>
        <h1 className="text-xl font-semibold">API tokens</h1>
        <p className="text-sm text-fg-muted">
          Personal access tokens members made for this organization. Each acts as its owner and never does more than their role allows;
          revoke one to stop it at once. Revoked and expired tokens stay listed for {RECENT_TOKEN_DAYS} days.
        </p>
        <p className="mt-1 text-sm text-fg-muted">
          Tokens without an expiry date are {allowing.includes(orgId) ? 'allowed' : 'not allowed'} here (
          <AppLink href={`/orgs/${orgId}/settings`} className="text-accent underline underline-offset-2">
            change in Settings
          </AppLink>
          ).
        </p>
      </div>
      {rows.length === 0 ? (
        <EmptyState>
          {search.after
            ? 'No more tokens.'
            : 'No member has a token for this organization yet. Members make their own on their account’s API tokens page.'}
        </EmptyState>
      ) : (
        <OrgTokensTable orgId={orgId} rows={rows} />
      )}
      <Pager firstHref={search.after ? base : null} nextHref={tokens.nextCursor ? `${base}?after=${tokens.nextCursor}` : null} />
    </main>
  );
}
