// The questionnaire versions as a table, with "view" for each and "use" for those not in use.
import type { QuestionnaireSummary } from '@sipas/api/types';
import { formatDate } from '../../format';
import { useLang, useText } from '../../i18n';
import { questionnairesTexts } from './texts';
import { ListTable } from '../../components/list-table';

interface QuestionnaireTableProps {
  versions: QuestionnaireSummary[];
  viewing: number | null;
  busy: boolean;
  onView: (version: QuestionnaireSummary) => void;
  onActivate: (version: QuestionnaireSummary) => void;
}

export function QuestionnaireTable({ versions, viewing, busy, onView, onActivate }: QuestionnaireTableProps) {
  const t = useText(questionnairesTexts);
  const { lang } = useLang();
  return (
    <ListTable
      name="questionnaire-table"
      caption={t.table.caption}
      columns={[
        { label: t.table.code },
        { label: t.table.title },
        { label: t.table.created },
        { label: t.table.responses, numeric: true },
        { label: t.table.status },
        { label: t.table.actions },
      ]}
    >
      {versions.map((version) => (
        <tr key={version.id} data-testid={`version-${version.code}`}>
          <th scope="row">{version.code}</th>
          <td>{version.title[lang]}</td>
          <td>{formatDate(version.createdAt)}</td>
          <td class="num">{version.responses.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en')}</td>
          <td>
            <span class={`badge ${version.active ? 'questionnaire-active' : 'questionnaire-inactive'}`}>
              {version.active ? t.active : t.inactive}
            </span>
          </td>
          <td>
            <div class="period-row-buttons">
              <button type="button" class="button secondary" aria-pressed={viewing === version.id} onClick={() => onView(version)}>
                {t.view}
                <span class="visually-hidden">{t.forVersion(version.code)}</span>
              </button>
              {!version.active && (
                <button type="button" class="button primary" disabled={busy} onClick={() => onActivate(version)}>
                  {t.activate}
                  <span class="visually-hidden">{t.forVersion(version.code)}</span>
                </button>
              )}
            </div>
          </td>
        </tr>
      ))}
    </ListTable>
  );
}
