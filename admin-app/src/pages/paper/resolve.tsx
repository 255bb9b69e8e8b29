// A supervisor settles a disputed sheet, chosen from the period's list or by its code: both
// entries side by side (resolve-table.tsx), the values to keep prefilled with the first entry and
// editable, saved as the sheet's resolution.
import { useState } from 'preact/hooks';
import { ApiError } from '../../api';
import { useLoad, valueOf } from '../../components/use-load';
import { useLang, useText } from '../../i18n';
import { errorMessage } from '../../messages';
import { fetchDisputed, fetchSheet, resolveSheet, type SheetContent, type SheetInfo } from './api';
import { DisputedList } from './disputed-list';
import { ResolveTable } from './resolve-table';
import { paperTexts } from './texts';

interface ResolveProps {
  /** The period the page shows, whose disputed sheets are listed; undefined until it is known. */
  period: string | undefined;
  /** After a resolution: the page's counts change too (a failure to show them is reported here). */
  onResolved: () => Promise<void>;
}

export function ResolveSheet({ period, onResolved }: ResolveProps) {
  const t = useText(paperTexts);
  const { lang } = useLang();
  const [code, setCode] = useState('');
  const [sheet, setSheet] = useState<SheetInfo>();
  const [chosen, setChosen] = useState<SheetContent>();
  const [message, setMessage] = useState<{ text: string; kind: 'ok' | 'error' }>();
  const disputed = useLoad(period ? () => fetchDisputed(period) : null, '', period);
  const sheets = valueOf(disputed.load);
  const fail = (err: unknown) => {
    const issues =
      err instanceof ApiError && err.issues.length > 0 ? ` ${err.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}` : '';
    setMessage({ text: `${errorMessage(err, lang)}${issues}`, kind: 'error' });
  };

  const open = async (typed: string) => {
    setMessage(undefined);
    setSheet(undefined);
    try {
      const found = await fetchSheet(typed.trim());
      if (!found.first || !found.second) {
        setMessage({ text: t.notDisputed(found.sheet, t.status[found.status]), kind: 'error' });
        return;
      }
      setSheet(found);
      setChosen(found.first);
    } catch (err) {
      fail(err);
    }
  };

  const save = async (event: Event) => {
    event.preventDefault();
    if (!sheet || !chosen) return;
    try {
      await resolveSheet(sheet.sheet, chosen);
      setSheet(undefined);
      setMessage({ text: t.resolved(sheet.sheet), kind: 'ok' });
      await Promise.all([onResolved(), disputed.reload()]);
    } catch (err) {
      fail(err);
    }
  };

  return (
    <section class="card">
      <h2>{t.resolveTitle}</h2>
      <p class="muted">{t.resolveIntro}</p>
      {disputed.load.kind === 'failed' && (
        <p class="error" role="alert">
          {disputed.load.message}
        </p>
      )}
      {period && sheets && (
        <DisputedList
          period={period}
          sheets={sheets}
          onChoose={(picked) => {
            setCode(picked);
            void open(picked);
          }}
        />
      )}
      <form
        class="paper-code"
        onSubmit={(e) => {
          e.preventDefault();
          void open(code);
        }}
      >
        <label for="resolve-code">{t.code}</label>
        <input id="resolve-code" value={code} maxLength={40} autocomplete="off" onInput={(e) => setCode(e.currentTarget.value)} required />
        <button type="submit" class="button secondary">
          {t.open}
        </button>
      </form>
      <p class={message?.kind === 'error' ? 'error' : 'muted'} role="status" aria-live="polite">
        {message?.text ?? ''}
      </p>
      {sheet && chosen && sheet.first && sheet.second && (
        <form onSubmit={save}>
          <p>
            <strong>{sheet.sheet}</strong> · {t.counter}: {sheet.servicePoint.name} · {t.period}: {sheet.period.code} ·{' '}
            {t.differsIn(sheet.differences?.map((d) => d.path).join(', ') ?? '')}
          </p>
          <ResolveTable sheet={sheet} first={sheet.first} second={sheet.second} chosen={chosen} onChange={setChosen} />
          <p>
            <button type="submit" class="button primary">
              {t.resolve}
            </button>
          </p>
        </form>
      )}
    </section>
  );
}
