// The frame of every signed-in page: brand, sections the user's role may open, language, account.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso/router';
import { type Lang, useLang, useText } from './i18n';
import { common, errorMessage } from './messages';
import { pages } from './routes';
import { useSession } from './session';

export function Layout({ children }: { children: ComponentChildren }) {
  const { user, signOut } = useSession();
  const { lang, setLang } = useLang();
  const t = useText(common);
  const { path } = useLocation();
  const [error, setError] = useState('');
  const leave = () => signOut().catch((err: unknown) => setError(errorMessage(err, lang)));
  const visible = pages.filter((p) => p.roles.includes(user.role) && p.nav !== 'account');

  return (
    <>
      <header class="topbar">
        <a class="brand" href="/admin/">
          {t.appName}
        </a>
        <div class="account">
          <label class="lang-switch">
            <span class="visually-hidden">{t.language}</span>
            <select value={lang} onChange={(e) => setLang(e.currentTarget.value as Lang)}>
              <option value="vi">Tiếng Việt</option>
              <option value="en">English</option>
            </select>
          </label>
          <span>
            {t.signedInAs}{' '}
            <a href="/admin/account" data-testid="account-link">
              <strong>{user.username}</strong>
            </a>
            <span class="muted"> · {t.roles[user.role]}</span>
          </span>
          <button type="button" class="button secondary" onClick={leave}>
            {t.signOut}
          </button>
        </div>
      </header>
      <nav class="sections" aria-label={t.nav.label}>
        <ul>
          {visible.map((p) => (
            <li key={p.path}>
              <a href={p.path} aria-current={p.path === path ? 'page' : undefined}>
                {t.nav[p.nav]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <p class="error" role="alert">
        {error}
      </p>
      {children}
    </>
  );
}
