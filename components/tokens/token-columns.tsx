'use client';

import type { MouseEvent } from 'react';
import { buttonClass } from '@/components/ui/button-class';
import { RowActions, type Column } from '@/components/ui/data-table';

/** What every list of tokens or keys shows about one: plain strings, dates formatted on the server. */
export type TokenRowView = {
  id: string;
  name: string;
  scopes: string[];
  created: string;
  expires: string;
  /** When it was last used (null: never), and from which address. */
  lastUsed: string | null;
  lastUsedIp: string | null;
  status: 'active' | 'expired' | 'revoked';
};

const STATUS: Record<TokenRowView['status'], { label: string; className: string }> = {
  active: { label: 'Active', className: 'bg-success/10 text-success' },
  expired: { label: 'Expired', className: 'bg-bg-subtle text-fg-muted' },
  revoked: { label: 'Revoked', className: 'bg-danger/10 text-danger' },
};

export const scopeCount = (n: number) => `${n} ${n === 1 ? 'scope' : 'scopes'}`;

/** The phone's words for the Last used column. */
export const lastUsedLine = (row: TokenRowView) =>
  row.lastUsed ? `last used ${row.lastUsed}${row.lastUsedIp ? ` from ${row.lastUsedIp}` : ''}` : 'never used';

/** Scopes, folded to a count that opens to the list. */
export function scopesColumn<R extends TokenRowView>(): Column<R> {
  return {
    header: 'Scopes',
    from: 'md',
    cell: (row) => (
      <details title={row.scopes.join(', ')}>
        <summary className="cursor-pointer whitespace-nowrap">{scopeCount(row.scopes.length)}</summary>
        <ul className="mt-1 space-y-0.5 text-xs">
          {row.scopes.map((scope) => (
            <li key={scope}>
              <code>{scope}</code>
            </li>
          ))}
        </ul>
      </details>
    ),
  };
}

/** Created, Expires (shown from `expiresFrom`), Last used and Status. */
export function lifeColumns<R extends TokenRowView>(expiresFrom: 'sm' | 'md'): Column<R>[] {
  return [
    { header: 'Created', from: 'lg', numeric: true, className: 'whitespace-nowrap', cell: (row) => row.created },
    { header: 'Expires', from: expiresFrom, numeric: true, className: 'whitespace-nowrap', cell: (row) => row.expires },
    {
      header: 'Last used',
      from: 'md',
      numeric: true,
      cell: (row) => (
        <>
          <div className="whitespace-nowrap">{row.lastUsed ?? 'Never used'}</div>
          {row.lastUsedIp ? <div className="text-xs text-fg-muted">from {row.lastUsedIp}</div> : null}
        </>
      ),
    },
    {
      header: 'Status',
      cell: (row) => (
        <span className={`rounded px-1.5 py-0.5 text-xs font-medium whitespace-nowrap ${STATUS[row.status].className}`}>
          {STATUS[row.status].label}
        </span>
      ),
    },
  ];
}

/** `Revoke <name>` on each active row, opening the table's one confirm dialog. */
export function revokeColumn<R extends TokenRowView>(hydrated: boolean, open: (event: MouseEvent<HTMLElement>, row: R) => void): Column<R> {
  return {
    header: 'Actions',
    hideHeader: true,
    cell: (row) =>
      row.status === 'active' ? (
        <RowActions>
          <button
            type="button"
            className={buttonClass('secondary')}
            aria-label={`Revoke ${row.name}`}
            aria-haspopup="dialog"
            disabled={!hydrated}
            data-hydrating={hydrated ? undefined : ''}
            onClick={(event) => open(event, row)}
          >
            Revoke
          </button>
        </RowActions>
      ) : null,
  };
}
