import { useText } from '../i18n';
import { common } from '../messages';

// Placeholder until this page is built; it only names the section.
export function Transactions() {
  const t = useText(common);
  return (
    <main class="page">
      <h1>{t.nav.transactions}</h1>
    </main>
  );
}
