// One comment or low-scoring response. Every user-written string (the citizen's comment, the
// staff's note and action) goes into the page as a text node, so markup in it shows as text.
import { useText } from '../../i18n';
import { commentsTexts } from './texts';
import type { CommentItem as Item } from '@sipas/api/types';
import { CommentActions } from './actions';
import { formatDateTime } from '../../vietnam-time';

interface Props {
  item: Item;
  factorName: (code: string) => string;
  minN: number;
  canAct: boolean;
  onChanged: (item: Item) => void;
}

export function CommentItem({ item, factorName, minN, canAct, onChanged }: Props) {
  const t = useText(commentsTexts);
  const { followUp } = item;
  const stamp = (s: { by: string | null; at: string }) => `${s.by ?? t.unknownUser} · ${formatDateTime(s.at)}`;
  const headingId = `comment-${item.id}`;
  return (
    <article class="card comment-item" aria-labelledby={headingId} data-id={item.id}>
      <header class="comment-head">
        <h3 id={headingId}>
          {item.servicePoint.name} <span class="muted">({item.servicePoint.code})</span>
        </h3>
        <span class={`badge comment-status comment-status-${followUp.status}`} data-testid="comment-status">
          {t.status[followUp.status]}
        </span>
      </header>
      <p class="muted comment-meta">
        {t.reference} <strong>{item.reference}</strong> · {item.unit.name} · {t.respondentTypes[item.respondentType]} ·{' '}
        {t.channels[item.channel]} · {t.received} {formatDateTime(item.receivedAt)} ({t.age(item.ageDays)})
      </p>
      {item.withheld ? (
        <p class="comment-withheld">{t.withheld(minN)}</p>
      ) : item.comment !== null ? (
        <blockquote class="comment-text" data-testid="comment-text">
          {item.comment}
        </blockquote>
      ) : (
        <p class="muted">{t.noComment}</p>
      )}
      {item.lowFactors.length > 0 && (
        <p class="comment-low">
          <span class="comment-low-label">{t.lowFactors}:</span>{' '}
          {item.lowFactors.map((code) => (
            <span key={code} class="badge badge-not-met">
              {factorName(code)}
            </span>
          ))}
          {item.lowItems.length > 0 && (
            <span class="comment-low-items">
              {' '}
              · {t.lowItems}: {item.lowItems.join(', ')}
            </span>
          )}
        </p>
      )}
      {(followUp.acknowledged || followUp.closed) && (
        <dl class="comment-follow-up" data-testid="comment-follow-up">
          {followUp.acknowledged && (
            <div class="comment-stamp">
              <dt>{t.acknowledgedBy}</dt>
              <dd>{stamp(followUp.acknowledged)}</dd>
            </div>
          )}
          {followUp.note && (
            <div class="comment-said">
              <dt>{t.note}</dt>
              <dd>{followUp.note}</dd>
            </div>
          )}
          {followUp.closed && (
            <div class="comment-stamp">
              <dt>{t.closedBy}</dt>
              <dd>{stamp(followUp.closed)}</dd>
            </div>
          )}
          {followUp.action && (
            <div class="comment-said">
              <dt>{t.action}</dt>
              <dd>{followUp.action}</dd>
            </div>
          )}
        </dl>
      )}
      {canAct && <CommentActions item={item} onChanged={onChanged} />}
    </article>
  );
}
