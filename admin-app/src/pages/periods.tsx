import { useText } from '../i18n';
import { common } from '../messages';

// Placeholder until this page is built; it only names the section.
export function Periods() {
  const t = useText(common);
  return (
    <main class="page">
      <h1>{t.nav.periods}</h1>
    </main>
  );
}
