// "Nhật ký": every administrative change, filtered and read a page at a time, newest first.
import { useState } from 'preact/hooks';
import { AuditTable } from './table';
import { type AuditFilter, fetchAudit, fieldIssues } from '../users/api';
import { Field } from '../../components/field';
import { useText } from '../../i18n';
import { common } from '../../messages';
import { useLoad } from '../../components/use-load';
import { auditTexts } from './texts';
import { PageTitle } from '../../components/page-title';

const noFilter: AuditFilter = { entity: '', username: '', action: '', from: '', to: '' };

export function Audit() {
  const t = useText(auditTexts);
  const c = useText(common);
  const [draft, setDraft] = useState(noFilter);
  const [filter, setFilter] = useState(noFilter);
  // The `before` cursor of each page read so far: the last one is on screen, popping goes newer.
  const [cursors, setCursors] = useState<(number | undefined)[]>([undefined]);
  const cursor = cursors[cursors.length - 1];

  const { load } = useLoad(() => fetchAudit(filter, cursor), t.loadFailed, JSON.stringify([filter, cursor]));
  // A refused filter is named in the page's words; any other failure is the page's load failure.
  const issue = load.kind === 'failed' ? Object.values(fieldIssues(load.error))[0] : undefined;

  const apply = (next: AuditFilter) => {
    setDraft(next);
    setFilter(next);
    setCursors([undefined]);
  };
  const set = (key: keyof AuditFilter) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const options = (labels: Partial<Record<string, string>>) =>
    Object.entries(labels).map(([value, label]) => (
      <option key={value} value={value}>
        {label}
      </option>
    ));

  return (
    <main class="page audit-page">
      <PageTitle title={t.title} intro={t.intro} />
      <section class="card" aria-labelledby="audit-filter-title">
        <h2 id="audit-filter-title">{t.filters.title}</h2>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            apply(draft);
          }}
        >
          <div class="audit-filters">
            <div class="users-field">
              <label for="audit-entity">{t.filters.entity}</label>
              <select id="audit-entity" value={draft.entity} onChange={(e) => set('entity')(e.currentTarget.value)}>
                <option value="">{t.filters.anyEntity}</option>
                {options(t.entities)}
              </select>
            </div>
            <div class="users-field">
              <label for="audit-action">{t.filters.action}</label>
              <select id="audit-action" value={draft.action} onChange={(e) => set('action')(e.currentTarget.value)}>
                <option value="">{t.filters.anyAction}</option>
                {options(t.actions)}
              </select>
            </div>
            <Field
              id="audit-username"
              label={t.filters.username}
              maxLength={64}
              autocomplete="off"
              value={draft.username}
              onInput={set('username')}
            />
            <Field id="audit-from" label={t.filters.from} type="date" value={draft.from} onInput={set('from')} />
            <Field id="audit-to" label={t.filters.to} type="date" value={draft.to} onInput={set('to')} />
          </div>
          <div class="users-buttons">
            <button type="submit" class="button primary">
              {t.filters.apply}
            </button>
            <button type="button" class="button secondary" onClick={() => apply(noFilter)}>
              {t.filters.clear}
            </button>
          </div>
        </form>
      </section>
      <section class="card" aria-labelledby="audit-entries-title">
        <h2 id="audit-entries-title">
          {t.table.caption} · {t.page(cursors.length)}
        </h2>
        {load.kind === 'loading' && <p class="muted">{c.loading}</p>}
        {load.kind === 'failed' && (
          <p class="error" role="alert">
            {issue ? (t.issues[issue] ?? issue) : load.message}
          </p>
        )}
        {load.kind === 'ready' &&
          (load.value.entries.length === 0 ? <p class="muted">{t.empty}</p> : <AuditTable entries={load.value.entries} />)}
        <nav class="users-buttons audit-pages" aria-label={t.pages}>
          <button
            type="button"
            class="button secondary"
            disabled={cursors.length === 1}
            onClick={() => setCursors((all) => all.slice(0, -1))}
          >
            {t.newer}
          </button>
          <button
            type="button"
            class="button secondary"
            disabled={load.kind !== 'ready' || load.value.next === null}
            onClick={() => load.kind === 'ready' && load.value.next !== null && setCursors((all) => [...all, load.value.next ?? undefined])}
          >
            {t.older}
          </button>
        </nav>
      </section>
    </main>
  );
}
