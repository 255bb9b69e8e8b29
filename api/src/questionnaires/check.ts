// Checks an imported questionnaire: first the shape (the shared schema), then the rules between
// its parts, each problem named at its own place so the office can fix the file in one go.
import * as z from 'zod/mini';
import { type Issue, toIssues } from '../errors';
import { type Questionnaire, questionnaireSchema } from '../shared/questionnaire';
import { highestLevel, lowestLevel, scaleLevels } from '../shared/scale';

// The shared schema without its cross-checks: those name only "factors" for any duplicate,
// so the rules below replace them with issues that point at the duplicate itself.
const shape = z.object(questionnaireSchema.shape);

export type CheckResult = { ok: true; questionnaire: Questionnaire } | { ok: false; issues: Issue[] };

export function checkQuestionnaire(input: unknown): CheckResult {
  const parsed = shape.safeParse(input);
  if (!parsed.success) return { ok: false, issues: toIssues(parsed.error.issues) };
  const issues = ruleIssues(parsed.data);
  if (issues.length > 0) return { ok: false, issues };
  // What is stored must pass the very schema the form and the stats parse it with.
  const full = questionnaireSchema.safeParse(input);
  return full.success ? { ok: true, questionnaire: full.data } : { ok: false, issues: toIssues(full.error.issues) };
}

function ruleIssues(q: Questionnaire): Issue[] {
  const issues: Issue[] = [];
  q.scale.forEach((level, i) => {
    const expected = scaleLevels[i];
    if (level.value !== expected)
      issues.push({
        path: `scale.${i}.value`,
        message: `expected ${expected}: the scale lists ${lowestLevel} to ${highestLevel} in order`,
      });
  });
  const factorCodes = new Codes('factor code');
  const itemCodes = new Codes('item code');
  q.factors.forEach((factor, f) => {
    issues.push(...factorCodes.add(factor.code, `factors.${f}.code`));
    factor.items.forEach((item, i) => {
      const path = `factors.${f}.items.${i}.code`;
      issues.push(...itemCodes.add(item.code, path));
      // Reports and exports identify a statement by its code alone (TC1 is under TC).
      if (!item.code.startsWith(factor.code))
        issues.push({ path, message: `${item.code} is under factor ${factor.code}: its code must start with ${factor.code}` });
    });
  });
  const scored = q.factors.some((f) => f.items.some((i) => i.required && !i.allowNa));
  if (!scored)
    issues.push({
      path: 'factors',
      message: 'at least one item must be required and without "not applicable", or a response could carry no score',
    });
  issues.push(...optionIssues(q.fields, 'fields'));
  // The submission schema merges both respondent types' profile questions into one set of keys.
  const profileCodes = new Codes('profile question code');
  for (const type of ['citizen', 'organization'] as const) {
    q.profile[type].forEach((question, i) => {
      issues.push(...profileCodes.add(question.code, `profile.${type}.${i}.code`));
      issues.push(...optionIssues(question.options, `profile.${type}.${i}.options`));
    });
  }
  if (q.expectations) {
    issues.push(...optionIssues(q.expectations.levels, 'expectations.levels'));
    issues.push(...optionIssues(q.expectations.items, 'expectations.items'));
  }
  return issues;
}

function optionIssues(options: { code: string }[], path: string): Issue[] {
  const codes = new Codes('code');
  return options.flatMap((option, i) => codes.add(option.code, `${path}.${i}.code`));
}

/** Remembers where each code was first seen and names every later use. */
class Codes {
  private readonly seen = new Map<string, string>();
  constructor(private readonly what: string) {}

  add(code: string, path: string): Issue[] {
    const first = this.seen.get(code);
    if (first !== undefined) return [{ path, message: `${this.what} ${code} is already used at ${first}` }];
    this.seen.set(code, path);
    return [];
  }
}
