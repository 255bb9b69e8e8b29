import type { TableModel } from './tables';
import { VerdictBadge } from './verdict-badge';

/** A table model as an HTML table: a caption, column headers, and each row's first cell as its header. */
export function DataTable({ table, captionHidden = false }: { table: TableModel; captionHidden?: boolean }) {
  return (
    // A wide table scrolls sideways on a tablet; keyboard users need to reach it to scroll it.
    <div class="table-scroll" role="region" aria-label={table.caption} tabIndex={0}>
      <table class="figures dashboard-table">
        <caption class={captionHidden ? 'visually-hidden' : 'dashboard-caption'}>{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.label} scope="col" class={c.numeric ? 'num' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key} data-key={row.key} class={row.tone ? `dashboard-row-${row.tone}` : undefined}>
              {row.cells.map((cell, i) => {
                const column = table.columns[i];
                const content = column?.verdict && row.verdict ? <VerdictBadge verdict={row.verdict} text={cell} /> : cell;
                return i === 0 ? (
                  <th key={i} scope="row" class={column?.numeric ? 'num' : undefined}>
                    {content}
                  </th>
                ) : (
                  <td key={i} class={column?.numeric ? 'num' : undefined}>
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
