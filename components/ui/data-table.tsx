import type { ReactNode } from 'react';
import { cn } from './cn';

/** The breakpoint from which a column shows: narrow screens hide the columns they can do without. */
type Breakpoint = 'sm' | 'md' | 'lg';

/** One column: its header, and how each row fills its cell. */
export type Column<R> = {
  header: string;
  /** Rendered in the header cell instead of `header` (a select-all checkbox): `header` names the column. */
  headerCell?: ReactNode;
  /** The header is read to screen readers only (an actions column). */
  hideHeader?: boolean;
  /** Header and cells show from this breakpoint on. */
  from?: Breakpoint;
  /** Figures: tabular digits, so that a column of them lines up. */
  numeric?: boolean;
  align?: 'right';
  /** The row's header (`<th scope="row">`), not a data cell. */
  rowHeader?: boolean;
  /** Extra classes for this column's cells, when the table's own styles are not enough. */
  className?: string | ((row: R) => string | undefined);
  cell: (row: R, index: number) => ReactNode;
};

// Short classes defined once under .data-table in globals.css, so that a page of rows does not repeat
// utility strings in every cell.
const SHOWN_FROM: Record<Breakpoint, string> = { sm: 'show-sm', md: 'show-md', lg: 'show-lg' };

/** Where a column's header and cells take their classes from: its options, worked out once per table. */
function columnClass<R>(column: Column<R>): string | undefined {
  return cn(column.from && SHOWN_FROM[column.from], column.numeric && 'num', column.align === 'right' && 'end') || undefined;
}

/**
 * A data table: a caption for screen readers, a sticky header, one row per item. Plain elements and no
 * state, so a server page renders it with no client JavaScript, and a client table (rows with controls)
 * renders the same markup. Header, row and cell styles live once in globals.css (`.data-table`), not
 * in every cell: `npm run bench` measured the members page's cost in the bytes its rows render.
 * A column this viewer does not get is `false` in `columns`: its header and its cells go together.
 */
export function DataTable<R>({
  caption,
  columns,
  rows,
  rowKey,
  compact,
  cards,
  topAligned,
  frame = 'border',
  scrollLabel,
  footer,
}: {
  caption: ReactNode;
  columns: Array<Column<R> | false | null | undefined>;
  rows: readonly R[];
  rowKey: (row: R) => string | number;
  /** Shorter rows, for tables of many short values. */
  compact?: boolean;
  /** Below the sm breakpoint each row is a card (globals.css `.data-table.cards`): no sideways scrolling on a phone. */
  cards?: boolean;
  /** Cells align to the top: rows whose cells hold several lines. */
  topAligned?: boolean;
  /** `none` inside something that already draws a frame (a card, a disclosure). */
  frame?: 'border' | 'none';
  /** A table wider than its place scrolls sideways in its own region, reachable by keyboard and named by this. */
  scrollLabel?: string;
  /** A note under the rows, inside the frame ("Showing the first 100"). */
  footer?: ReactNode;
}) {
  const shown = columns.filter((column): column is Column<R> => Boolean(column));
  const classes = shown.map(columnClass);
  const note = footer ? <p className="border-t border-border px-4 py-2 text-xs text-fg-muted">{footer}</p> : null;
  const table = (
    <table className={cn('data-table w-full text-sm', compact && 'compact', cards && 'cards', topAligned && 'top-aligned')}>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {shown.map((column, i) => (
            <th key={i} scope="col" className={classes[i]}>
              {column.headerCell ?? (column.hideHeader ? <span className="sr-only">{column.header}</span> : column.header)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={rowKey(row)}>
            {shown.map((column, i) => {
              const extra = typeof column.className === 'function' ? column.className(row) : column.className;
              const className = extra ? cn(classes[i], extra) : classes[i];
              return column.rowHeader ? (
                <th key={i} scope="row" className={className}>
                  {column.cell(row, index)}
                </th>
              ) : (
                <td key={i} className={className}>
                  {column.cell(row, index)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (scrollLabel) {
    return (
      <div
        tabIndex={0}
        role="region"
        aria-label={scrollLabel}
        className="overflow-x-auto rounded-lg border border-border focus:outline-2 focus:outline-accent"
      >
        {table}
        {note}
      </div>
    );
  }
  return (
    <div className={cn('overflow-x-auto', frame === 'border' && 'rounded-lg border border-border')}>
      {table}
      {note}
    </div>
  );
}

/** The buttons at the end of a row, side by side and aligned to the end. */
export function RowActions({ children }: { children: ReactNode }) {
  return <div className="flex justify-end gap-2">{children}</div>;
}
