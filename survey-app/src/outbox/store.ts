// The outbox in IndexedDB: one entry per submission, keyed by its id, kept until the server took it.
import { createStore, del, set, values } from 'idb-keyval';
import type { Outgoing } from '../survey-state';

export interface Queued {
  id: string;
  body: Outgoing;
  /** Sent as x-kiosk-key by a kiosk; absent on a phone. */
  kioskKey?: string;
  failures: number;
  /** Not to be sent before this time (ms since epoch). */
  notBefore: number;
  /** The last wait came from the server's Retry-After, which coming online does not cut short. */
  rateLimited?: boolean;
  /** Set when the server refused it for good: kept, with the server's error code, for staff to see. */
  refused?: string;
}

const store = createStore('sipas-survey', 'outbox');

export function enqueue(body: Outgoing, kioskKey: string | undefined): Promise<void> {
  const item: Queued = { id: body.id, body, failures: 0, notBefore: 0, ...(kioskKey ? { kioskKey } : {}) };
  return set(item.id, item, store);
}

export function queued(): Promise<Queued[]> {
  return values<Queued>(store);
}

export function update(item: Queued): Promise<void> {
  return set(item.id, item, store);
}

export function remove(id: string): Promise<void> {
  return del(id, store);
}
