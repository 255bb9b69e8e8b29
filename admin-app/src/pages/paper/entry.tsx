// "Nhập phiếu giấy": a sheet keyed with the keyboard only. The scanner types the code and Enter;
// the person types the respondent type and a digit per statement, then Enter saves and the page
// is ready for the next code.
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../../api';
import { PageTitle } from '../../components/page-title';
import { useLang, useText } from '../../i18n';
import { errorMessage } from '../../messages';
import { fetchSheet, keySheet, type SheetInfo } from './api';
import { type Extras, extrasBody, noExtras } from './extras';
import { ExtrasFields } from './extras-fields';
import { firstMissing, type Keying, naKey, press, startKeying } from './keys';
import { paperTexts } from './texts';
import { periodNames } from '../../period-choices';

export function PaperEntry() {
  const t = useText(paperTexts);
  const periodName = useText(periodNames);
  const { lang } = useLang();
  const [code, setCode] = useState('');
  const [sheet, setSheet] = useState<SheetInfo>();
  const [keying, setKeying] = useState<Keying>(startKeying(0));
  const [extras, setExtras] = useState<Extras>(noExtras);
  const [message, setMessage] = useState<{ text: string; kind: 'ok' | 'error' }>();
  const [busy, setBusy] = useState(false);
  const codeInput = useRef<HTMLInputElement>(null);
  const keypad = useRef<HTMLDivElement>(null);
  const items = sheet ? sheet.form.factors.flatMap((f) => f.items) : [];

  useEffect(() => codeInput.current?.focus(), []);
  useEffect(() => (sheet ? keypad.current?.focus() : codeInput.current?.focus()), [sheet]);

  const fail = (err: unknown) => {
    const issues =
      err instanceof ApiError && err.issues.length > 0 ? ` ${err.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}` : '';
    setMessage({ text: `${errorMessage(err, lang)}${issues}`, kind: 'error' });
  };

  const open = async (event?: Event) => {
    event?.preventDefault();
    if (!code.trim() || busy) return;
    setBusy(true);
    try {
      const found = await fetchSheet(code.trim());
      setSheet(found);
      setKeying(startKeying(found.form.factors.flatMap((f) => f.items).length));
      setExtras(noExtras);
      setMessage(found.enteredByYou ? { text: t.alreadyYou, kind: 'error' } : undefined);
    } catch (err) {
      fail(err);
      codeInput.current?.select();
    } finally {
      setBusy(false);
    }
  };

  const next = (text: string) => {
    setSheet(undefined);
    setCode('');
    setMessage({ text, kind: 'ok' });
  };

  const save = async () => {
    if (!sheet || busy) return;
    const missing = firstMissing(keying);
    if (missing !== undefined) {
      setKeying({ ...keying, step: missing });
      setMessage({ text: t.missing(missing === -1 ? t.type : items[missing]!.code), kind: 'error' });
      keypad.current?.focus();
      return;
    }
    setBusy(true);
    const answers = Object.fromEntries(items.map((item, i) => [item.code, keying.answers[i]!]));
    try {
      const respondentType = keying.respondentType!;
      const keyed = await keySheet({ sheet: sheet.sheet, respondentType, answers, ...extrasBody(extras, sheet.form, respondentType) });
      next(keyed.status === 'verified' ? t.verified(keyed.sheet) : t.saved(keyed.sheet, keyed.response.reference));
    } catch (err) {
      if (err instanceof ApiError && err.code === 'entry_mismatch') {
        next(t.mismatch(sheet.sheet, err.issues.map((i) => i.path).join(', ')));
        setMessage({ text: t.mismatch(sheet.sheet, err.issues.map((i) => i.path).join(', ')), kind: 'error' });
      } else fail(err);
    } finally {
      setBusy(false);
    }
  };

  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void save();
      return;
    }
    if (event.target !== keypad.current || event.ctrlKey || event.altKey || event.metaKey) return;
    const pressed = press(keying, event.key, items);
    if (!pressed) return;
    event.preventDefault();
    setKeying(pressed.keying);
    const p = pressed.problem;
    setMessage(
      p ? { text: p.kind === 'type' ? t.keyTypeFirst : p.kind === 'na' ? t.noNa(p.code!) : t.offScale(p.code!), kind: 'error' } : undefined,
    );
  };

  const current = keying.step >= 0 ? items[keying.step] : undefined;
  return (
    <main class="page paper-entry">
      <PageTitle title={t.entryTitle} intro={t.entryIntro} />
      <form class="card paper-code" onSubmit={open}>
        <label for="sheet-code">{t.code}</label>
        <input
          id="sheet-code"
          ref={codeInput}
          value={code}
          maxLength={40}
          autocomplete="off"
          spellcheck={false}
          onInput={(e) => setCode(e.currentTarget.value)}
          disabled={busy && !sheet}
        />
        <button type="submit" class="button secondary">
          {t.open}
        </button>
      </form>
      <p class={message?.kind === 'error' ? 'error' : 'muted'} role="status" aria-live="polite">
        {message?.text ?? ''}
      </p>
      {sheet && (
        <section class="card" onKeyDown={onKey}>
          <p>
            <strong>{sheet.sheet}</strong> · {t.counter}: {sheet.servicePoint.name} · {t.period}: {periodName(sheet.period.code)} ·{' '}
            {t.status[sheet.status]}
          </p>
          <div ref={keypad} tabIndex={0} class="paper-keypad" aria-label={t.keypad} aria-describedby="paper-current">
            <p id="paper-current" class="paper-current">
              {keying.step === -1
                ? `${t.type}: ${t.types.citizen} / ${t.types.organization}`
                : current
                  ? `${current.code}. ${current.text}`
                  : t.save}
            </p>
            <ol class="paper-answers">
              <li class={keying.step === -1 ? 'current' : ''}>
                <span>{t.type}</span> <b>{keying.respondentType ? t.types[keying.respondentType] : '·'}</b>
              </li>
              {items.map((item, i) => (
                <li key={item.code} class={i === keying.step ? 'current' : ''} title={item.text}>
                  <span>{item.code}</span> <b>{keying.answers[i] === 'na' ? naKey : (keying.answers[i] ?? '·')}</b>
                </li>
              ))}
            </ol>
          </div>
          <ExtrasFields form={sheet.form} respondentType={keying.respondentType} extras={extras} onChange={setExtras} />
          <p>
            <button type="button" class="button primary" disabled={busy} onClick={() => void save()}>
              {t.save}
            </button>
          </p>
        </section>
      )}
    </main>
  );
}
