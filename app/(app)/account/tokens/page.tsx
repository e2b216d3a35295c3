import type { Metadata } from 'next';
import { getDb } from '@/db';
import { listPersonalTokens } from '@/db/queries/api-tokens';
import { orgsAllowingTokensWithoutExpiry } from '@/db/queries/organizations';
import { requireSignedIn } from '@/lib/auth/access';
import { formatDate, formatDateTime } from '@/components/ui/date';
import { NewTokenDialog } from './_components/new-token-dialog';
import { TokenList, type TokenRow } from './_components/token-list';

export const metadata: Metadata = { title: 'API tokens' };

function status(token: { revokedAt: Date | null; expiresAt: Date | null }, now: Date): TokenRow['status'] {
  if (token.revokedAt) return 'revoked';
  return token.expiresAt && token.expiresAt <= now ? 'expired' : 'active';
}

export default async function TokensPage() {
  const { user, organizations } = await requireSignedIn();
  const db = await getDb();
  const orgIds = organizations.map((o) => o.id);
  const [tokens, allowing] = await Promise.all([listPersonalTokens(db, user.id), orgsAllowingTokensWithoutExpiry(db, orgIds)]);
  const now = new Date();
  const rows: TokenRow[] = tokens.map((t) => ({
    id: t.id,
    name: t.name,
    orgName: t.orgName,
    hint: t.hint,
    scopes: t.scopes.length,
    expires: t.expiresAt ? formatDate(t.expiresAt) : 'Never',
    lastUsed: t.lastUsedAt ? `${formatDateTime(t.lastUsedAt)}${t.lastUsedIp ? ` from ${t.lastUsedIp}` : ''}` : 'Never used',
    status: status(t, now),
  }));
  return (
    <main className="mx-auto w-full max-w-3xl space-y-6 p-4 sm:p-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-xl font-semibold">API tokens</h1>
          <p className="text-sm text-fg-muted">
            Personal access tokens let scripts call the Roster API as you, in one organization, with the scopes you choose. A token never
            does more than you may: demoted or removed, it shrinks or stops working on its next request.
          </p>
        </div>
        <NewTokenDialog
          organizations={organizations.map((o) => ({ id: o.id, name: o.name, allowsNoExpiration: allowing.includes(o.id) }))}
          verified={user.emailVerified}
        />
      </div>
      <TokenList tokens={rows} />
    </main>
  );
}
