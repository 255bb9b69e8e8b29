// What to do with a queued submission after the server's answer: pure, so it is tested alone.

export const firstDelayMs = 2_000;
export const maxDelayMs = 5 * 60_000;

/** What the server said, reduced to what the sender needs; status 0 is no answer at all. */
export interface Answer {
  status: number;
  code: string | undefined;
  retryAfterSeconds: number | undefined;
}

export type Outcome = { kind: 'sent' } | { kind: 'retry'; delayMs: number; rateLimited: boolean } | { kind: 'refused'; code: string };

/** 2 s, 4 s, 8 s … up to 5 min; jitter takes up to half off so that waiting phones do not resend in step. */
export function backoffMs(failures: number, random: number): number {
  const full = Math.min(firstDelayMs * 2 ** Math.max(failures - 1, 0), maxDelayMs);
  return Math.round(full * (1 - random / 2));
}

export function outcomeOf(answer: Answer, failures: number, random: number): Outcome {
  const { status, code } = answer;
  if (status === 200 || status === 201) return { kind: 'sent' };
  if (status === 429) {
    // A kiosk's answers coming faster than a person can answer will never be accepted.
    if (code === 'kiosk_too_soon') return { kind: 'refused', code };
    const seconds = answer.retryAfterSeconds;
    const delayMs = seconds !== undefined ? Math.min(seconds * 1000, maxDelayMs) : backoffMs(failures, random);
    return { kind: 'retry', delayMs, rateLimited: true };
  }
  // The server read the submission and will not take it, now or later.
  if (status === 400 || status === 403 || status === 404 || status === 409 || status === 413) {
    return { kind: 'refused', code: code ?? `http_${status}` };
  }
  return { kind: 'retry', delayMs: backoffMs(failures, random), rateLimited: false };
}

/** Retry-After in seconds; the HTTP-date form is read too, relative to `now`. */
export function retryAfterOf(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}
