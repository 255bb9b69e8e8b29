// An administrator sets a new password for someone who forgot theirs; their sessions end.
import type { ManagedUser } from '@sipas/api/types';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLang, useText } from '../../i18n';
import { common, errorMessage } from '../../messages';
import { serverMessage } from '../account/texts';
import { usersTexts } from './texts';
import { fieldIssues, resetPassword } from './api';
import { Field } from '../../components/field';

export function UserResetForm({ user, onDone, onCancel }: { user: ManagedUser; onDone: () => void; onCancel: () => void }) {
  const t = useText(usersTexts);
  const c = useText(common);
  const { lang } = useLang();
  const [password, setPassword] = useState('');
  const [issue, setIssue] = useState<string | undefined>();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLInputElement>(null);

  // The form opens below the table: take the keyboard (and the view) there.
  useEffect(() => field.current?.focus(), [user.id]);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setBusy(true);
    setError('');
    try {
      await resetPassword(user.id, password);
      onDone();
    } catch (err) {
      const found = fieldIssues(err).password;
      setIssue(found);
      if (!found) setError(errorMessage(err, lang));
      setBusy(false);
    }
  };

  return (
    <section class="card users-reset" aria-labelledby="users-reset-title">
      <h2 id="users-reset-title">{t.resetForm.title(user.username)}</h2>
      <form onSubmit={submit} noValidate>
        <Field
          id="reset-password"
          label={t.resetForm.password}
          hint={t.resetForm.hint}
          type="password"
          autocomplete="new-password"
          required
          maxLength={200}
          value={password}
          onInput={setPassword}
          error={serverMessage(issue, lang)}
          inputRef={field}
        />
        <p class="error" role="alert">
          {error}
        </p>
        <div class="users-buttons">
          <button type="submit" class="button primary" disabled={busy} aria-busy={busy}>
            {t.resetForm.submit}
          </button>
          <button type="button" class="button secondary" onClick={onCancel}>
            {c.cancel}
          </button>
        </div>
      </form>
    </section>
  );
}
