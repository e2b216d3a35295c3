import { DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';

/** One logged SCIM request as the table shows it: the time formatted on the server. */
export type ScimRequestView = { id: number; at: string; method: string; path: string; status: number; detail: string | null };

const failed = (row: ScimRequestView) => row.status >= 400;

/** A logged path as a person reads it: the query decoded (`filter=userName eq "ada@…"`), else as logged. */
function readablePath(path: string): string {
  const at = path.indexOf('?');
  if (at < 0) return path;
  try {
    return path.slice(0, at + 1) + decodeURIComponent(path.slice(at + 1).replace(/\+/g, ' '));
  } catch {
    return path;
  }
}

/**
 * The identity provider's last requests, for troubleshooting a connection: what it asked, and what
 * Roster answered. A refused request's status is shown as an error (the number itself says so too,
 * for those who do not see the colour). No client JavaScript: plain rows.
 */
export function ScimRequestsTable({ rows }: { rows: ScimRequestView[] }) {
  if (rows.length === 0) return <EmptyState>No requests yet.</EmptyState>;
  return (
    <DataTable
      caption="Recent SCIM requests, newest first"
      cards
      compact
      topAligned
      rows={rows}
      rowKey={(row) => row.id}
      columns={[
        { header: 'Time', numeric: true, className: 'whitespace-nowrap', cell: (row) => row.at },
        { header: 'Method', cell: (row) => <code className="text-xs">{row.method}</code> },
        { header: 'Path', cell: (row) => <code className="text-xs wrap-anywhere">{readablePath(row.path)}</code> },
        {
          header: 'Status',
          numeric: true,
          cell: (row) => <span className={failed(row) ? 'font-semibold text-danger' : undefined}>{row.status}</span>,
        },
        {
          header: 'Detail',
          // A card's detail takes its own line on a phone, under the request it explains; none, no line.
          className: (row) => (row.detail ? 'max-sm:basis-full' : 'max-sm:hidden'),
          cell: (row) =>
            row.detail ? (
              <span className={failed(row) ? 'break-words text-danger' : 'break-words text-fg-muted'}>{row.detail}</span>
            ) : (
              <span className="text-fg-muted">—</span>
            ),
        },
      ]}
    />
  );
}
