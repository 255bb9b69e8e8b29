// Acknowledge, close (with what was done) or reopen one item.
import type { CommentItem } from '@sipas/api/types';
import { useState } from 'preact/hooks';
import { ApiError } from '../../api';
import { useLang, useText } from '../../i18n';
import { errorMessage } from '../../messages';
import { commentsTexts } from './texts';
import { followUp, type FollowUpStep } from './api';

type Mode = 'buttons' | 'acknowledge' | 'close';

export function CommentActions({ item, onChanged }: { item: CommentItem; onChanged: (item: CommentItem) => void }) {
  const t = useText(commentsTexts);
  const { lang } = useLang();
  const [mode, setMode] = useState<Mode>('buttons');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const status = item.followUp.status;
  const field = `comment-${mode}-${item.id}`;

  const send = async (step: FollowUpStep) => {
    setBusy(true);
    setError('');
    try {
      onChanged(await followUp(item.id, step));
      setMode('buttons');
      setText('');
    } catch (err) {
      // Someone else moved the item first: say so in the user's language.
      setError(err instanceof ApiError && err.code === 'invalid_transition' ? t.conflict : errorMessage(err, lang));
    } finally {
      setBusy(false);
    }
  };
  const cancel = () => {
    setMode('buttons');
    setText('');
    setError('');
  };
  const submit = (e: Event) => {
    e.preventDefault();
    const trimmed = text.trim();
    if (mode === 'acknowledge') void send(trimmed ? { kind: 'acknowledge', note: trimmed } : { kind: 'acknowledge' });
    else if (trimmed) void send({ kind: 'close', action: trimmed });
  };

  return (
    <div class="comment-actions">
      {mode === 'buttons' ? (
        <div class="comment-buttons">
          {status === 'open' && (
            <button type="button" class="button secondary" onClick={() => setMode('acknowledge')}>
              {t.acknowledge}
            </button>
          )}
          {status !== 'closed' && (
            <button type="button" class="button primary" onClick={() => setMode('close')}>
              {t.close}
            </button>
          )}
          {status === 'closed' && (
            <button type="button" class="button secondary" disabled={busy} onClick={() => void send({ kind: 'reopen' })}>
              {t.reopen}
            </button>
          )}
        </div>
      ) : (
        <form class="comment-form" onSubmit={submit}>
          <label for={field}>{mode === 'close' ? t.closeAction : t.acknowledgeNote}</label>
          <textarea
            id={field}
            rows={3}
            maxLength={2000}
            required={mode === 'close'}
            aria-describedby={mode === 'close' ? `${field}-hint` : undefined}
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
          />
          {mode === 'close' && (
            <p class="hint" id={`${field}-hint`}>
              {t.closeHint}
            </p>
          )}
          <div class="comment-buttons">
            <button type="submit" class="button primary" disabled={busy}>
              {mode === 'close' ? t.confirmClose : t.confirmAcknowledge}
            </button>
            <button type="button" class="button secondary" onClick={cancel}>
              {t.cancel}
            </button>
          </div>
        </form>
      )}
      <p class="error" role="alert">
        {error}
      </p>
    </div>
  );
}
