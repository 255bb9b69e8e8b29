// Imports a questionnaire from a JSON file; the server names every problem with its place in the file.
import type { QuestionnaireVersion } from '@sipas/api/types';
import { useText } from '../../i18n';
import { questionnairesTexts } from './texts';
import { FileImport, FileRefused } from '../../components/file-import';
import { importVersion } from './api';

export function QuestionnaireImport({ onImported }: { onImported: (version: QuestionnaireVersion) => Promise<void> }) {
  const t = useText(questionnairesTexts);

  const upload = async (file: File) => {
    let definition: unknown;
    try {
      definition = JSON.parse(await file.text());
    } catch {
      throw new FileRefused(t.import.notJson);
    }
    const version = await importVersion(definition);
    await onImported(version);
    return t.done.imported(version.code);
  };

  return (
    <FileImport
      name="questionnaire"
      texts={t.import}
      errors={t.errors}
      accept=".json,application/json"
      upload={upload}
      issue={(issue) => (
        <>
          <code>{issue.path || '/'}</code> — {issue.message}
        </>
      )}
    />
  );
}
