// The optional controls below the digits, in the order the sheet prints them: the field, the
// profile (a citizen's, then an organisation's), the expectations, the comment. None of them is on
// the keystroke path: the type, the digits and Enter save a sheet without them.
import type { LocalizedQuestionnaire } from '@sipas/api/shared/questionnaire';
import { useText } from '../../i18n';
import type { SheetContent } from './api';
import { ChoiceSelect } from './choice-select';
import { type Extras, withChoice } from './extras';
import { paperTexts } from './texts';

interface ExtrasFieldsProps {
  form: LocalizedQuestionnaire;
  respondentType: SheetContent['respondentType'] | undefined;
  extras: Extras;
  onChange: (next: Extras) => void;
}

export function ExtrasFields({ form, respondentType, extras, onChange }: ExtrasFieldsProps) {
  const t = useText(paperTexts);
  const set = (patch: Partial<Extras>) => onChange({ ...extras, ...patch });
  const expectations = form.expectations;
  return (
    <>
      <label for="paper-field">{t.field}</label>
      <ChoiceSelect id="paper-field" none={t.noField} options={form.fields} value={extras.field} onChange={(field) => set({ field })} />
      {(['citizen', 'organization'] as const).map(
        (type) =>
          form.profile[type].length > 0 && (
            // The other type's questions are not asked of this respondent: shown where the sheet has them, closed.
            <fieldset key={type} class="paper-choices" disabled={respondentType !== undefined && respondentType !== type}>
              <legend>{t.profileFor[type]}</legend>
              {form.profile[type].map((q) => (
                <div key={q.code}>
                  <label for={`paper-profile-${type}-${q.code}`}>{q.label}</label>
                  <ChoiceSelect
                    id={`paper-profile-${type}-${q.code}`}
                    none={t.noField}
                    options={q.options}
                    value={extras.profile[q.code]}
                    onChange={(code) => set({ profile: withChoice(extras.profile, q.code, code) })}
                  />
                </div>
              ))}
            </fieldset>
          ),
      )}
      {expectations && (
        <fieldset class="paper-choices">
          <legend>{t.expectationsFor(expectations.prompt)}</legend>
          {expectations.items.map((item) => (
            <div key={item.code}>
              <label for={`paper-expectation-${item.code}`}>{item.label}</label>
              <ChoiceSelect
                id={`paper-expectation-${item.code}`}
                none={t.noField}
                options={expectations.levels}
                value={extras.expectations[item.code]}
                onChange={(code) => set({ expectations: withChoice(extras.expectations, item.code, code) })}
              />
            </div>
          ))}
        </fieldset>
      )}
      <label for="paper-comment">{t.comment}</label>
      <input id="paper-comment" value={extras.comment} maxLength={2000} onInput={(e) => set({ comment: e.currentTarget.value })} />
    </>
  );
}
