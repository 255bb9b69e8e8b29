import { useEffect, useRef, useState } from 'preact/hooks';
import { type IdlePhase, idlePhase } from './idle';

const activity = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

/** Watches for touches and keys while `active`; calls `onExpired` when the countdown runs out. */
export function useIdle(active: boolean, idleSeconds: number, onExpired: () => void): IdlePhase {
  const last = useRef(Date.now());
  // The timer outlives renders: it must call the latest callback, not the one it started with.
  const expired = useRef(onExpired);
  expired.current = onExpired;
  const [phase, setPhase] = useState<IdlePhase>({ kind: 'active' });

  useEffect(() => {
    if (!active) return;
    last.current = Date.now();
    setPhase({ kind: 'active' });
    const touched = () => {
      last.current = Date.now();
      setPhase({ kind: 'active' });
    };
    for (const type of activity) addEventListener(type, touched, { capture: true, passive: true });
    const timer = setInterval(() => {
      const next = idlePhase(Date.now() - last.current, idleSeconds);
      if (next.kind === 'expired') expired.current();
      setPhase(next);
    }, 250);
    return () => {
      clearInterval(timer);
      for (const type of activity) removeEventListener(type, touched, { capture: true });
    };
  }, [active, idleSeconds]);

  return active ? phase : { kind: 'active' };
}
