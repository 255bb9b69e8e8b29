// The province administrator's editor of a unit's opening hours (which the off-hours flag judges
// kiosk responses by): one text field per day, checked by the same rule the API applies (shared/hours-rule.ts).
import { useState } from 'preact/hooks';
import type { WeekHours } from '@sipas/api/shared/hours';
import { dayProblem } from '@sipas/api/shared/hours-rule';
import { describeError, useAction } from '../../components/use-action';
import { useLoad } from '../../components/use-load';
import { useText } from '../../i18n';
import { fetchHours, resetHours, saveHours } from './api';
import { hoursTexts } from './hours-texts';

const show = (day: [string, string][]) => day.map(([o, c]) => `${o}–${c}`).join(', ');

/** "07:30–11:30, 13:30–17:00" into intervals; null when a piece is not "hh:mm–hh:mm". */
function parseDay(text: string): [string, string][] | null {
  const pieces = text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const intervals = pieces.map((p) => /^(\d\d:\d\d)\s*[-–]\s*(\d\d:\d\d)$/.exec(p));
  if (intervals.some((m) => !m)) return null;
  return intervals.map((m) => [m![1]!, m![2]!]);
}

export function HoursEditor() {
  const t = useText(hoursTexts);
  const { load, reload } = useLoad(fetchHours, t.loadFailed);
  const action = useAction(reload, (err, lang) => describeError(err, lang, {}));
  const units = load.kind === 'ready' ? load.value.units : [];
  const [chosen, setChosen] = useState<number>();
  const unit = units.find((u) => u.id === chosen) ?? units[0];
  const [draft, setDraft] = useState<{ id: number; days: string[] }>();
  const days = draft && draft.id === unit?.id ? draft.days : (unit?.hours ?? []).map(show);
  if (!unit) return null;

  const save = () => {
    const parsed = days.map(parseDay);
    const bad = parsed.findIndex((d) => d === null || dayProblem(d) !== null);
    if (bad >= 0) return action.fail(t.invalid(t.days[bad]!));
    void action.run(() => saveHours(unit.id, parsed as WeekHours), t.saved(unit.name)).then((ok) => ok && setDraft(undefined));
  };
  const from = units.find((u) => u.id === unit.inheritedFrom);
  return (
    <section class="card hours-editor" aria-labelledby="hours-title">
      <h2 id="hours-title">{t.title}</h2>
      <p class="hint">{t.intro}</p>
      <div class="transaction-period">
        <label for="hours-unit">{t.unit}</label>
        <select id="hours-unit" value={unit.id} onChange={(e) => setChosen(Number(e.currentTarget.value))}>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </div>
      <p class="muted">{unit.own ? t.own : from ? t.inherited(from.name) : t.standard}</p>
      <p class="hint" id="hours-hint">
        {t.dayHint}
      </p>
      {t.days.map((name, d) => (
        <div key={name} class="field">
          <label for={`hours-day-${d}`}>{name}</label>
          <input
            id={`hours-day-${d}`}
            aria-describedby="hours-hint"
            maxLength={100}
            value={days[d] ?? ''}
            onInput={(e) => setDraft({ id: unit.id, days: days.map((v, i) => (i === d ? e.currentTarget.value : v)) })}
          />
        </div>
      ))}
      <button type="button" class="button" disabled={action.busy} onClick={save}>
        {t.save}
      </button>{' '}
      {unit.own && (
        <button
          type="button"
          class="button"
          disabled={action.busy}
          onClick={() => void action.run(() => resetHours(unit.id), t.wasReset(unit.name)).then((ok) => ok && setDraft(undefined))}
        >
          {t.reset}
        </button>
      )}
      {action.error && (
        <p class="error" role="alert">
          {action.error}
        </p>
      )}
      {action.notice && (
        <p class="notice" role="status">
          {action.notice}
        </p>
      )}
    </section>
  );
}
