// A table as a CSV file that Excel opens with Vietnamese intact: UTF-8 with a byte-order mark.
import { stringify } from 'csv-stringify/browser/esm/sync';
import { spreadsheetCell } from '@sipas/api/shared/cell-text';
import type { TableModel } from './tables';

export const bom = '\uFEFF';

/** The header row, then one line per row, with exactly the cells the table shows; none runs as a formula. */
export function tableCsv(table: TableModel): string {
  const lines = [table.columns.map((c) => c.label), ...table.rows.map((r) => r.cells)];
  return (
    bom +
    stringify(
      lines.map((line) => line.map(spreadsheetCell)),
      { record_delimiter: '\r\n' },
    )
  );
}

/** Hands the CSV to the browser as a download named `filename`. */
export function downloadCsv(table: TableModel, filename: string): void {
  const url = URL.createObjectURL(new Blob([tableCsv(table)], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by the next task; the URL is no longer needed after it.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
