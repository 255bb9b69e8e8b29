import type { Messages } from '../messages';

interface Props {
  t: Messages;
  onBack: (() => void) | undefined;
  primary: string;
  onPrimary: () => void;
  busy?: boolean;
}

export function StepNav({ t, onBack, primary, onPrimary, busy = false }: Props) {
  return (
    <div class="actions" id="step-nav">
      {onBack && (
        <button type="button" class="button button--secondary" onClick={onBack} disabled={busy}>
          {t.back}
        </button>
      )}
      {/* aria-disabled rather than disabled while sending: the button keeps focus. */}
      <button type="button" class="button button--primary" aria-disabled={busy} onClick={() => !busy && onPrimary()}>
        {primary}
      </button>
    </div>
  );
}
