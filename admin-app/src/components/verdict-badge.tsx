import type { Verdict } from '../api';
import { messages } from '../messages';

// The words carry the meaning; the colour and the mark only help a quick scan.
const marks: Record<Verdict, string> = { met: '✓', not_met: '✗', inconclusive: '?', insufficient: '…' };

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return (
    <span class={`badge badge-${verdict.replace('_', '-')}`}>
      <span class="badge-mark" aria-hidden="true">
        {marks[verdict]}
      </span>
      {messages.verdict[verdict]}
    </span>
  );
}
