import type { Verdict } from '@sipas/api/types';
import { useText } from '../../i18n';
import { common } from '../../messages';

/**
 * The words carry the meaning; the colour and the mark (drawn by the stylesheet, hidden from
 * screen readers) only help a quick scan. `text` overrides the words, e.g. a table's own cell.
 */
export function VerdictBadge({ verdict, text }: { verdict: Verdict; text?: string }) {
  const t = useText(common);
  return <span class={`badge badge-${verdict.replace('_', '-')} dashboard-badge`}>{text ?? t.verdict[verdict]}</span>;
}
