// "Thông tin báo cáo": what the report's header and signature block print, set by a province administrator.
import type { ProvinceSettings } from '@sipas/api/types';
import { useEffect, useState } from 'preact/hooks';
import { Field } from '../../components/field';
import { PageTitle } from '../../components/page-title';
import { useLang, useText } from '../../i18n';
import { common, errorMessage } from '../../messages';
import { fieldIssues } from '../users/api';
import { fetchSettings, saveSettings } from './api';
import { settingsTexts } from './texts';

type LineField = Exclude<keyof ProvinceSettings, 'recipients'>;
type Form = Record<LineField, string> & { recipients: string };

const headerFields: LineField[] = ['parentBody', 'issuingBody', 'symbol', 'place'];
const signerFields: LineField[] = ['signerAuthority', 'signerPosition', 'signerName'];
const maxLength: Record<LineField, number> = {
  parentBody: 120,
  issuingBody: 120,
  symbol: 30,
  place: 60,
  signerAuthority: 80,
  signerPosition: 80,
  signerName: 80,
};

const toForm = (s: ProvinceSettings): Form => ({
  parentBody: s.parentBody ?? '',
  issuingBody: s.issuingBody ?? '',
  symbol: s.symbol ?? '',
  place: s.place ?? '',
  signerAuthority: s.signerAuthority ?? '',
  signerPosition: s.signerPosition ?? '',
  signerName: s.signerName ?? '',
  recipients: s.recipients.join('\n'),
});

export function Settings() {
  const t = useText(settingsTexts);
  const c = useText(common);
  const { lang } = useLang();
  const [form, setForm] = useState<Form | null>(null);
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<{ kind: 'idle' | 'saved' } | { kind: 'error'; message: string }>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    fetchSettings().then(
      (s) => setForm(toForm(s)),
      (err: unknown) => setStatus({ kind: 'error', message: `${t.loadFailed} ${errorMessage(err, lang)}` }),
    );
  }, []);

  const set = (field: keyof Form) => (value: string) => setForm((f) => (f ? { ...f, [field]: value } : f));

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (!form) return;
    setBusy(true);
    setStatus({ kind: 'idle' });
    const line = (v: string) => (v.trim() === '' ? null : v);
    try {
      const saved = await saveSettings({
        parentBody: line(form.parentBody),
        issuingBody: line(form.issuingBody),
        symbol: line(form.symbol.trim()),
        place: line(form.place),
        signerAuthority: line(form.signerAuthority),
        signerPosition: line(form.signerPosition),
        signerName: line(form.signerName),
        recipients: form.recipients
          .split('\n')
          .map((r) => r.trim())
          .filter((r) => r !== ''),
      });
      setForm(toForm(saved));
      setIssues({});
      setStatus({ kind: 'saved' });
    } catch (err) {
      const found = fieldIssues(err);
      setIssues(found);
      setStatus({ kind: 'error', message: Object.keys(found).length ? t.invalid : errorMessage(err, lang) });
    } finally {
      setBusy(false);
    }
  };

  const field = (name: LineField) => (
    <Field
      key={name}
      id={`settings-${name}`}
      label={t.fields[name]}
      hint={t.hints[name] || undefined}
      error={issues[name]}
      maxLength={maxLength[name]}
      value={form?.[name] ?? ''}
      onInput={set(name)}
    />
  );
  const recipientsIssue = Object.entries(issues).find(([path]) => path.startsWith('recipients'))?.[1];

  return (
    <main class="page settings-page">
      <PageTitle title={t.title} intro={t.intro} />
      <p class={status.kind === 'error' ? 'error' : 'period-notice'} role="status" data-testid="settings-status">
        {status.kind === 'saved' ? t.saved : status.kind === 'error' ? status.message : ''}
      </p>
      {form && (
        <form class="card settings-form" onSubmit={submit} noValidate>
          <h2>{t.header}</h2>
          {headerFields.map(field)}
          <h2>{t.signature}</h2>
          {signerFields.map(field)}
          <div class="users-field">
            <label for="settings-recipients">{t.fields.recipients}</label>
            <p class="hint" id="settings-recipients-hint">
              {t.hints.recipients}
            </p>
            <textarea
              id="settings-recipients"
              rows={6}
              value={form.recipients}
              aria-describedby={recipientsIssue ? 'settings-recipients-hint settings-recipients-error' : 'settings-recipients-hint'}
              aria-invalid={recipientsIssue ? true : undefined}
              onInput={(e) => set('recipients')(e.currentTarget.value)}
            />
            {recipientsIssue && (
              <p class="error users-field-error" id="settings-recipients-error">
                {recipientsIssue}
              </p>
            )}
          </div>
          <button type="submit" class="button primary" disabled={busy}>
            {c.save}
          </button>
        </form>
      )}
    </main>
  );
}
