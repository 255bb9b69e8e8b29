import type { Lang } from '@sipas/api/shared/questionnaire';
import type { Form } from '../api';
import type { Messages } from '../messages';

interface Props {
  t: Messages;
  lang: Lang;
  servicePoint: Form['servicePoint'] | undefined;
  onLang: (lang: Lang) => void;
}

const languages: { lang: Lang; label: string }[] = [
  { lang: 'vi', label: 'VI' },
  { lang: 'en', label: 'EN' },
];

export function SiteHeader({ t, lang, servicePoint, onLang }: Props) {
  return (
    <header class="site-header">
      <div class="site-header__inner">
        <div class="site-header__bar">
          {servicePoint ? <p class="site-header__brand">{t.appTitle}</p> : <h1 class="site-header__brand">{t.appTitle}</h1>}
          <div class="lang-switch" role="group" aria-label={t.language}>
            {languages.map((l) => (
              <button
                key={l.lang}
                type="button"
                lang={l.lang}
                aria-pressed={lang === l.lang}
                onClick={() => lang !== l.lang && onLang(l.lang)}
              >
                {l.label}
              </button>
            ))}
          </div>
        </div>
        {servicePoint && (
          <>
            <h1 class="site-header__title">{servicePoint.name}</h1>
            <p class="site-header__unit">{servicePoint.unit.name}</p>
          </>
        )}
      </div>
    </header>
  );
}
