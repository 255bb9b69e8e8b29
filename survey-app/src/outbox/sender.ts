// Sends what the outbox holds: on load, when the browser comes online, and on a timer.
import { errorCode } from '../api';
import { type Answer, outcomeOf, retryAfterOf } from './retry';
import { type Queued, queued, remove, update } from './store';

export interface OutboxState {
  /** Ids of the submissions not yet taken by the server (refused ones excluded). */
  waiting: string[];
  refused: { id: string; code: string }[];
}

type Listener = (state: OutboxState) => void;

const listeners = new Set<Listener>();
/** Kiosk keys the server said are revoked: nothing more is sent with them. */
const revokedKeys = new Set<string>();
let running: Promise<void> | undefined;
let again = false;
let timer: ReturnType<typeof setTimeout> | undefined;
let started = false;

/** Starts the sender once per page; later calls only run a round. */
export function startSender(): void {
  if (!started) {
    started = true;
    addEventListener('online', () => void sendNow(true));
    // IndexedDB changes made by another tab are not announced: a slow timer picks them up.
    setInterval(() => void sendNow(), 60_000);
  }
  void sendNow();
}

export function onOutboxChange(listener: Listener): () => void {
  listeners.add(listener);
  void queued().then((items) => listener(stateOf(items)));
  return () => listeners.delete(listener);
}

const revokedListeners = new Set<(key: string) => void>();
export function onRevoked(listener: (key: string) => void): () => void {
  revokedListeners.add(listener);
  return () => revokedListeners.delete(listener);
}

/** One round at a time; a call during a round asks for another one after it. */
export function sendNow(online = false): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = round(online).finally(() => {
    running = undefined;
    if (again) {
      again = false;
      void sendNow();
    }
  });
  return running;
}

async function round(online: boolean): Promise<void> {
  clearTimeout(timer);
  let items = await queued().catch(() => [] as Queued[]);
  for (const item of items) {
    if (item.refused || (item.kioskKey && revokedKeys.has(item.kioskKey))) continue;
    // Coming back online cuts a backoff short, but not a wait the server asked for.
    if (item.notBefore > Date.now() && !(online && !item.rateLimited)) continue;
    await attempt(item);
  }
  items = await queued().catch(() => [] as Queued[]);
  const state = stateOf(items);
  for (const listener of listeners) listener(state);
  const next = Math.min(...items.filter((i) => !i.refused && !(i.kioskKey && revokedKeys.has(i.kioskKey))).map((i) => i.notBefore));
  if (Number.isFinite(next)) timer = setTimeout(() => void sendNow(), Math.max(next - Date.now(), 500));
}

async function attempt(item: Queued): Promise<void> {
  const answer = await post(item);
  const outcome = outcomeOf(answer, item.failures + 1, Math.random());
  if (outcome.kind === 'sent') return remove(item.id);
  if (outcome.kind === 'refused') {
    if (outcome.code === 'kiosk_revoked' && item.kioskKey) revoke(item.kioskKey);
    return update({ ...item, refused: outcome.code });
  }
  return update({ ...item, failures: item.failures + 1, notBefore: Date.now() + outcome.delayMs, rateLimited: outcome.rateLimited });
}

async function post(item: Queued): Promise<Answer> {
  try {
    const res = await fetch('/api/responses', {
      method: 'POST',
      headers: {
        accept: 'application/json',
        'content-type': 'application/json',
        ...(item.kioskKey ? { 'x-kiosk-key': item.kioskKey } : {}),
      },
      body: JSON.stringify(item.body),
    });
    const body: unknown = await res.json().catch(() => undefined);
    return { status: res.status, code: errorCode(body), retryAfterSeconds: retryAfterOf(res.headers.get('retry-after'), Date.now()) };
  } catch {
    return { status: 0, code: undefined, retryAfterSeconds: undefined };
  }
}

export function revoke(key: string): void {
  if (revokedKeys.has(key)) return;
  revokedKeys.add(key);
  for (const listener of revokedListeners) listener(key);
}

export function stateOf(items: Queued[]): OutboxState {
  return {
    waiting: items.filter((i) => !i.refused).map((i) => i.id),
    refused: items.flatMap((i) => (i.refused ? [{ id: i.id, code: i.refused }] : [])),
  };
}
