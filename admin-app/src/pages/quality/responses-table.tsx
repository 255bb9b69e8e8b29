// The responses behind a flag, oldest first: when, how, what they answered and said.
import type { FlagResponses } from '@sipas/api/types';
import { ListTable } from '../../components/list-table';
import { useText } from '../../i18n';
import { qualityTexts } from './texts';
import { formatDateTime } from '../../vietnam-time';

export function ResponsesTable({ caption, rows }: { caption: string; rows: FlagResponses['responses'] }) {
  const t = useText(qualityTexts);
  const columns = [t.col.time, t.col.channel, t.col.answers, t.col.comment, t.col.state].map((label) => ({ label }));
  return (
    <ListTable name="quality-responses" caption={caption} columns={columns}>
      {rows.map((r) => (
        <tr key={r.id} class={r.excluded ? 'excluded' : undefined}>
          <td>{formatDateTime(r.completedAt ?? r.receivedAt, { seconds: true })}</td>
          <td>{r.channel}</td>
          <td class="answers">{r.answers.map((a) => (a === null ? '·' : a === 0 ? '–' : String(a))).join('')}</td>
          <td>{r.comment ?? ''}</td>
          <td>{r.excluded ? t.excludedMark : t.counted}</td>
        </tr>
      ))}
    </ListTable>
  );
}
