import { useEffect, useState } from 'preact/hooks';
import type { Messages } from '../messages';
import { onOutboxChange, type OutboxState } from '../outbox/sender';

/** For staff at a kiosk: how many answers wait in this device's outbox, and how many the server refused. */
export function SyncState({ t, class: className }: { t: Messages; class: string }) {
  const [state, setState] = useState<OutboxState>();
  useEffect(() => onOutboxChange(setState), []);
  // "All sent" would mean nothing to a respondent: staff need to hear only of what is left.
  if (!state || (state.waiting.length === 0 && state.refused.length === 0)) return null;
  const parts = state.waiting.length > 0 ? [t.sync.waiting(state.waiting.length)] : [];
  if (state.refused.length > 0) parts.push(t.sync.refused(state.refused.length));
  return (
    <p
      class={className}
      role="status"
      aria-label={t.sync.label}
      data-testid="sync-state"
      data-refused={state.refused.map((r) => r.code).join(' ')}
    >
      {parts.join(' · ')}
    </p>
  );
}

/** For the respondent on a phone: whether their own answers have reached the server yet. */
export function SendStatus({ t, id }: { t: Messages; id: string }) {
  const [state, setState] = useState<OutboxState>();
  useEffect(() => onOutboxChange(setState), []);
  if (!state) return null;
  const refused = state.refused.find((r) => r.id === id);
  const text = refused ? t.sync.refusedOne(refused.code) : state.waiting.includes(id) ? t.thanksQueued : t.sync.sent;
  return (
    <p class="sync-line" role="status" data-testid="sync-state">
      {text}
    </p>
  );
}
