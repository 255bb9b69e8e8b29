// "Đổi mật khẩu": any signed-in user changes their own password.
import { useState } from 'preact/hooks';
import { changeOwnPassword, fieldIssues } from '../users/api';
import { Field } from '../../components/field';
import { useLang, useText } from '../../i18n';
import { errorMessage } from '../../messages';
import { useSession } from '../../session';
import { accountTexts, serverMessage } from './texts';
import { PageTitle } from '../../components/page-title';

const empty = { currentPassword: '', newPassword: '', confirm: '' };

export function Account() {
  const t = useText(accountTexts);
  const { lang } = useLang();
  const { user } = useSession();
  const [form, setForm] = useState(empty);
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [error, setError] = useState('');
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  const set = (field: keyof typeof empty) => (value: string) => setForm((f) => ({ ...f, [field]: value }));

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setDone(false);
    setError('');
    // Checked here only: the API never sees the repeated password.
    if (form.newPassword !== form.confirm) {
      setIssues({ confirm: t.mismatch });
      return;
    }
    setBusy(true);
    try {
      await changeOwnPassword(form.currentPassword, form.newPassword);
      setForm(empty);
      setIssues({});
      setDone(true);
    } catch (err) {
      const found = fieldIssues(err);
      setIssues(found);
      if (Object.keys(found).length === 0) setError(errorMessage(err, lang));
    } finally {
      setBusy(false);
    }
  };

  const issue = (field: string) => serverMessage(issues[field], lang);

  return (
    <main class="page account-page">
      <PageTitle title={t.title} intro={t.intro(user.username)} />
      <section class="card account-card" aria-labelledby="account-form-title">
        <h2 id="account-form-title">{t.formTitle}</h2>
        <form onSubmit={submit} noValidate>
          {/* Lets a password manager file the new password under the right account. */}
          <input type="text" name="username" autocomplete="username" value={user.username} readOnly hidden />
          <Field
            id="currentPassword"
            label={t.current}
            type="password"
            autocomplete="current-password"
            required
            maxLength={200}
            value={form.currentPassword}
            onInput={set('currentPassword')}
            error={issue('currentPassword')}
          />
          <Field
            id="newPassword"
            label={t.next}
            type="password"
            autocomplete="new-password"
            required
            maxLength={200}
            hint={t.nextHint}
            value={form.newPassword}
            onInput={set('newPassword')}
            error={issue('newPassword')}
          />
          <Field
            id="confirm"
            label={t.confirm}
            type="password"
            autocomplete="new-password"
            required
            maxLength={200}
            value={form.confirm}
            onInput={set('confirm')}
            error={issues.confirm}
          />
          <p class="error" role="alert">
            {error}
          </p>
          <p class="account-done" role="status" data-testid="account-done">
            {done ? t.done : ''}
          </p>
          <button type="submit" class="button primary" disabled={busy} aria-busy={busy}>
            {t.submit}
          </button>
        </form>
      </section>
    </main>
  );
}
