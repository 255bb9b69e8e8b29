// A page's list as a table (periods, questionnaires, kiosks, users, counters, transactions): it
// scrolls sideways on a narrow screen and has a caption for screen readers and one header row.
import type { ComponentChildren } from 'preact';

export interface ListColumn {
  label: string;
  numeric?: boolean;
}

interface ListTableProps {
  /** The table's own class, beside the shared "figures". */
  name: string;
  caption: string;
  columns: ListColumn[];
  children: ComponentChildren;
  footer?: ComponentChildren;
}

export function ListTable({ name, caption, columns, children, footer }: ListTableProps) {
  return (
    <div class="table-scroll">
      <table class={`figures ${name}`}>
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.label} scope="col" class={column.numeric ? 'num' : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
        {footer}
      </table>
    </div>
  );
}
