// The survey on a tablet fixed at the counter: one respondent after another, nobody to reset it.
import { referenceOf } from '@sipas/api/shared/reference';
import { useEffect, useState } from 'preact/hooks';
import { SurveyFrame } from '../components/survey-frame';
import { SyncState } from '../components/sync-state';
import { onRevoked, revoke, sendNow } from '../outbox/sender';
import { enqueue } from '../outbox/store';
import { ErrorPage, LoadingPage } from '../pages/status-page';
import { ThankYouPage } from '../pages/thank-you-page';
import { Survey } from '../survey';
import type { Outgoing } from '../survey-state';
import { useSurveySession } from '../use-survey-session';
import { AttractPage } from './attract-page';
import { startHeartbeat } from './heartbeat';
import { defaultIdleSeconds, thanksSeconds } from './idle';
import { IdleDialog } from './idle-dialog';
import { RevokedPage } from './revoked-page';
import { useIdle } from './use-idle';
import './kiosk.css';

const lastDoneKey = 'sipas-kiosk-last-done';

export function KioskApp({ kioskKey }: { kioskKey: string }) {
  const session = useSurveySession({ kind: 'kiosk', key: kioskKey });
  const { t, form, lang, failure, reload, resetLang, goTo } = session;
  // A tablet that reloads mid-survey (a crash, a power cut) goes on where the respondent was.
  const [screen, setScreen] = useState<'attract' | 'survey' | 'thanks'>(() => (session.found ? 'survey' : 'attract'));
  const [sent, setSent] = useState<string>();
  const [revoked, setRevoked] = useState(false);
  // Kept across reloads, so that restarting the tablet does not lift the minimum interval.
  const [lastDone, setLastDone] = useState(() => Number(localStorage.getItem(lastDoneKey)) || 0);
  const settings = form?.kiosk;

  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.classList.add('kiosk');
    document.title = t.appTitle;
  }, [lang]);
  useEffect(() => {
    session.resume();
    const stopRevoked = onRevoked((key) => key === kioskKey && setRevoked(true));
    const stopHeartbeat = startHeartbeat(kioskKey);
    return () => {
      stopRevoked();
      stopHeartbeat();
    };
  }, []);
  useEffect(() => {
    if (failure === 'revoked') revoke(kioskKey);
  }, [failure]);

  function reset() {
    session.clear();
    setSent(undefined);
    setScreen('attract');
    goTo(0);
    resetLang();
  }

  const idle = useIdle(screen === 'survey', settings?.idleSeconds ?? defaultIdleSeconds, reset);
  useEffect(() => {
    if (screen !== 'thanks') return;
    const timer = setTimeout(reset, thanksSeconds * 1000);
    return () => clearTimeout(timer);
  }, [screen]);

  async function done(body: Outgoing) {
    await enqueue(body, kioskKey).catch(() => undefined);
    session.clear();
    const now = Date.now();
    localStorage.setItem(lastDoneKey, String(now));
    setLastDone(now);
    setSent(body.id);
    setScreen('thanks');
    void sendNow();
  }

  function start() {
    // Full screen needs the touch that asks for it; a browser that refuses leaves the page as it is.
    document.documentElement.requestFullscreen?.().catch(() => undefined);
    setScreen('survey');
  }

  function page() {
    if (revoked || failure === 'revoked') return <RevokedPage t={t} />;
    // An unknown key is for staff to fix: there is no QR code to scan again on a tablet.
    if (!form && failure === 'not_found') return <ErrorPage t={t} message={t.kiosk.unknownKey} onRetry={undefined} />;
    if (!form && failure) return <ErrorPage t={t} message={t.failures[failure]} onRetry={reload} />;
    if (!form) return <LoadingPage t={t} />;
    if (screen === 'attract') {
      return (
        <AttractPage t={t} lastDone={lastDone} minIntervalSeconds={settings?.minIntervalSeconds ?? 0} onStart={start}>
          {/* For staff, between respondents: only when something waits or was refused. */}
          <SyncState t={t} class="sync-corner" />
        </AttractPage>
      );
    }
    if (screen === 'thanks' && sent) {
      return (
        <ThankYouPage t={t} reference={referenceOf(sent)}>
          <p class="hint">{t.kiosk.backSoon}</p>
        </ThankYouPage>
      );
    }
    return <Survey session={{ ...session, form }} channel="kiosk" onDone={(body) => void done(body)} />;
  }

  const blocked = revoked || failure === 'revoked';
  return (
    <>
      <SurveyFrame session={session}>{page()}</SurveyFrame>
      {!blocked && idle.kind === 'countdown' && <IdleDialog t={t} seconds={idle.seconds} />}
    </>
  );
}
