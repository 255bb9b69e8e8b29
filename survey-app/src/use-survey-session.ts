import { useEffect, useState } from 'preact/hooks';
import type { Source } from './api';
import { messages } from './messages';
import { forget, loadSaved, type Saved, save, savedKeyOf } from './saved-draft';
import { type Draft, fitDraftTo, newDraft } from './survey-state';
import { useForm } from './use-form';
import { useStep } from './use-step';

/**
 * What a phone and a kiosk share: the form in the respondent's language, the draft, the step, and
 * the copy of both kept on the device until the response is sent.
 */
export function useSurveySession(source: Source | undefined) {
  const key = source && savedKeyOf(source);
  const [draft, setDraft] = useState(newDraft);
  const loaded = useForm(source, (form) => setDraft((d) => fitDraftTo(form.questionnaire, d)));
  const { step, moved, goTo, resumeAt } = useStep();
  // A draft found on the device, until it is resumed or dropped.
  const [found, setFound] = useState<Saved | undefined>(() => (key ? loadSaved(key) : undefined));

  useEffect(() => {
    if (key && !found) save(key, { draft, step });
  }, [draft, step, found]);

  return {
    ...loaded,
    t: messages[loaded.lang],
    draft,
    setDraft: (update: (d: Draft) => Draft) => setDraft(update),
    step,
    moved,
    goTo,
    /** A started response left on this device by a reload. */
    found,
    resume() {
      if (!found) return;
      setDraft(loaded.form ? fitDraftTo(loaded.form.questionnaire, found.draft) : found.draft);
      resumeAt(found.step);
      setFound(undefined);
    },
    /** Drops the draft, on screen and on the device: after sending, starting over or a kiosk's reset. */
    clear() {
      if (key) forget(key);
      setFound(undefined);
      setDraft(newDraft());
    },
  };
}

export type SurveySession = ReturnType<typeof useSurveySession>;
