import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiError, fetchMe, type User } from './api';
import { errorMessage, messages } from './messages';
import { Overview } from './pages/overview';
import { SignIn } from './pages/sign-in';

type Session =
  | { kind: 'checking' }
  | { kind: 'signed-out' }
  | { kind: 'signed-in'; user: User }
  | { kind: 'failed'; message: string };

export function App() {
  const [session, setSession] = useState<Session>({ kind: 'checking' });

  const check = useCallback(() => {
    setSession({ kind: 'checking' });
    fetchMe().then(
      (user) => setSession({ kind: 'signed-in', user }),
      (err: unknown) =>
        setSession(err instanceof ApiError && err.status === 401 ? { kind: 'signed-out' } : { kind: 'failed', message: errorMessage(err) }),
    );
  }, []);
  useEffect(check, [check]);

  const signedIn = useCallback((user: User) => setSession({ kind: 'signed-in', user }), []);
  const signedOut = useCallback(() => setSession({ kind: 'signed-out' }), []);

  switch (session.kind) {
    case 'checking':
      return <p class="page muted">{messages.loading}</p>;
    case 'signed-out':
      return <SignIn onSignedIn={signedIn} />;
    case 'signed-in':
      return <Overview user={session.user} onSignedOut={signedOut} />;
    case 'failed':
      return (
        <main class="page">
          <p class="error" role="alert">
            {session.message}
          </p>
          <button type="button" class="button primary" onClick={check}>
            {messages.retry}
          </button>
        </main>
      );
  }
}
