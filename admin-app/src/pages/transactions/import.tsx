// Imports a period's counts from a CSV file; when a line is wrong the server names it and keeps nothing.
import { useLang, useText } from '../../i18n';
import { transactionsTexts } from './texts';
import { FileImport } from '../../components/file-import';
import { importCounts } from './api';

export function TransactionImport({ period, onImported }: { period: string; onImported: () => Promise<void> }) {
  const t = useText(transactionsTexts);
  const { lang } = useLang();

  const upload = async (file: File) => {
    const { imported } = await importCounts(period, await file.text(), lang);
    await onImported();
    return t.import.done(imported);
  };

  return (
    <FileImport
      name="transaction"
      texts={{ ...t.import, problems: () => t.import.problems }}
      errors={t.errors}
      accept=".csv,text/csv,text/plain"
      upload={upload}
      issue={(issue) => (
        <>
          {/* Paths are "line.<n>", or "file" for the file as a whole. */}
          {issue.path.startsWith('line.') ? <strong>{t.import.line(issue.path.slice('line.'.length))}: </strong> : null}
          {issue.message}
        </>
      )}
    >
      <p class="hint">
        {t.import.example} <code class="transaction-example">DEMO-01,1250</code>
      </p>
    </FileImport>
  );
}
