// The follow-up of one item: open → acknowledged → closed, closed → open again (reopen).
// Closing straight from open is allowed: a small fix may need no acknowledgement first.
import { ApiError } from '../errors';
import type { FollowUpState } from './queries';

export type Change = { kind: 'acknowledge'; note?: string | undefined } | { kind: 'close'; action: string } | { kind: 'reopen' };

export const openState: FollowUpState = {
  status: 'open',
  note: null,
  action: null,
  acknowledged_by: null,
  acknowledged_at: null,
  closed_by: null,
  closed_at: null,
};

function refused(message: string): ApiError {
  return new ApiError(409, 'invalid_transition', message);
}

/** The state after a change by `userId` at `now`, or a 409 naming why the change does not apply. */
export function nextState(current: FollowUpState, change: Change, userId: number, now: Date): FollowUpState {
  switch (change.kind) {
    case 'acknowledge':
      if (current.status === 'acknowledged') throw refused('This item is already acknowledged.');
      if (current.status === 'closed') throw refused('This item is closed; reopen it first.');
      return { ...current, status: 'acknowledged', note: change.note ?? null, acknowledged_by: userId, acknowledged_at: now };
    case 'close':
      if (current.status === 'closed') throw refused('This item is already closed.');
      return { ...current, status: 'closed', action: change.action, closed_by: userId, closed_at: now };
    case 'reopen':
      if (current.status !== 'closed') throw refused('Only a closed item can be reopened.');
      // Back to a fresh start; what was done before stays in the audit log.
      return openState;
  }
}

/** The state as the audit log keeps it: who by user id, times as ISO strings, never the comment. */
export function auditedState(state: FollowUpState) {
  const iso = (at: Date | string | null) => (at === null ? null : new Date(at).toISOString());
  return {
    status: state.status,
    note: state.note,
    action: state.action,
    acknowledgedBy: state.acknowledged_by,
    acknowledgedAt: iso(state.acknowledged_at),
    closedBy: state.closed_by,
    closedAt: iso(state.closed_at),
  };
}
