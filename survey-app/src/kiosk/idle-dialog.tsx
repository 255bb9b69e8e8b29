import { useEffect, useRef } from 'preact/hooks';
import type { Messages } from '../messages';

/** The warning before a kiosk left alone starts over; any touch or key dismisses it. */
export function IdleDialog({ t, seconds }: { t: Messages; seconds: number }) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  return (
    <div class="idle-backdrop">
      <div class="idle-dialog card" role="alertdialog" aria-modal="true" aria-labelledby="idle-title" aria-describedby="idle-text">
        <h2 id="idle-title" class="page-heading">
          {t.kiosk.idleHeading}
        </h2>
        <p id="idle-text" data-testid="idle-countdown">
          {t.kiosk.countdown(seconds)}
        </p>
        {/* The touch itself resets the timer (see use-idle.ts); the button gives it a target. */}
        <button ref={button} type="button" class="button button--primary">
          {t.kiosk.keepGoing}
        </button>
      </div>
    </div>
  );
}
