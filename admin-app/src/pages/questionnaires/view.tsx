// One version's contents: its factors and statements, in Vietnamese as respondents read them
// (with the English wording underneath when the app is in English).
import { useEffect, useRef } from 'preact/hooks';
import { useLang, useText } from '../../i18n';
import { useLoad } from '../../components/use-load';
import { questionnairesTexts } from './texts';
import { fetchVersion } from './api';

export function QuestionnaireView({ id, onClose }: { id: number; onClose: () => void }) {
  const t = useText(questionnairesTexts);
  const { lang } = useLang();
  const { load } = useLoad(() => fetchVersion(id), '', id);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (load.kind === 'ready') heading.current?.focus();
  }, [load.kind]);

  if (load.kind === 'loading') return <p class="muted card">{t.viewLoading}</p>;
  if (load.kind === 'failed') {
    return (
      <p class="error card" role="alert">
        {load.message}
      </p>
    );
  }
  const { code, definition: q } = load.value;
  const english = (text: { en: string }) => lang === 'en' && <span class="questionnaire-en">{text.en}</span>;
  return (
    <section class="card questionnaire-view" aria-labelledby="questionnaire-view-title">
      <h2 id="questionnaire-view-title" ref={heading} tabIndex={-1}>
        {t.viewTitle(code)}
      </h2>
      <p lang="vi" class="questionnaire-title">
        {q.title.vi}
      </p>
      {english(q.title)}
      <p class="hint">{t.structure(q.fields.length, q.profile.citizen.length, q.profile.organization.length)}</p>
      {q.factors.map((factor) => (
        <section key={factor.code} class="questionnaire-factor" aria-labelledby={`factor-${factor.code}`}>
          <h3 id={`factor-${factor.code}`}>
            <span lang="vi">{t.factorHeading(factor.code, factor.name.vi)}</span>
            {factor.weight !== 1 && <span class="muted"> ({t.weight(factor.weight)})</span>}
          </h3>
          {english(factor.name)}
          <ol class="questionnaire-items">
            {factor.items.map((item) => (
              <li key={item.code}>
                <strong>{item.code}</strong> <span lang="vi">{item.text.vi}</span>
                {english(item.text)}
                {(item.allowNa || !item.required || item.weight !== 1) && (
                  <span class="questionnaire-notes">
                    {[item.allowNa && t.allowsNa, !item.required && t.optional, item.weight !== 1 && t.weight(item.weight)]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                )}
              </li>
            ))}
          </ol>
        </section>
      ))}
      <button type="button" class="button secondary" onClick={onClose}>
        {t.closeView}
      </button>
    </section>
  );
}
