// "Phiếu khảo sát": the questionnaire versions, one version's contents, import and activation.
import type { QuestionnaireSummary } from '@sipas/api/types';
import { useState } from 'preact/hooks';
import { useText } from '../../i18n';
import { common } from '../../messages';
import { LoadStatus } from '../../components/load-status';
import { ActionFeedback, describeError, useAction } from '../../components/use-action';
import { activateVersion, fetchVersions } from './api';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { QuestionnaireImport } from './import';
import { QuestionnaireTable } from './table';
import { QuestionnaireView } from './view';
import { useLoad } from '../../components/use-load';
import { questionnairesTexts } from './texts';
import { PageTitle } from '../../components/page-title';

export function Questionnaires() {
  const t = useText(questionnairesTexts);
  const c = useText(common);
  const { load, reload } = useLoad(fetchVersions, t.loadFailed);
  const [viewing, setViewing] = useState<number | null>(null);
  const [activating, setActivating] = useState<QuestionnaireSummary | null>(null);

  const action = useAction(reload, (err, errLang) => describeError(err, errLang, questionnairesTexts[errLang].errors));

  return (
    <main class="page">
      <PageTitle title={t.title} intro={t.intro} />
      <ActionFeedback action={action} />
      <LoadStatus load={load} />
      {load.kind === 'ready' && (
        <section class="card" aria-labelledby="questionnaire-list-title">
          <h2 id="questionnaire-list-title">{t.listTitle}</h2>
          <QuestionnaireTable
            versions={load.value}
            viewing={viewing}
            busy={action.busy}
            onView={(version) => setViewing((id) => (id === version.id ? null : version.id))}
            onActivate={setActivating}
          />
        </section>
      )}
      {viewing !== null && <QuestionnaireView id={viewing} onClose={() => setViewing(null)} />}
      {load.kind === 'ready' && (
        <QuestionnaireImport
          onImported={async (version) => {
            await reload();
            setViewing(version.id);
          }}
        />
      )}
      <ConfirmDialog
        open={activating !== null}
        title={t.confirm.title(activating?.code ?? '')}
        confirmLabel={t.confirm.confirm}
        cancelLabel={c.cancel}
        onCancel={() => setActivating(null)}
        onConfirm={() => {
          const { id, code } = activating!;
          setActivating(null);
          void action.run(() => activateVersion(id), t.done.activated(code));
        }}
      >
        <p>{t.confirm.body}</p>
        <p>{t.confirm.keep}</p>
      </ConfirmDialog>
    </main>
  );
}
