// One unit's view of a report: the parts the DOCX and XLSX lay out, picked from the content.
import type { Kysely } from 'kysely';
import type { Database } from '@sipas/db';
import type { QuestionnaireCache } from '../questionnaires/cache';
import { computeStats } from '../stats/compute';
import { findPeriods, findPeriodsBefore } from '../periods/queries';
import { aggregate, mergeAggregates } from '../stats/report';
import type { CommentPicks } from './comment-summary';
import type { RankedRow, SampleFigures } from './completeness';
import type { ReportContent, UnitEntry, UnitFigures } from './content';
import type { LoadedReport } from './snapshot';
import { findSnapshot, type OutsideDates } from './queries';
import type { PaperCounts } from './paper-section';

export interface TrendPoint {
  period: string;
  value: number | null;
  n: number;
}

export interface ReportView {
  content: ReportContent;
  unit: UnitEntry;
  frozen: boolean;
  status: LoadedReport['status'];
  snapshots: LoadedReport['snapshots'];
  /** The year's halves when the report is for a year, each as its own figures for this unit. */
  halves: { period: string; unit: UnitEntry }[];
  trend: TrendPoint[];
  /**
   * Each unit's code by id, read at download time: frozen content names units by id and name only,
   * and adding codes to it would change the digest of every snapshot already stored.
   */
  unitCodes: Map<number, string>;
  /** Every active unit and counter of the scope, ranked or marked, with sample and response rate. */
  ranking: { units: RankedRow[]; servicePoints: RankedRow[]; sample: SampleFigures | null };
  /** The comments this reader may read, contact details masked: complaints and praise apart. */
  comments: CommentPicks;
  /** Responses counted in the period although received outside its dates. */
  outsideDates: OutsideDates;
  factorNames: Map<string, string>;
  itemTexts: Map<string, string>;
  /** Paper sheets of the report's unit and periods (reports/paper-section.ts); absent: not read. */
  paper?: PaperCounts;
}

export function unitOf(content: ReportContent, unitId: number): UnitEntry | undefined {
  return content.units.find((u) => u.id === unitId);
}

/** The unit's index over up to four halves before this report and the report's own. */
export async function trendFor(
  db: Kysely<Database>,
  questionnaires: QuestionnaireCache,
  content: ReportContent,
  unit: UnitEntry,
  halves: { period: string; unit: UnitEntry }[] = [],
): Promise<TrendPoint[]> {
  const first = content.period.periods[0]!;
  const earlier = await findPeriodsBefore(db, first, 4);
  const points: TrendPoint[] = [];
  for (const p of earlier) {
    const stored = await findSnapshot(db, p.id);
    const frozen = stored && (JSON.parse(stored.content) as ReportContent).units.find((u) => u.id === unit.id);
    if (frozen) {
      points.push({ period: p.code, value: frozen.figures.overall.index.value, n: frozen.figures.overall.n });
      continue;
    }
    // Not frozen: the live summaries, as the dashboard shows them.
    const periods = await findPeriods(db, p.code);
    const a = mergeAggregates((await aggregate(db, questionnaires, { periodIds: periods.map((x) => x.id), unit })).values());
    const s = computeStats(content.questionnaire.definition, a, content.period.target, content.method.minN);
    points.push({ period: p.code, value: s.index.value, n: s.n });
  }
  // A year shows its two halves, each a point; a half shows itself.
  const own = halves.length ? halves : [{ period: content.period.code, unit }];
  for (const h of own) points.push({ period: h.period, value: h.unit.figures.overall.index.value, n: h.unit.figures.overall.n });
  return points.filter((p) => p.n > 0 || p.period === content.period.code || own.some((h) => h.period === p.period));
}

export function labelsOf(content: ReportContent) {
  const q = content.questionnaire.definition;
  return {
    factorNames: new Map(q.factors.map((f) => [f.code, f.name.vi])),
    itemTexts: new Map(q.factors.flatMap((f) => f.items.map((i) => [i.code, i.text.vi] as [string, string]))),
  };
}

type Previous = NonNullable<UnitFigures['previous']>;
type Change = NonNullable<Previous['index']>;

/** The difference of the two rounded figures as printed (84,42% − 80,10% = +4,32), so the change reads consistently. */
export function shownDelta(current: number | null, previous: number | null): number | null {
  return current === null || previous === null ? null : Math.round((current - previous) * 100) / 100;
}

const rounded = (change: Change | null, current: number | null): Change | null =>
  change && { ...change, delta: shownDelta(current, change.previous) ?? change.delta };

/** The change from the period before, each delta made from the rounded figures the report prints. */
export function roundedChange(previous: Previous, overall: UnitFigures['overall']): Previous {
  const value = (list: { code: string; value: number | null }[], code: string) => list.find((x) => x.code === code)?.value ?? null;
  return {
    ...previous,
    index: rounded(previous.index, overall.index.value),
    factors: previous.factors.map((f) => ({ ...f, change: rounded(f.change, value(overall.factors, f.code)) })),
    items: previous.items.map((i) => ({ ...i, change: rounded(i.change, value(overall.items, i.code)) })),
  };
}
