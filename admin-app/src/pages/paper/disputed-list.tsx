// The disputed sheets a supervisor may settle, the latest dispute first: choosing one opens it as
// typing its code does.
import { ListTable } from '../../components/list-table';
import { useText } from '../../i18n';
import { periodNames } from '../../period-choices';
import { formatDateTime } from '../../vietnam-time';
import type { DisputedSheet } from './api';
import { paperTexts } from './texts';

interface DisputedListProps {
  period: string;
  sheets: DisputedSheet[];
  onChoose: (code: string) => void;
}

export function DisputedList({ period, sheets, onChoose }: DisputedListProps) {
  const t = useText(paperTexts);
  const periodName = useText(periodNames);
  const caption = t.disputedList(periodName(period));
  return (
    <>
      <h3>{caption}</h3>
      {sheets.length === 0 ? (
        <p class="muted">{t.noDisputed}</p>
      ) : (
        <ListTable
          name="paper-disputed"
          caption={caption}
          columns={[{ label: t.code }, { label: t.counter }, { label: t.period }, { label: t.disputedAt }]}
        >
          {sheets.map((s) => (
            <tr key={s.sheet}>
              <th scope="row">
                <button type="button" class="button secondary" aria-label={t.openSheet(s.sheet)} onClick={() => onChoose(s.sheet)}>
                  {s.sheet}
                </button>
              </th>
              <td>
                {s.servicePoint.name} ({s.servicePoint.code})
              </td>
              <td>{periodName(s.period)}</td>
              <td>{formatDateTime(s.disputedAt)}</td>
            </tr>
          ))}
        </ListTable>
      )}
    </>
  );
}
