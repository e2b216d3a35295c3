import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { DataTable } from '@/components/ui/data-table';

type Row = { id: string; name: string; count: number };
const rows: Row[] = [
  { id: 'a', name: 'Alpha', count: 1 },
  { id: 'b', name: 'Beta', count: 22 },
];

function render(showActions: boolean) {
  return renderToStaticMarkup(
    <DataTable
      caption="Things"
      rows={rows}
      rowKey={(row) => row.id}
      columns={[
        { header: 'Name', rowHeader: true, cell: (row) => row.name },
        { header: 'Count', from: 'sm', numeric: true, cell: (row) => row.count },
        showActions && { header: 'Actions', hideHeader: true, cell: (row) => <button type="button">Remove {row.name}</button> },
      ]}
    />,
  );
}

describe('DataTable', () => {
  it('renders a captioned table with a header row and one row per item', () => {
    const html = render(true);
    expect(html).toContain('<caption class="sr-only">Things</caption>');
    expect(html.match(/<tr>/g)).toHaveLength(3);
    expect(html).toContain('<th scope="row">Alpha</th>');
    expect(html).toContain('<th scope="col"><span class="sr-only">Actions</span></th>');
  });

  it('gives a column shown from a breakpoint the same short class on its header and every cell', () => {
    const html = render(true);
    expect(html).toContain('<th scope="col" class="show-sm num">Count</th>');
    expect(html.match(/<td class="show-sm num">/g)).toHaveLength(2);
  });

  it('leaves plain cells without a class attribute: the table styles them (bytes per row)', () => {
    expect(render(true)).toContain('<td><button type="button">Remove Alpha</button></td>');
  });

  it('drops a column the viewer does not get, header and cells together', () => {
    const html = render(false);
    expect(html).not.toContain('Actions');
    expect(html).not.toContain('Remove');
    expect(html.match(/<th scope="col"/g)).toHaveLength(2);
  });
});
