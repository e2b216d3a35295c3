'use client';

import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { useHydrated } from '@/components/ui/button';
import { buttonClass } from '@/components/ui/button-class';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { DataTable, RowActions } from '@/components/ui/data-table';
import { useRowDialog } from '@/components/ui/use-row-dialog';
import { revokeOrgTokenAction } from '../actions';

/** One token as the table shows it: plain strings, dates formatted on the server. */
export type OrgTokenView = {
  id: string;
  name: string;
  hint: string;
  owner: string;
  ownerEmail: string;
  scopes: string[];
  created: string;
  expires: string;
  /** When it was last used (null: never), and from which address. */
  lastUsed: string | null;
  lastUsedIp: string | null;
  status: 'active' | 'expired' | 'revoked';
};

const STATUS: Record<OrgTokenView['status'], { label: string; className: string }> = {
  active: { label: 'Active', className: 'bg-success/10 text-success' },
  expired: { label: 'Expired', className: 'bg-bg-subtle text-fg-muted' },
  revoked: { label: 'Revoked', className: 'bg-danger/10 text-danger' },
};

const scopeCount = (n: number) => `${n} ${n === 1 ? 'scope' : 'scopes'}`;
/** The phone's one line for the Last used column. */
const lastUsedLine = (token: OrgTokenView) =>
  token.lastUsed ? `last used ${token.lastUsed}${token.lastUsedIp ? ` from ${token.lastUsedIp}` : ''}` : 'never used';

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
          {
            header: 'Scopes',
            from: 'md',
            cell: (token) => (
              <details title={token.scopes.join(', ')}>
                <summary className="cursor-pointer whitespace-nowrap">{scopeCount(token.scopes.length)}</summary>
                <ul className="mt-1 space-y-0.5 text-xs">
                  {token.scopes.map((scope) => (
                    <li key={scope}>
                      <code>{scope}</code>
                    </li>
                  ))}
                </ul>
              </details>
            ),
          },
          { header: 'Created', from: 'lg', numeric: true, className: 'whitespace-nowrap', cell: (token) => token.created },
          { header: 'Expires', from: 'sm', numeric: true, className: 'whitespace-nowrap', cell: (token) => token.expires },
          {
            header: 'Last used',
            from: 'md',
            numeric: true,
            cell: (token) => (
              <>
                <div className="whitespace-nowrap">{token.lastUsed ?? 'Never used'}</div>
                {token.lastUsedIp ? <div className="text-xs text-fg-muted">from {token.lastUsedIp}</div> : null}
              </>
            ),
          },
          {
            header: 'Status',
            cell: (token) => (
              <span className={`rounded px-1.5 py-0.5 text-xs font-medium whitespace-nowrap ${STATUS[token.status].className}`}>
                {STATUS[token.status].label}
              </span>
            ),
          },
          {
            header: 'Actions',
            hideHeader: true,
            cell: (token) =>
              token.status === 'active' ? (
                <RowActions>
                  <button
                    type="button"
                    className={buttonClass('secondary')}
                    aria-label={`Revoke ${token.name}`}
                    aria-haspopup="dialog"
                    disabled={!hydrated}
                    data-hydrating={hydrated ? undefined : ''}
                    onClick={(event) => revocation.openFor(event, token)}
                  >
                    Revoke
                  </button>
                </RowActions>
              ) : null,
          },
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
