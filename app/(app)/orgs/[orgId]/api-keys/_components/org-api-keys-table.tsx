'use client';

import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import { useHydrated } from '@/components/ui/button';
import { lastUsedLine, lifeColumns, revokeColumn, scopeCount, scopesColumn, type TokenRowView } from '@/components/tokens/token-columns';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { DataTable } from '@/components/ui/data-table';
import { useRowDialog } from '@/components/ui/use-row-dialog';
import { revokeOrgApiKeyAction } from '../actions';

/** One API key as the table shows it: plain strings, dates formatted and the role labelled on the server. */
export type OrgApiKeyView = TokenRowView & {
  hint: string;
  roleLabel: string;
  /** Who made it (their name, else email); null once their account is deleted. */
  createdBy: string | null;
  createdByEmail: string | null;
};

const creator = (key: OrgApiKeyView) => key.createdBy ?? 'a deleted account';
/** Narrow screens' one line for the columns they hide. */
const summaryLine = (key: OrgApiKeyView) =>
  [scopeCount(key.scopes.length), `expires ${key.expires}`, `created ${key.created} by ${creator(key)}`, lastUsedLine(key)].join(' · ');

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
          scopesColumn<OrgApiKeyView>(),
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
          ...lifeColumns<OrgApiKeyView>('md'),
          revokeColumn<OrgApiKeyView>(hydrated, revocation.openFor),
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
