// One flagged counter: its flags, each with the responses behind it and, for a province
// administrator while the period is open, the decision to exclude them with a reason.
import type { FlagResponses, QualityCounter } from '@sipas/api/types';
import { useState } from 'preact/hooks';
import { type Action, describeError } from '../../components/use-action';
import { formatCount } from '../../format';
import { useLang, useText } from '../../i18n';
import { excludeFlag, fetchFlagResponses } from './api';
import { ResponsesTable } from './responses-table';
import { qualityTexts } from './texts';

interface Props {
  period: string;
  counter: QualityCounter;
  decides: boolean;
  action: Action;
}

export function FlagCard({ period, counter, decides, action }: Props) {
  const t = useText(qualityTexts);
  const { lang } = useLang();
  const [open, setOpen] = useState<{ kind: string; rows?: FlagResponses; error?: string } | null>(null);
  const [reason, setReason] = useState('');

  const toggle = async (kind: string) => {
    if (open?.kind === kind) return setOpen(null);
    setOpen({ kind });
    try {
      setOpen({ kind, rows: await fetchFlagResponses(period, counter.servicePoint, kind) });
    } catch (err) {
      setOpen({ kind, error: describeError(err, lang, t.errors) });
    }
  };
  const exclude = async (event: Event) => {
    event.preventDefault();
    if (!open || !reason.trim()) return action.fail(t.needReason);
    const count = open.rows?.responses.filter((r) => !r.excluded).length ?? 0;
    const flag = open.kind as Parameters<typeof excludeFlag>[0]['flag'];
    if (await action.run(() => excludeFlag({ period, servicePoint: counter.servicePoint, flag, reason }), t.excluded(count))) {
      setReason('');
      setOpen(null);
    }
  };

  return (
    <section class="card quality-counter" aria-labelledby={`q-${counter.servicePoint}`}>
      <h3 id={`q-${counter.servicePoint}`}>
        {counter.servicePoint} · {counter.name}
      </h3>
      <p class="muted">
        {counter.unit.name} · {t.table.responses}: {formatCount(counter.responses, lang)}
      </p>
      <ul class="quality-flags">
        {counter.flags.map((f) => (
          <li key={f.kind}>
            <span class="flag-mark" aria-hidden="true">
              ⚑
            </span>{' '}
            <strong>{t.kind[f.kind]}</strong>: {t.flagCount(f.responses, f.share)} — {t.detail(f.kind, f.detail)}{' '}
            <button type="button" class="button link" aria-expanded={open?.kind === f.kind} onClick={() => void toggle(f.kind)}>
              {open?.kind === f.kind ? t.hide : t.show}
            </button>
          </li>
        ))}
      </ul>
      {open?.error && (
        <p class="error" role="alert">
          {open.error}
        </p>
      )}
      {open?.rows && (
        <>
          <ResponsesTable caption={t.responsesTitle(counter.servicePoint, t.kind[open.kind] ?? open.kind)} rows={open.rows.responses} />
          {decides && open.rows.responses.some((r) => !r.excluded) && (
            <form class="exclude-form" onSubmit={(e) => void exclude(e)}>
              <label for={`reason-${counter.servicePoint}`}>{t.reason}</label>
              <textarea
                id={`reason-${counter.servicePoint}`}
                maxLength={1000}
                rows={2}
                value={reason}
                onInput={(e) => setReason(e.currentTarget.value)}
              />
              <button type="submit" class="button primary" disabled={action.busy}>
                {t.exclude(open.rows.responses.filter((r) => !r.excluded).length)}
              </button>
            </form>
          )}
        </>
      )}
    </section>
  );
}
