// A supervisor settles a disputed sheet, chosen from the period's list or by its code: both
// entries side by side, the differing rows marked, the values to keep prefilled with the first
// entry and editable, saved as the sheet's resolution.
import { useState } from 'preact/hooks';
import { ApiError } from '../../api';
import { useLoad, valueOf } from '../../components/use-load';
import { useLang, useText } from '../../i18n';
import { errorMessage } from '../../messages';
import { fetchDisputed, fetchSheet, resolveSheet, type SheetContent, type SheetInfo } from './api';
import { DisputedList } from './disputed-list';
import { paperTexts } from './texts';

type Answer = number | 'na';
const shown = (v: unknown) => (v === undefined ? '—' : String(v));
const parsed = (v: string): Answer => (v.trim() === 'na' ? 'na' : Number(v));

function withField(content: SheetContent, field: string): SheetContent {
  const { field: _, ...rest } = content;
  return field ? { ...rest, field } : rest;
}

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

  const differs = new Set(sheet?.differences?.map((d) => d.path) ?? []);
  const items = sheet ? sheet.form.factors.flatMap((f) => f.items) : [];
  const row = (path: string, label: string, a: unknown, b: unknown, input: preact.ComponentChildren) => (
    <tr key={path} class={differs.has(path) ? 'paper-differs' : ''}>
      <th scope="row">{label}</th>
      <td>{shown(a)}</td>
      <td>{shown(b)}</td>
      <td>{input}</td>
    </tr>
  );
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
          <div class="table-scroll">
            <table class="paper-resolve">
              <thead>
                <tr>
                  <th scope="col">{t.item}</th>
                  <th scope="col">{t.firstEntry(sheet.entries[0]?.username ?? '')}</th>
                  <th scope="col">{t.secondEntry(sheet.entries[1]?.username ?? '')}</th>
                  <th scope="col">{t.rightValue}</th>
                </tr>
              </thead>
              <tbody>
                {row(
                  'respondentType',
                  t.type,
                  t.types[sheet.first.respondentType],
                  t.types[sheet.second.respondentType],
                  <select
                    aria-label={t.type}
                    value={chosen.respondentType}
                    onChange={(e) => setChosen({ ...chosen, respondentType: e.currentTarget.value as SheetContent['respondentType'] })}
                  >
                    <option value="citizen">{t.types.citizen}</option>
                    <option value="organization">{t.types.organization}</option>
                  </select>,
                )}
                {items.map((item) =>
                  row(
                    `answers.${item.code}`,
                    item.code,
                    sheet.first!.answers[item.code],
                    sheet.second!.answers[item.code],
                    <select
                      aria-label={item.code}
                      value={String(chosen.answers[item.code] ?? '')}
                      onChange={(e) => setChosen({ ...chosen, answers: { ...chosen.answers, [item.code]: parsed(e.currentTarget.value) } })}
                    >
                      {[1, 2, 3, 4, 5].map((n) => (
                        <option key={n} value={String(n)}>
                          {n}
                        </option>
                      ))}
                      {item.allowNa && <option value="na">na</option>}
                    </select>,
                  ),
                )}
                {row(
                  'field',
                  t.field,
                  sheet.first.field,
                  sheet.second.field,
                  <select
                    aria-label={t.field}
                    value={chosen.field ?? ''}
                    onChange={(e) => setChosen(withField(chosen, e.currentTarget.value))}
                  >
                    <option value="">{t.noField}</option>
                    {sheet.form.fields.map((f) => (
                      <option key={f.code} value={f.code}>
                        {f.label}
                      </option>
                    ))}
                  </select>,
                )}
                {row(
                  'comment',
                  t.comment,
                  sheet.first.comment,
                  sheet.second.comment,
                  <input
                    aria-label={t.comment}
                    value={chosen.comment ?? ''}
                    maxLength={2000}
                    onInput={(e) => setChosen({ ...chosen, comment: e.currentTarget.value })}
                  />,
                )}
              </tbody>
            </table>
          </div>
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
