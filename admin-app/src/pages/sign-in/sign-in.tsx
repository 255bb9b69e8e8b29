import type { User } from '@sipas/api/types';
import { useEffect, useRef, useState } from 'preact/hooks';
import { signIn } from '../../api';
import { useLang, useText } from '../../i18n';
import { common, errorMessage } from '../../messages';

export function SignIn({ onSignedIn }: { onSignedIn: (user: User) => void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const usernameField = useRef<HTMLInputElement>(null);
  const { lang } = useLang();
  const all = useText(common);
  const t = all.signIn;

  useEffect(() => {
    document.title = `${t.title} – ${all.appName}`;
    usernameField.current?.focus();
  }, [t, all]);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setBusy(true);
    setError('');
    try {
      onSignedIn(await signIn(username.trim(), password));
    } catch (err) {
      setError(errorMessage(err, lang));
      setBusy(false);
    }
  };

  return (
    <main class="sign-in">
      <div class="card sign-in-card">
        <p class="brand">{all.appName}</p>
        <p class="muted">{all.appTagline}</p>
        <h1>{t.title}</h1>
        <form onSubmit={submit}>
          <label for="username">{t.username}</label>
          <input
            ref={usernameField}
            id="username"
            name="username"
            autocomplete="username"
            autocapitalize="none"
            spellcheck={false}
            required
            maxLength={64}
            value={username}
            onInput={(e) => setUsername(e.currentTarget.value)}
          />
          <label for="password">{t.password}</label>
          <input
            id="password"
            name="password"
            type="password"
            autocomplete="current-password"
            required
            maxLength={200}
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
          <p class="error" aria-live="polite" data-testid="sign-in-error">
            {error}
          </p>
          <button type="submit" class="button primary" disabled={busy} aria-busy={busy}>
            {t.submit}
          </button>
        </form>
      </div>
    </main>
  );
}
