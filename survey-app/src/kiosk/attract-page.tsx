import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Messages } from '../messages';
import { secondsUntilStart } from './idle';

interface Props {
  t: Messages;
  lastDone: number;
  minIntervalSeconds: number;
  onStart: () => void;
  children?: ComponentChildren;
}

/** The kiosk's resting screen: an invitation and one big button. */
export function AttractPage({ t, lastDone, minIntervalSeconds, onStart, children }: Props) {
  const [now, setNow] = useState(Date.now);
  const wait = secondsUntilStart(lastDone, minIntervalSeconds, now);
  useEffect(() => {
    if (wait <= 0) return;
    const timer = setTimeout(() => setNow(Date.now()), 1000);
    return () => clearTimeout(timer);
  }, [now, wait]);

  return (
    <section class="attract">
      <h2 class="attract__title">{t.kiosk.invite}</h2>
      <p class="attract__hint">{t.kiosk.inviteHint}</p>
      <button
        type="button"
        class="button button--primary attract__start"
        disabled={wait > 0}
        onClick={onStart}
        aria-describedby="attract-wait"
      >
        {t.kiosk.start}
      </button>
      <p id="attract-wait" class="attract__wait" aria-live="polite">
        {wait > 0 ? t.kiosk.wait(wait) : ''}
      </p>
      {children}
    </section>
  );
}
