'use client';

import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { useHydrated } from '@/components/ui/button';
import { buttonClass } from '@/components/ui/button-class';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { DataTable, RowActions } from '@/components/ui/data-table';
import { useRowDialog } from '@/components/ui/use-row-dialog';
import { revokeOrgApiKeyAction } from '../actions';

/** One API key as the table shows it: plain strings, dates formatted and the role labelled on the server. */
export type OrgApiKeyView = {
  id: string;
  name: string;
  hint: string;
  roleLabel: string;
  scopes: string[];
  /** Who made it (their name, else email); null once their account is deleted. */
  createdBy: string | null;
  createdByEmail: string | null;
  created: string;
  expires: string;
  /** When it was last used (null: never), and from which address. */
  lastUsed: string | null;
  lastUsedIp: string | null;
  status: 'active' | 'expired' | 'revoked';
};

const STATUS: Record<OrgApiKeyView['status'], { label: string; className: string }> = {
  active: { label: 'Active', className: 'bg-success/10 text-success' },
  expired: { label: 'Expired', className: 'bg-bg-subtle text-fg-muted' },
  revoked: { label: 'Revoked', className: 'bg-danger/10 text-danger' },
};

const scopeCount = (n: number) => `${n} ${n === 1 ? 'scope' : 'scopes'}`;
const creator = (key: OrgApiKeyView) => key.createdBy ?? 'a deleted account';
/** Narrow screens' one line for the columns they hide. */
const summaryLine = (key: OrgApiKeyView) =>
  [
    scopeCount(key.scopes.length),
    `expires ${key.expires}`,
    `created ${key.created} by ${creator(key)}`,
    key.lastUsed ? `last used ${key.lastUsed}${key.lastUsedIp ? ` from ${key.lastUsedIp}` : ''}` : 'never used',
  ].join(' · ');

/**
 * The organization's API keys, with `Revoke <key name>` on each active one: one confirm dialog for all
 * rows (useRowDialog), the revoke re-checked on the server (org.settings). On a phone each row is a card
 * and what the hidden columns hold goes on a line under the key's name.
 */
export function OrgApiKeysTable({ orgId, rows }: { orgId: string; rows: OrgApiKeyView[] }) {
  const router = useRouter();
  const hydrated = useHydrated();
  const revocation = useRowDialog<OrgApiKeyView>();
  const revoking = revocation.row;
  return (
    <>
      <DataTable
        caption="API keys of this organization"
        cards
        topAligned
        rows={rows}
        rowKey={(key) => key.id}
        columns={[
          {
            header: 'Key',
            cell: (key) => (
              <div className="min-w-0">
                <div className="font-medium break-words">{key.name}</div>
                <code className="text-xs whitespace-nowrap text-fg-muted">{key.hint}</code>
                <div className="text-xs text-fg-muted md:hidden">{summaryLine(key)}</div>
              </div>
            ),
          },
          { header: 'Role', cell: (key) => <span className="break-words">{key.roleLabel}</span> },
          {
            header: 'Scopes',
            from: 'md',
            cell: (key) => (
              <details title={key.scopes.join(', ')}>
                <summary className="cursor-pointer whitespace-nowrap">{scopeCount(key.scopes.length)}</summary>
                <ul className="mt-1 space-y-0.5 text-xs">
                  {key.scopes.map((scope) => (
                    <li key={scope}>
                      <code>{scope}</code>
                    </li>
                  ))}
                </ul>
              </details>
            ),
          },
          {
            header: 'Created by',
            from: 'md',
            cell: (key) => (
              <div className="min-w-0">
                <div className="break-words">{key.createdBy ?? <span className="text-fg-muted">Deleted account</span>}</div>
                {key.createdByEmail && key.createdBy !== key.createdByEmail ? (
                  <div className="text-xs break-words text-fg-muted">{key.createdByEmail}</div>
                ) : null}
              </div>
            ),
          },
          { header: 'Created', from: 'lg', numeric: true, className: 'whitespace-nowrap', cell: (key) => key.created },
          { header: 'Expires', from: 'md', numeric: true, className: 'whitespace-nowrap', cell: (key) => key.expires },
          {
            header: 'Last used',
            from: 'md',
            numeric: true,
            cell: (key) => (
              <>
                <div className="whitespace-nowrap">{key.lastUsed ?? 'Never used'}</div>
                {key.lastUsedIp ? <div className="text-xs text-fg-muted">from {key.lastUsedIp}</div> : null}
              </>
            ),
          },
          {
            header: 'Status',
            cell: (key) => (
              <span className={`rounded px-1.5 py-0.5 text-xs font-medium whitespace-nowrap ${STATUS[key.status].className}`}>
                {STATUS[key.status].label}
              </span>
            ),
          },
          {
            header: 'Actions',
            hideHeader: true,
            cell: (key) =>
              key.status === 'active' ? (
                <RowActions>
                  <button
                    type="button"
                    className={buttonClass('secondary')}
                    aria-label={`Revoke ${key.name}`}
                    aria-haspopup="dialog"
                    disabled={!hydrated}
                    data-hydrating={hydrated ? undefined : ''}
                    onClick={(event) => revocation.openFor(event, key)}
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
          description="Scripts and services using it are refused from their next request. This cannot be undone."
          action={() => revokeOrgApiKeyAction({ orgId, keyId: revoking.id })}
          onDone={() => {
            toast.success(`API key “${revoking.name}” revoked.`);
            router.refresh();
          }}
        />
      ) : null}
    </>
  );
}
