import { useText } from '../i18n';
import { common } from '../messages';

// Placeholder until this page is built; it only names the section.
export function Units() {
  const t = useText(common);
  return (
    <main class="page">
      <h1>{t.nav.units}</h1>
    </main>
  );
}
