// Answers in progress, kept on the device so that a reload (or a phone that locks and reloads the tab)
// loses nothing. Removed once the response is in the outbox, when the respondent starts over, and by
// a kiosk's idle reset. localStorage: small, synchronous, and already what the kiosk uses.
import type { Draft } from './survey-state';

export interface Saved {
  draft: Draft;
  step: number;
}

/** One slot per counter on a phone (a person may scan two counters), one for a kiosk. */
export function savedKeyOf(source: { kind: 'qr'; code: string } | { kind: 'kiosk'; key: string }): string {
  return source.kind === 'qr' ? `sipas-draft:${source.code}` : 'sipas-draft:kiosk';
}

/** The saved draft, if there is a started one; anything unreadable counts as none. */
export function parseSaved(text: string | null): Saved | undefined {
  if (!text) return undefined;
  try {
    const saved = JSON.parse(text) as Partial<Saved>;
    const draft = saved.draft;
    if (
      !draft ||
      typeof draft.id !== 'string' ||
      !draft.respondentType ||
      typeof draft.answers !== 'object' ||
      typeof saved.step !== 'number'
    )
      return undefined;
    return { draft, step: Math.max(0, Math.floor(saved.step)) };
  } catch {
    return undefined;
  }
}

export function loadSaved(key: string): Saved | undefined {
  try {
    return parseSaved(localStorage.getItem(key));
  } catch {
    return undefined;
  }
}

export function save(key: string, saved: Saved): void {
  try {
    // Only a started response is worth keeping: before that there is nothing to lose.
    if (saved.draft.id) localStorage.setItem(key, JSON.stringify(saved));
  } catch {
    // Storage full or refused (private mode): the survey goes on without resume.
  }
}

export function forget(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // As above.
  }
}
