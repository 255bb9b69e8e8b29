// The questionnaire versions as a table, with "view" for each and "use" for those not in use.
import type { QuestionnaireSummary } from '@sipas/api/types';
import { formatDate } from '../../format';
import { useLang, useText } from '../../i18n';
import { questionnairesTexts } from './texts';

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
    <div class="table-scroll">
      <table class="figures questionnaire-table">
        <caption class="visually-hidden">{t.table.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.table.code}</th>
            <th scope="col">{t.table.title}</th>
            <th scope="col">{t.table.created}</th>
            <th scope="col" class="num">
              {t.table.responses}
            </th>
            <th scope="col">{t.table.status}</th>
            <th scope="col">{t.table.actions}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((version) => (
            <tr key={version.id} data-testid={`version-${version.code}`}>
              <th scope="row">{version.code}</th>
              <td>{version.title[lang]}</td>
              <td>{formatDate(version.createdAt)}</td>
              <td class="num">{version.responses.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en')}</td>
              <td>
                <span class={`badge ${version.active ? 'questionnaire-active' : 'questionnaire-inactive'}`}>{version.active ? t.active : t.inactive}</span>
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
        </tbody>
      </table>
    </div>
  );
}
