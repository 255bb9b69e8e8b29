// The audit log's entries as a table; each change reads "field: before → after".
import type { AuditEntry } from '@sipas/api/types';
import { useText } from '../../i18n';
import { auditTexts } from './texts';
import { formatDateTime } from '../../vietnam-time';
import { changesOf } from './format';

export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const t = useText(auditTexts);
  return (
    <div class="table-scroll">
      <table class="figures audit-table">
        <caption class="visually-hidden">{t.table.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.table.at}</th>
            <th scope="col">{t.table.who}</th>
            <th scope="col">{t.table.action}</th>
            <th scope="col">{t.table.entity}</th>
            <th scope="col">{t.table.changes}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td class="audit-time">
                <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
              </td>
              <td>{entry.username}</td>
              <td>{t.actions[entry.action] ?? entry.action}</td>
              <td>
                {t.entities[entry.entity] ?? entry.entity}
                {entry.entityId !== null && <span class="audit-entity-id"> #{entry.entityId}</span>}
              </td>
              <td>
                <Changes entry={entry} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Changes({ entry }: { entry: AuditEntry }) {
  const t = useText(auditTexts);
  const changes = changesOf(entry.before, entry.after, t.yesNo);
  if (changes.length === 0) return <span class="muted">—</span>;
  return (
    <ul class="audit-changes">
      {changes.map((change) => (
        <li key={change.key}>
          <span class="audit-key">{change.key}</span>: {change.before !== undefined && <span class="audit-before">{change.before}</span>}
          {change.before !== undefined && change.after !== undefined && (
            <>
              {' '}
              <span aria-hidden="true">→</span>
              <span class="visually-hidden">{t.becomes}</span>{' '}
            </>
          )}
          {change.after !== undefined && <span class="audit-after">{change.after}</span>}
        </li>
      ))}
    </ul>
  );
}
