// Issuing a kiosk link: the counter and settings, then the link shown this once with a copy button.
import type { IssuedKiosk, UnitTree } from '@sipas/api/types';
import { useState } from 'preact/hooks';
import { ApiError } from '../../api';
import { useLang, useText } from '../../i18n';
import { errorMessage } from '../../messages';
import { kiosksTexts } from './texts';
import { issueKiosk } from './api';

const defaults = { servicePoint: '', name: '', idleSeconds: '30', minIntervalSeconds: '10' };

export function KioskIssueForm({ tree, onIssued }: { tree: UnitTree | undefined; onIssued: () => void }) {
  const t = useText(kiosksTexts);
  const { lang } = useLang();
  const [form, setForm] = useState(defaults);
  const [issued, setIssued] = useState<IssuedKiosk>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const units = (tree?.units ?? []).filter((u) => u.active && u.servicePoints.some((p) => p.active));
  const set = (key: keyof typeof defaults) => (e: Event) => setForm({ ...form, [key]: (e.currentTarget as HTMLInputElement).value });

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError('');
    try {
      const body = {
        servicePoint: form.servicePoint,
        name: form.name,
        idleSeconds: Number(form.idleSeconds),
        minIntervalSeconds: Number(form.minIntervalSeconds),
      };
      setIssued(await issueKiosk(body));
      setForm(defaults);
      onIssued();
    } catch (err) {
      const issues = err instanceof ApiError ? err.issues.map((i) => `${i.path}: ${i.message}`) : [];
      setError([errorMessage(err, lang), ...issues].join(' '));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card kiosk-issue" aria-labelledby="kiosk-issue-title">
      <h2 id="kiosk-issue-title">{t.issue.title}</h2>
      {issued && <KioskIssued issued={issued} onDone={() => setIssued(undefined)} />}
      <form class="kiosk-form" onSubmit={(e) => void submit(e)}>
        <div>
          <label for="kiosk-service-point">{t.issue.servicePoint}</label>
          <select id="kiosk-service-point" required value={form.servicePoint} onChange={set('servicePoint')}>
            <option value="">{t.issue.chooseServicePoint}</option>
            {units.map((u) => (
              <optgroup key={u.id} label={u.name}>
                {u.servicePoints
                  .filter((p) => p.active)
                  .map((p) => (
                    <option key={p.code} value={p.code}>
                      {p.code} – {p.name}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div>
          <label for="kiosk-name">{t.issue.name}</label>
          <input id="kiosk-name" required maxLength={100} value={form.name} onInput={set('name')} aria-describedby="kiosk-name-hint" />
          <p class="hint" id="kiosk-name-hint">
            {t.issue.nameHint}
          </p>
        </div>
        <div>
          <label for="kiosk-idle">{t.issue.idleSeconds}</label>
          <input
            id="kiosk-idle"
            type="number"
            required
            min={3}
            max={600}
            step={1}
            value={form.idleSeconds}
            onInput={set('idleSeconds')}
            aria-describedby="kiosk-idle-hint"
          />
          <p class="hint" id="kiosk-idle-hint">
            {t.issue.idleHint}
          </p>
        </div>
        <div>
          <label for="kiosk-interval">{t.issue.minInterval}</label>
          <input
            id="kiosk-interval"
            type="number"
            required
            min={0}
            max={3600}
            step={1}
            value={form.minIntervalSeconds}
            onInput={set('minIntervalSeconds')}
            aria-describedby="kiosk-interval-hint"
          />
          <p class="hint" id="kiosk-interval-hint">
            {t.issue.minIntervalHint}
          </p>
        </div>
        <div class="kiosk-submit">
          <button type="submit" class="button primary" disabled={busy}>
            {t.issue.submit}
          </button>
        </div>
      </form>
      <p class="error" role="alert">
        {error}
      </p>
    </section>
  );
}

function KioskIssued({ issued, onDone }: { issued: IssuedKiosk; onDone: () => void }) {
  const t = useText(kiosksTexts);
  const [copyState, setCopyState] = useState<'' | 'copied' | 'failed'>('');
  const url = `${location.origin}${issued.path}`;
  // Outside a secure context there is no clipboard API: the chained call turns that into "failed".
  const copy = () =>
    Promise.resolve()
      .then(() => navigator.clipboard.writeText(url))
      .then(
        () => setCopyState('copied'),
        () => setCopyState('failed'),
      );
  return (
    <div class="kiosk-issued" role="status">
      <h3>
        {t.issued.title}: {issued.name} ({issued.servicePoint})
      </h3>
      <p>{t.issued.once}</p>
      <label for="kiosk-url">{t.issued.url}</label>
      <div class="kiosk-url-row">
        <input id="kiosk-url" readOnly value={url} onFocus={(e) => e.currentTarget.select()} data-testid="kiosk-url" />
        <button type="button" class="button primary" onClick={() => void copy()}>
          {t.issued.copy}
        </button>
      </div>
      <p class="hint" aria-live="polite">
        {copyState === 'copied' ? t.issued.copied : copyState === 'failed' ? t.issued.copyFailed : ''}
      </p>
      <button type="button" class="button secondary" onClick={onDone}>
        {t.issued.done}
      </button>
    </div>
  );
}
