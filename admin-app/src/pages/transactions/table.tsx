// The counters of a period with their counts as fields: change any, then save the changed ones.
import type { PeriodCounts } from '@sipas/api/types';
import { useEffect, useState } from 'preact/hooks';
import { formatCount } from '../../format';
import { useLang, useText } from '../../i18n';
import { transactionsTexts } from './texts';
import { describeError } from '../../components/use-action';
import { saveCount } from './api';
import { ListTable } from '../../components/list-table';

const shown = (n: number | null) => (n === null ? '' : String(n));

export function TransactionTable({ counts, onSaved }: { counts: PeriodCounts; onSaved: () => Promise<void> }) {
  const t = useText(transactionsTexts);
  const { lang } = useLang();
  const editable = counts.status !== 'closed';
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  // Fresh counts (another period, a save, an import) replace whatever was typed.
  useEffect(() => setDrafts(Object.fromEntries(counts.servicePoints.map((p) => [p.code, shown(p.transactions)]))), [counts]);
  const [outcome, setOutcome] = useState({ busy: false, errors: [] as string[], notice: '' });
  const changed = counts.servicePoints.filter((p) => (drafts[p.code] ?? '').trim() !== shown(p.transactions));
  const entered = counts.servicePoints.filter((p) => p.transactions !== null);
  const total = entered.reduce((sum, p) => sum + (p.transactions ?? 0), 0);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (changed.length === 0) return setOutcome({ busy: false, errors: [], notice: t.nothingChanged });
    const invalid = changed.filter((p) => !/^\d+$/.test((drafts[p.code] ?? '').trim()));
    if (invalid.length > 0) return setOutcome({ busy: false, errors: invalid.map((p) => t.notWhole(p.code)), notice: '' });
    setOutcome({ busy: true, errors: [], notice: '' });
    const errors: string[] = [];
    let saved = 0;
    // One request per counter: each is its own audited change, and one refusal spares the rest.
    for (const point of changed) {
      try {
        await saveCount(counts.period, point.code, Number(drafts[point.code]));
        saved++;
      } catch (err) {
        errors.push(t.rowFailed(point.code, describeError(err, lang, t.errors)));
      }
    }
    await onSaved().catch(() => {});
    setOutcome({ busy: false, errors, notice: saved > 0 ? t.saved(saved) : '' });
  };

  return (
    <form onSubmit={submit}>
      <ListTable
        name="transaction-table"
        caption={t.table.caption(counts.period)}
        columns={[{ label: t.table.code }, { label: t.table.name }, { label: t.table.unit }, { label: t.table.count, numeric: true }]}
        footer={
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>
                {t.table.total} ({entered.length}/{counts.servicePoints.length})
              </th>
              <td class="num" data-testid="transactions-total">
                {formatCount(total)}
              </td>
            </tr>
          </tfoot>
        }
      >
        {counts.servicePoints.map((point) => (
          <tr key={point.code} data-testid={`count-${point.code}`}>
            <th scope="row">{point.code}</th>
            <td>
              {point.name}
              {!point.active && <span class="muted"> ({t.inactive})</span>}
            </td>
            <td>{point.unit.name}</td>
            <td class="num">
              <label class="visually-hidden" for={`count-${point.code}`}>
                {t.countOf(point.code)}
              </label>
              <input
                id={`count-${point.code}`}
                class="transaction-input"
                type="text"
                inputMode="numeric"
                autoComplete="off"
                placeholder={t.notEntered}
                disabled={!editable}
                value={drafts[point.code] ?? ''}
                onInput={(e) => setDrafts({ ...drafts, [point.code]: e.currentTarget.value })}
              />
            </td>
          </tr>
        ))}
      </ListTable>
      {editable && (
        <button type="submit" class="button primary period-submit" disabled={outcome.busy}>
          {t.save(changed.length)}
        </button>
      )}
      <div role="alert">
        {outcome.errors.length > 0 && (
          <ul class="period-issues error">
            {outcome.errors.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        )}
      </div>
      <p class="period-notice" role="status">
        {outcome.notice}
      </p>
    </form>
  );
}
