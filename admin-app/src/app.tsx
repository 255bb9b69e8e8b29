import type { User } from '@sipas/api/types';
import { useCallback, useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { LocationProvider, Route, Router } from 'preact-iso/router';
import { ApiError, fetchMe, signOut, whenSessionEnds } from './api';
import { type Lang, LangContext, saveLang, savedLang, useText } from './i18n';
import { Layout } from './layout';
import { common, errorMessage } from './messages';
import { SignIn } from './pages/sign-in/sign-in';
import { pages } from './routes';
import { SessionContext } from './session';

type Session = { kind: 'checking' } | { kind: 'signed-out' } | { kind: 'signed-in'; user: User } | { kind: 'failed'; message: string };

export function App() {
  const [lang, setLangState] = useState<Lang>(savedLang);
  const setLang = useCallback((next: Lang) => {
    saveLang(next);
    setLangState(next);
  }, []);
  useEffect(() => saveLang(lang), []);
  const langValue = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return (
    <LangContext.Provider value={langValue}>
      <LocationProvider>
        <Signed />
      </LocationProvider>
    </LangContext.Provider>
  );
}

function Signed() {
  const [session, setSession] = useState<Session>({ kind: 'checking' });
  const t = useText(common);

  const check = useCallback(() => {
    setSession({ kind: 'checking' });
    fetchMe().then(
      (user) => setSession({ kind: 'signed-in', user }),
      (err: unknown) =>
        setSession(err instanceof ApiError && err.status === 401 ? { kind: 'signed-out' } : { kind: 'failed', message: errorMessage(err) }),
    );
  }, []);
  useEffect(check, [check]);
  // Any request that finds the session gone (expired, signed out elsewhere, user disabled).
  useEffect(() => whenSessionEnds(() => setSession({ kind: 'signed-out' })), []);

  const user = session.kind === 'signed-in' ? session.user : undefined;
  const value = useMemo(() => (user ? { user, signOut: () => signOut().then(() => setSession({ kind: 'signed-out' })) } : null), [user]);

  switch (session.kind) {
    case 'checking':
      return <p class="page muted">{t.loading}</p>;
    case 'signed-out':
      return <SignIn onSignedIn={(signedIn) => setSession({ kind: 'signed-in', user: signedIn })} />;
    case 'failed':
      return (
        <main class="page">
          <p class="error" role="alert">
            {session.message}
          </p>
          <button type="button" class="button primary" onClick={check}>
            {t.retry}
          </button>
        </main>
      );
    case 'signed-in':
      return (
        <SessionContext.Provider value={value}>
          <Layout>
            <Router>
              {[
                ...pages
                  .filter((p) => p.roles.includes(session.user.role))
                  .map((p) => <Route key={p.path} path={p.path} component={p.component} />),
                <Route key="missing" default component={NotFound} />,
              ]}
            </Router>
          </Layout>
        </SessionContext.Provider>
      );
  }
}

function NotFound() {
  const t = useText(common);
  const user = useContext(SessionContext)?.user;
  // A data-entry clerk has no dashboard: their first page is the one they may open.
  const home = pages.find((p) => user && p.roles.includes(user.role)) ?? pages[0]!;
  return (
    <main class="page">
      <h1>{t.notFound}</h1>
      <p>
        <a href={home.path}>{t.nav[home.nav]}</a>
      </p>
    </main>
  );
}
