// Creates both halves of a year at once, as drafts.
import { useState } from 'preact/hooks';
import { useText } from '../../i18n';
import { periodsTexts } from './texts';
import { TargetField } from './target-field';

interface PeriodYearFormProps {
  suggestedYear: number;
  busy: boolean;
  onCreate: (year: number, target: number) => Promise<boolean>;
}

export function PeriodYearForm({ suggestedYear, busy, onCreate }: PeriodYearFormProps) {
  const t = useText(periodsTexts).year;
  const [year, setYear] = useState(String(suggestedYear));
  const [target, setTarget] = useState('90');
  const submit = async (event: Event) => {
    event.preventDefault();
    if (await onCreate(Number(year), Number(target))) setYear(String(Number(year) + 1));
  };
  return (
    <section class="card" aria-labelledby="period-year-title">
      <h2 id="period-year-title">{t.title}</h2>
      <p class="hint">{t.hint}</p>
      <form class="period-form" onSubmit={submit}>
        <div class="period-fields">
          <div>
            <label for="period-year">{t.year}</label>
            <input
              id="period-year"
              type="number"
              min={2000}
              max={2100}
              step={1}
              required
              value={year}
              onInput={(e) => setYear(e.currentTarget.value)}
            />
          </div>
          <TargetField id="period-year-target" label={t.target} value={target} onInput={setTarget} hint={t.targetHint} />
        </div>
        <button type="submit" class="button primary" disabled={busy}>
          {t.submit(Number(year) || suggestedYear)}
        </button>
      </form>
    </section>
  );
}
