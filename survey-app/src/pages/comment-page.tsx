import type { LocalizedQuestionnaire } from '@sipas/api/shared/questionnaire';
import { Honeypot } from '../components/honeypot';
import { PageHeading } from '../components/page-heading';
import { StepNav } from '../components/step-nav';
import type { Messages } from '../messages';
import { maxCommentLength } from '../survey-state';

interface Props {
  t: Messages;
  fields: LocalizedQuestionnaire['fields'];
  field: string;
  comment: string;
  onField: (code: string) => void;
  onComment: (text: string) => void;
  website: string;
  onWebsite: (text: string) => void;
  onBack: () => void;
  onNext: () => void;
  focus: boolean;
}

export function CommentPage({ t, fields, field, comment, onField, onComment, website, onWebsite, onBack, onNext, focus }: Props) {
  return (
    <>
      <PageHeading focus={focus}>{t.finalHeading}</PageHeading>
      {fields.length > 0 && (
        <div class="card field">
          <label class="field__label" for="field">
            {t.fieldLabel} <span class="field__optional">{t.optional}</span>
          </label>
          <select id="field" value={field} onChange={(e) => onField(e.currentTarget.value)}>
            <option value="">{t.fieldNone}</option>
            {fields.map((f) => (
              <option key={f.code} value={f.code}>
                {f.label}
              </option>
            ))}
          </select>
        </div>
      )}
      <div class="card field">
        <label class="field__label" for="comment">
          {t.commentLabel} <span class="field__optional">{t.optional}</span>
        </label>
        <p class="field__hint" id="comment-hint">
          {t.commentHint}
        </p>
        <textarea
          id="comment"
          rows={5}
          maxLength={maxCommentLength}
          value={comment}
          onInput={(e) => onComment(e.currentTarget.value)}
          aria-describedby="comment-hint comment-count"
        />
        <p class="field__counter" id="comment-count">
          {t.counter(comment.length, maxCommentLength)}
        </p>
      </div>
      <Honeypot label={t.honeypot} value={website} onChange={onWebsite} />
      <StepNav t={t} onBack={onBack} primary={t.reviewNext} onPrimary={onNext} />
    </>
  );
}
