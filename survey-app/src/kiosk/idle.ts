// When a kiosk left alone warns, and when it starts over: pure, so it is tested alone.

export const countdownSeconds = 10;
export const defaultIdleSeconds = 30;
/** After the thank-you screen the kiosk returns to its start screen by itself. */
export const thanksSeconds = 8;

export type IdlePhase = { kind: 'active' } | { kind: 'countdown'; seconds: number } | { kind: 'expired' };

export function idlePhase(idleMs: number, idleSeconds: number): IdlePhase {
  const over = idleMs - idleSeconds * 1000;
  if (over < 0) return { kind: 'active' };
  const seconds = countdownSeconds - Math.floor(over / 1000);
  return seconds > 0 ? { kind: 'countdown', seconds } : { kind: 'expired' };
}

/** Seconds until the next respondent may start, given when the last one finished (ms). */
export function secondsUntilStart(lastDoneMs: number, minIntervalSeconds: number, nowMs: number): number {
  return Math.max(0, Math.ceil((lastDoneMs + minIntervalSeconds * 1000 - nowMs) / 1000));
}
