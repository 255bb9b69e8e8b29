import { referenceOf } from '@sipas/api/shared/reference';
import { useEffect, useState } from 'preact/hooks';
import { SurveyFrame } from './components/survey-frame';
import { SendStatus } from './components/sync-state';
import { enqueue } from './outbox/store';
import { sendNow } from './outbox/sender';
import { ErrorPage, LoadingPage } from './pages/status-page';
import { ResumePage } from './pages/resume-page';
import { ThankYouPage } from './pages/thank-you-page';
import { Survey } from './survey';
import { type Outgoing, servicePointCodeOf } from './survey-state';
import { useSurveySession } from './use-survey-session';

/** The survey on the respondent's own phone, opened from the counter's QR code. */
export function App() {
  const [code] = useState(() => servicePointCodeOf(location.pathname));
  const session = useSurveySession(code ? { kind: 'qr', code } : undefined);
  const { t, form, lang, failure, reload, found } = session;
  const [sent, setSent] = useState<string>();

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = form ? `${t.appTitle} – ${form.servicePoint.name}` : t.appTitle;
  }, [lang, form]);

  async function done(body: Outgoing) {
    // Stored first, so that a phone losing its connection (or the page) keeps the answers.
    await enqueue(body, undefined).catch(() => undefined);
    session.clear();
    setSent(body.id);
    void sendNow();
  }

  function page() {
    if (!code) return <ErrorPage t={t} message={t.noCode} onRetry={undefined} />;
    if (!form && failure) return <ErrorPage t={t} message={t.failures[failure]} onRetry={failure === 'not_found' ? undefined : reload} />;
    if (!form) return <LoadingPage t={t} />;
    if (sent) {
      return (
        <ThankYouPage t={t} reference={referenceOf(sent)}>
          <SendStatus t={t} id={sent} />
        </ThankYouPage>
      );
    }
    if (found)
      return <ResumePage t={t} answered={Object.keys(found.draft.answers).length} onResume={session.resume} onStartOver={session.clear} />;
    return <Survey session={{ ...session, form }} channel="qr" onDone={(body) => void done(body)} />;
  }

  return <SurveyFrame session={session}>{page()}</SurveyFrame>;
}
