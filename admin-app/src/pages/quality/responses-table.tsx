// The responses behind a flag, oldest first: when, how, what they answered and said.
import type { FlagResponses } from '@sipas/api/types';
import { ListTable } from '../../components/list-table';
import { useLang, useText } from '../../i18n';
import { qualityTexts } from './texts';

const vnTime = (iso: string, lang: string) =>
  new Date(iso).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    dateStyle: 'short',
    timeStyle: 'medium',
  });

export function ResponsesTable({ caption, rows }: { caption: string; rows: FlagResponses['responses'] }) {
  const t = useText(qualityTexts);
  const { lang } = useLang();
  const columns = [t.col.time, t.col.channel, t.col.answers, t.col.comment, t.col.state].map((label) => ({ label }));
  return (
    <ListTable name="quality-responses" caption={caption} columns={columns}>
      {rows.map((r) => (
        <tr key={r.id} class={r.excluded ? 'excluded' : undefined}>
          <td>{vnTime(r.completedAt ?? r.receivedAt, lang)}</td>
          <td>{r.channel}</td>
          <td class="answers">{r.answers.map((a) => (a === null ? '·' : a === 0 ? '–' : String(a))).join('')}</td>
          <td>{r.comment ?? ''}</td>
          <td>{r.excluded ? t.excludedMark : t.counted}</td>
        </tr>
      ))}
    </ListTable>
  );
}
