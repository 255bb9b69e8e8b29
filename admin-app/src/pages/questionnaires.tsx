// "Phiếu khảo sát": the questionnaire versions, one version's contents, import and activation.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { useLang, useText } from '../i18n';
import { common, errorMessage } from '../messages';
import { ActionFeedback, describeError, useAction } from '../components/period-action';
import { activateVersion, fetchVersions, type VersionSummary } from '../components/questionnaire-api';
import { ConfirmDialog } from '../components/period-confirm-dialog';
import { QuestionnaireImport } from '../components/questionnaire-import';
import { QuestionnaireTable } from '../components/questionnaire-table';
import { QuestionnaireView } from '../components/questionnaire-view';
import { questionnairesTexts } from './questionnaires-texts';

type Load = { kind: 'loading' } | { kind: 'ready'; versions: VersionSummary[] } | { kind: 'failed'; message: string };

export function Questionnaires() {
  const t = useText(questionnairesTexts);
  const c = useText(common);
  const { lang } = useLang();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [viewing, setViewing] = useState<number | null>(null);
  const [activating, setActivating] = useState<VersionSummary | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const reload = useCallback(async () => setLoad({ kind: 'ready', versions: await fetchVersions() }), []);
  const action = useAction(reload, (err, errLang) => describeError(err, errLang, questionnairesTexts[errLang].errors));

  useEffect(() => {
    document.title = `${t.title} – ${c.appName}`;
  }, [t, c]);
  useEffect(() => {
    heading.current?.focus();
    reload().catch((err: unknown) => setLoad({ kind: 'failed', message: `${t.loadFailed} ${errorMessage(err, lang)}` }));
  }, [reload]);

  return (
    <main class="page">
      <h1 ref={heading} tabIndex={-1}>
        {t.title}
      </h1>
      <p class="muted">{t.intro}</p>
      <ActionFeedback action={action} />
      {load.kind === 'loading' && <p class="muted">{c.loading}</p>}
      {load.kind === 'failed' && (
        <p class="error" role="alert">
          {load.message}
        </p>
      )}
      {load.kind === 'ready' && (
        <section class="card" aria-labelledby="questionnaire-list-title">
          <h2 id="questionnaire-list-title">{t.listTitle}</h2>
          <QuestionnaireTable
            versions={load.versions}
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
