// Changes a period's dates (within its half of the year) and target.
import type { Period, PeriodChanges } from '@sipas/api/types';
import { useEffect, useRef, useState } from 'preact/hooks';
import { halfBounds } from '@sipas/api/shared/periods';
import { formatDate } from '../../format';
import { useText } from '../../i18n';
import { common } from '../../messages';
import { periodsTexts } from './texts';
import { TargetField } from './target-field';

interface PeriodEditFormProps {
  period: Period;
  busy: boolean;
  onSave: (changes: PeriodChanges) => Promise<boolean>;
  onCancel: () => void;
}

export function PeriodEditForm({ period, busy, onSave, onCancel }: PeriodEditFormProps) {
  const t = useText(periodsTexts).editForm;
  const c = useText(common);
  const { first, last } = halfBounds(period.code);
  const [startsOn, setStartsOn] = useState(period.startsOn);
  const [endsOn, setEndsOn] = useState(period.endsOn);
  const [target, setTarget] = useState(String(period.target));
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [period.code]);

  const submit = (event: Event) => {
    event.preventDefault();
    // Only what changed, so the audit log shows exactly what the office did.
    const changes: PeriodChanges = {};
    if (startsOn !== period.startsOn) changes.startsOn = startsOn;
    if (endsOn !== period.endsOn) changes.endsOn = endsOn;
    if (Number(target) !== period.target) changes.target = Number(target);
    if (Object.keys(changes).length === 0) return onCancel();
    void onSave(changes);
  };

  return (
    <section class="card period-edit" aria-labelledby="period-edit-title">
      <h2 id="period-edit-title" ref={heading} tabIndex={-1}>
        {t.title(period.code)}
      </h2>
      <p class="hint" id="period-edit-hint">
        {t.hint(formatDate(first), formatDate(last))}
      </p>
      <form class="period-form" onSubmit={submit}>
        <div class="period-fields">
          <div>
            <label for="period-starts-on">{t.startsOn}</label>
            <input
              id="period-starts-on"
              type="date"
              required
              min={first}
              max={last}
              value={startsOn}
              aria-describedby="period-edit-hint"
              onInput={(e) => setStartsOn(e.currentTarget.value)}
            />
          </div>
          <div>
            <label for="period-ends-on">{t.endsOn}</label>
            <input
              id="period-ends-on"
              type="date"
              required
              min={startsOn || first}
              max={last}
              value={endsOn}
              aria-describedby="period-edit-hint"
              onInput={(e) => setEndsOn(e.currentTarget.value)}
            />
          </div>
          <TargetField id="period-target" label={t.target} value={target} onInput={setTarget} />
        </div>
        <div class="period-row-buttons">
          <button type="submit" class="button primary" disabled={busy}>
            {c.save}
          </button>
          <button type="button" class="button secondary" onClick={onCancel}>
            {c.cancel}
          </button>
        </div>
      </form>
    </section>
  );
}
