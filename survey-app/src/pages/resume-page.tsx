import { PageHeading } from '../components/page-heading';
import type { Messages } from '../messages';

/** On a phone that reloaded mid-survey: go on where the respondent was, or start over. */
export function ResumePage({
  t,
  answered,
  onResume,
  onStartOver,
}: {
  t: Messages;
  answered: number;
  onResume: () => void;
  onStartOver: () => void;
}) {
  return (
    <>
      <PageHeading focus={false}>{t.resumeHeading}</PageHeading>
      <p class="hint">{t.resumeText(answered)}</p>
      <div class="actions actions--stack">
        <button type="button" class="button button--primary" onClick={onResume}>
          {t.resume}
        </button>
        <button type="button" class="button button--secondary" onClick={onStartOver}>
          {t.startOver}
        </button>
      </div>
    </>
  );
}
