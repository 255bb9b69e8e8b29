// "Phiếu khảo sát": the questionnaire versions, one version's contents, import and activation.
import type { QuestionnaireSummary } from '@sipas/api/types';
import { useEffect, useRef, useState } from 'preact/hooks';
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

export function Questionnaires() {
  const t = useText(questionnairesTexts);
  const c = useText(common);
  const { load, reload } = useLoad(fetchVersions, t.loadFailed);
  const [viewing, setViewing] = useState<number | null>(null);
  const [activating, setActivating] = useState<QuestionnaireSummary | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const action = useAction(reload, (err, errLang) => describeError(err, errLang, questionnairesTexts[errLang].errors));

  useEffect(() => {
    document.title = `${t.title} – ${c.appName}`;
  }, [t, c]);
  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <main class="page">
      <h1 ref={heading} tabIndex={-1}>
        {t.title}
      </h1>
      <p class="muted">{t.intro}</p>
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
