// When a kiosk left alone warns, and when it starts over: pure, so it is tested alone.

export const countdownSeconds = 10;
export const defaultIdleSeconds = 30;
/** After the thank-you screen the kiosk returns to its start screen by itself, once the reference could be noted. */
export const thanksSeconds = 20;

export type IdlePhase = { kind: 'active' } | { kind: 'countdown'; seconds: number } | { kind: 'expired' };

/**
 * The kiosk starts over `idleSeconds` after the last touch, as its setting says; the warning takes
 * the last 10 s of that (a third of it when the setting is shorter than 30 s).
 */
export function idlePhase(idleMs: number, idleSeconds: number): IdlePhase {
  const warn = Math.min(countdownSeconds, Math.ceil(idleSeconds / 3));
  const left = Math.ceil((idleSeconds * 1000 - idleMs) / 1000);
  if (left <= 0) return { kind: 'expired' };
  return left <= warn ? { kind: 'countdown', seconds: left } : { kind: 'active' };
}

/** Seconds until the next respondent may start, given when the last one finished (ms). */
export function secondsUntilStart(lastDoneMs: number, minIntervalSeconds: number, nowMs: number): number {
  return Math.max(0, Math.ceil((lastDoneMs + minIntervalSeconds * 1000 - nowMs) / 1000));
}
