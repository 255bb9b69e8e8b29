import type { UnitTree } from '@sipas/api/types';
import type { Catalogue } from './factors';
import { channels, respondentTypes } from '@sipas/api/shared/limits';
import { type Filters, unitChoices } from './query';
import { useLang, useText } from '../../i18n';
import { dashboardTexts } from './texts';

interface FiltersProps {
  filters: Filters;
  /** The period shown (the URL's, or the default one). */
  period: string | undefined;
  periods: string[];
  tree: UnitTree | undefined;
  fields: Catalogue['fields'];
  onChange: (next: Filters) => void;
}

// Indents a unit under its parent; screen readers skip the spaces and read the name.
const indent = (depth: number) => '\u00a0\u00a0\u00a0'.repeat(depth);

export function DashboardFilters({ filters, period, periods, tree, fields, onChange }: FiltersProps) {
  const t = useText(dashboardTexts);
  const { lang } = useLang();
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const value = (e: Event) => (e.currentTarget as HTMLSelectElement).value || undefined;
  const fieldCodes = fields.map((f) => f.code);
  const narrowed = filters.unit !== undefined || filters.respondentType || filters.channel || filters.field;
  return (
    <form class="card dashboard-filters" role="search" aria-label={t.filters.label} onSubmit={(e) => e.preventDefault()}>
      <div class="dashboard-filter">
        <label for="filter-period">{t.filters.period}</label>
        <select id="filter-period" value={period ?? ''} onChange={(e) => set({ period: value(e) })}>
          {periods.map((code) => (
            <option key={code} value={code}>
              {t.periodName(code)}
            </option>
          ))}
        </select>
      </div>
      <div class="dashboard-filter dashboard-filter-unit">
        <label for="filter-unit">{t.filters.unit}</label>
        <select
          id="filter-unit"
          value={String(filters.unit ?? tree?.rootId ?? '')}
          onChange={(e) => {
            const id = Number(value(e));
            set({ unit: id === tree?.rootId ? undefined : id });
          }}
        >
          {tree &&
            unitChoices(tree).map((u) => (
              <option key={u.id} value={String(u.id)}>
                {indent(u.depth)}
                {u.name}
                {u.active ? '' : ` ${t.filters.inactive}`}
              </option>
            ))}
        </select>
      </div>
      <div class="dashboard-filter">
        <label for="filter-respondent-type">{t.filters.respondentType}</label>
        <select
          id="filter-respondent-type"
          value={filters.respondentType ?? ''}
          onChange={(e) => set({ respondentType: value(e) as Filters['respondentType'] })}
        >
          <option value="">{t.filters.all}</option>
          {respondentTypes.map((r) => (
            <option key={r} value={r}>
              {t.respondentTypes[r]}
            </option>
          ))}
        </select>
      </div>
      <div class="dashboard-filter">
        <label for="filter-channel">{t.filters.channel}</label>
        <select id="filter-channel" value={filters.channel ?? ''} onChange={(e) => set({ channel: value(e) as Filters['channel'] })}>
          <option value="">{t.filters.all}</option>
          {channels.map((ch) => (
            <option key={ch} value={ch}>
              {t.channels[ch]}
            </option>
          ))}
        </select>
      </div>
      <div class="dashboard-filter">
        <label for="filter-field">{t.filters.field}</label>
        <select id="filter-field" value={filters.field ?? ''} onChange={(e) => set({ field: value(e) })}>
          <option value="">{t.filters.all}</option>
          {fields.map((f) => (
            <option key={f.code} value={f.code}>
              {f.label[lang]}
            </option>
          ))}
          {/* A shared link may name a field the questionnaire no longer lists. */}
          {filters.field && !fieldCodes.includes(filters.field) && <option value={filters.field}>{filters.field}</option>}
        </select>
      </div>
      {narrowed && (
        <button type="button" class="button secondary dashboard-reset" onClick={() => onChange({ period: filters.period })}>
          {t.filters.reset}
        </button>
      )}
    </form>
  );
}
