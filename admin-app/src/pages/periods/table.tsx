// The periods as a table: dates, target, status and responses, with the changes each status allows.
import type { Period } from '@sipas/api/types';
import { useLang, useText } from '../../i18n';
import { common } from '../../messages';
import { formatDate } from '../../format';
import { periodsTexts } from './texts';
import { ListTable } from '../../components/list-table';

interface PeriodTableProps {
  periods: Period[];
  busy: boolean;
  onEdit: (period: Period) => void;
  onOpen: (period: Period) => void;
  onClose: (period: Period) => void;
}

export function formatTarget(target: number, lang: string): string {
  return `${target.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en', { maximumFractionDigits: 2 })}%`;
}

export function PeriodTable({ periods, busy, onEdit, onOpen, onClose }: PeriodTableProps) {
  const t = useText(periodsTexts);
  const c = useText(common);
  const { lang } = useLang();
  return (
    <ListTable
      name="period-table"
      caption={t.table.caption}
      columns={[
        { label: t.table.period },
        { label: t.table.dates },
        { label: t.table.target, numeric: true },
        { label: t.table.status },
        { label: t.table.responses, numeric: true },
        { label: t.table.actions },
      ]}
    >
      {periods.map((period) => (
        <tr key={period.code} data-testid={`period-${period.code}`}>
          <th scope="row">
            {period.code}
            <span class="period-half">{t.halves[period.code.endsWith('H1') ? 'H1' : 'H2']}</span>
          </th>
          <td class="period-dates">
            {formatDate(period.startsOn)} – {formatDate(period.endsOn)}
          </td>
          <td class="num">{formatTarget(period.target, lang)}</td>
          <td>
            <span class={`badge period-status-${period.status}`}>{c.periodStatus[period.status]}</span>
          </td>
          <td class="num">{period.responses.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en')}</td>
          <td>
            <div class="period-row-buttons">
              {period.status !== 'closed' && (
                <RowButton label={t.edit} hidden={t.editFor(period.code)} disabled={busy} onClick={() => onEdit(period)} />
              )}
              {period.status === 'draft' && (
                <RowButton label={t.open} hidden={` ${period.code}`} disabled={busy} onClick={() => onOpen(period)} primary />
              )}
              {period.status === 'open' && (
                <RowButton label={t.close} hidden={` ${period.code}`} disabled={busy} onClick={() => onClose(period)} />
              )}
            </div>
          </td>
        </tr>
      ))}
    </ListTable>
  );
}

/** A row's button: its visible words, and for screen readers the period it acts on. */
function RowButton({
  label,
  hidden,
  disabled,
  onClick,
  primary,
}: {
  label: string;
  hidden: string;
  disabled: boolean;
  onClick: () => void;
  primary?: boolean;
}) {
  return (
    <button type="button" class={`button ${primary ? 'primary' : 'secondary'}`} disabled={disabled} onClick={onClick}>
      {label}
      <span class="visually-hidden">{hidden}</span>
    </button>
  );
}
