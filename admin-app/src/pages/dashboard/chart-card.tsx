import type { ComponentChildren } from 'preact';
import { downloadCsv } from './csv';
import type { TableModel } from './tables';
import { useText } from '../../i18n';
import { common } from '../../messages';
import { DataTable } from './data-table';

interface ChartCardProps {
  id: string;
  title: string;
  table: TableModel;
  /** The CSV's file name, e.g. sipas-factors-2026-H2.csv. */
  filename: string;
  /** The chart, its placeholder while Chart.js loads, or nothing. */
  children?: ComponentChildren;
  note?: string | undefined;
  tableOpen?: boolean;
}

/** One chart with its figures as a table (behind a disclosure) and a CSV of that table. */
export function ChartCard({ id, title, table, filename, children, note, tableOpen = false }: ChartCardProps) {
  const t = useText(common);
  return (
    <section class="card dashboard-card" aria-labelledby={`${id}-title`} data-testid={`${id}-card`}>
      <div class="dashboard-card-head">
        <h2 id={`${id}-title`}>{title}</h2>
        <button type="button" class="button secondary dashboard-csv" onClick={() => downloadCsv(table, filename)}>
          {t.downloadCsv}
          <span class="visually-hidden"> – {title}</span>
        </button>
      </div>
      {note && <p class="hint dashboard-note">{note}</p>}
      {children}
      <details class="dashboard-details" open={tableOpen}>
        <summary>{t.showTable}</summary>
        <DataTable table={table} />
      </details>
    </section>
  );
}
