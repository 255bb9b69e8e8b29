import { useText } from '../i18n';
import { common } from '../messages';

// Placeholder until this page is built; it only names the section.
export function Kiosks() {
  const t = useText(common);
  return (
    <main class="page">
      <h1>{t.nav.kiosks}</h1>
    </main>
  );
}
