'use client';

import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { useHydrated } from '@/components/ui/button';
import { lastUsedLine, lifeColumns, revokeColumn, scopeCount, scopesColumn, type TokenRowView } from '@/components/tokens/token-columns';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { DataTable } from '@/components/ui/data-table';
import { useRowDialog } from '@/components/ui/use-row-dialog';
import { revokeOrgTokenAction } from '../actions';

/** One token as the table shows it: plain strings, dates formatted on the server. */
export type OrgTokenView = TokenRowView & { hint: string; owner: string; ownerEmail: string };

/**
 * The tokens that reach the organization, with `Revoke <token name>` on each active one: one confirm
 * dialog for all rows (useRowDialog), the revoke re-checked on the server (org.settings).
 * On a phone each row is a card; what the hidden columns hold goes on a line under the token's name.
 */
export function OrgTokensTable({ orgId, rows }: { orgId: string; rows: OrgTokenView[] }) {
  const router = useRouter();
  const hydrated = useHydrated();
  const revocation = useRowDialog<OrgTokenView>();
  const revoking = revocation.row;
  return (
    <>
      <DataTable
        caption="API tokens that reach this organization"
        cards
        rows={rows}
        rowKey={(token) => token.id}
        columns={[
          {
            header: 'Token',
            cell: (token) => (
              <div className="min-w-0">
                <div className="font-medium break-words">{token.name}</div>
                <code className="text-xs text-fg-muted">{token.hint}</code>
                <div className="text-xs text-fg-muted sm:hidden">
                  {scopeCount(token.scopes.length)} · expires {token.expires} · {lastUsedLine(token)}
                </div>
              </div>
            ),
          },
          {
            header: 'Owner',
            cell: (token) => (
              <div className="min-w-0">
                <div className="break-words">{token.owner}</div>
                {token.owner !== token.ownerEmail ? <div className="text-xs break-words text-fg-muted">{token.ownerEmail}</div> : null}
              </div>
            ),
          },
          scopesColumn<OrgTokenView>(),
          ...lifeColumns<OrgTokenView>('sm'),
          revokeColumn<OrgTokenView>(hydrated, revocation.openFor),
        ]}
      />
      {revoking ? (
        <ConfirmDialog
          {...revocation.dialogProps}
          title={`Revoke “${revoking.name}”?`}
          description={`The token of ${revoking.owner} stops working: scripts using it are refused from their next request. This cannot be undone.`}
          action={() => revokeOrgTokenAction({ orgId, tokenId: revoking.id })}
          onDone={() => {
            toast.success(`Token “${revoking.name}” revoked.`);
            router.refresh();
          }}
        />
      ) : null}
    </>
  );
}
