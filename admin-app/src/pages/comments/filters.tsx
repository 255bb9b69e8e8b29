import type { CommentPage, UnitTree } from '@sipas/api/types';
import { useLang, useText } from '../../i18n';
import { commentsTexts } from './texts';
import { type CommentFilters as Filters, kinds, statuses } from './api';

interface Props {
  filters: Filters;
  tree: UnitTree | undefined;
  periods: CommentPage['periods'];
  factors: CommentPage['factors'];
  onChange: (next: Filters) => void;
}

// A unit's depth below the user's root, from its materialised path ("/1/4/" is one below "/1/").
const depthOf = (path: string, rootPath: string) => path.split('/').length - rootPath.split('/').length;

export function CommentFilters({ filters, tree, periods, factors, onChange }: Props) {
  const t = useText(commentsTexts);
  const { lang } = useLang();
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const value = (e: Event) => (e.currentTarget as HTMLSelectElement).value || undefined;
  const rootPath = tree?.units.find((u) => u.id === tree.rootId)?.path ?? '/';
  return (
    <form class="card comment-filters" role="search" aria-label={t.filters.label} onSubmit={(e) => e.preventDefault()}>
      <div>
        <label for="comment-period">{t.filters.period}</label>
        <select id="comment-period" value={filters.period ?? ''} onChange={(e) => set({ period: value(e) })}>
          <option value="">{t.filters.allPeriods}</option>
          {periods.map((p) => (
            <option key={p.code} value={p.code}>
              {p.code}
            </option>
          ))}
        </select>
      </div>
      <div class="comment-filter-unit">
        <label for="comment-unit">{t.filters.unit}</label>
        <select
          id="comment-unit"
          value={String(filters.unit ?? tree?.rootId ?? '')}
          onChange={(e) => {
            const id = Number(value(e));
            set({ unit: id === tree?.rootId ? undefined : id });
          }}
        >
          {tree?.units.map((u) => (
            <option key={u.id} value={String(u.id)}>
              {/* Non-breaking spaces indent a unit under its parent in a plain select. */}
              {'\u00a0\u00a0\u00a0'.repeat(Math.max(0, depthOf(u.path, rootPath)))}
              {u.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label for="comment-factor">{t.filters.factor}</label>
        <select id="comment-factor" value={filters.factor ?? ''} onChange={(e) => set({ factor: value(e) })}>
          <option value="">{t.filters.allFactors}</option>
          {factors.map((f) => (
            <option key={f.code} value={f.code}>
              {f.name[lang]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label for="comment-kind">{t.filters.kind}</label>
        <select id="comment-kind" value={filters.kind} onChange={(e) => set({ kind: value(e) as Filters['kind'] })}>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t.kinds[k]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label for="comment-status">{t.filters.status}</label>
        <select id="comment-status" value={filters.status} onChange={(e) => set({ status: value(e) as Filters['status'] })}>
          {statuses.map((s) => (
            <option key={s} value={s}>
              {t.statusFilter[s]}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
