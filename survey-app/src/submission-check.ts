// The API's own schema run before queueing, so a gap is fixed now rather than refused later.
import type { LocalizedQuestionnaire } from '@sipas/api/shared/questionnaire';
import { submissionSchemaFor } from '@sipas/api/shared/response';
import { type Outgoing, type Step, stepOfIssue } from './survey-state';

/** Undefined when the server will accept the body, otherwise the index of the step to fix. */
export function stepToFix(body: Outgoing, q: LocalizedQuestionnaire, steps: Step[]): number | undefined {
  const result = submissionSchemaFor(q).safeParse(body);
  return result.success ? undefined : stepOfIssue(steps, result.error.issues[0]?.path ?? []);
}
