import { useText } from '../i18n';
import { common } from '../messages';

// Placeholder until this page is built; it only names the section.
export function Account() {
  const t = useText(common);
  return (
    <main class="page">
      <h1>{t.nav.account}</h1>
    </main>
  );
}
