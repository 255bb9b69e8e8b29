// Turns validated answers into the stored, positional form and the respondent's scores.
import { weightedMean } from '../stats/math';
import type { AnswerValue, Submission } from '../shared/response';
import type { Questionnaire } from '../shared/questionnaire';
import { isSatisfied, notApplicable } from '../shared/scale';

export interface ScoredAnswers {
  /** 1..5 per item in the version's order, 0 for "na", null when an optional item was skipped. */
  answers: (number | null)[];
  /** s_r: weighted mean of the factor scores over the factors the respondent answered. */
  score: number | null;
  factorScores: (number | null)[];
}

export function scoreAnswers(q: Questionnaire, given: Record<string, AnswerValue | undefined>): ScoredAnswers {
  const answers: (number | null)[] = [];
  const factorScores = q.factors.map((factor) => {
    const parts = factor.items.map((item) => {
      const value = given[item.code];
      answers.push(value === undefined ? null : value === 'na' ? notApplicable : value);
      const onScale = typeof value === 'number';
      return { value: onScale ? (isSatisfied(value) ? 1 : 0) : null, weight: item.weight };
    });
    return weightedMean(parts);
  });
  const score = weightedMean(q.factors.map((f, i) => ({ value: factorScores[i] ?? null, weight: f.weight })));
  return { answers, score, factorScores };
}

/** The columns a response's content fills: its answers scored, the optional fields, the comment trimmed (blank: none). */
export function contentColumns(q: Questionnaire, submission: Submission) {
  const scored = scoreAnswers(q, submission.answers);
  return {
    respondent_type: submission.respondentType,
    answers: scored.answers,
    score: scored.score,
    factor_scores: scored.factorScores,
    field: submission.field ?? null,
    profile: submission.profile ? JSON.stringify(submission.profile) : null,
    expectations: submission.expectations ? JSON.stringify(submission.expectations) : null,
    comment: submission.comment?.trim() || null,
  };
}
