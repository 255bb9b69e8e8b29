// One unit's view of a report: the parts the DOCX and XLSX lay out, picked from the content.
import type { Kysely } from 'kysely';
import type { Database } from '@sipas/db';
import type { QuestionnaireCache } from '../questionnaires/cache';
import { computeStats } from '../stats/compute';
import { findPeriods, findPeriodsBefore } from '../periods/queries';
import { aggregate, mergeAggregates } from '../stats/report';
import type { ReportContent, UnitEntry } from './content';
import type { LoadedReport } from './snapshot';
import { findSnapshot } from './queries';
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
  points.push({ period: content.period.code, value: unit.figures.overall.index.value, n: unit.figures.overall.n });
  return points.filter((p) => p.n > 0 || p.period === content.period.code);
}

export function labelsOf(content: ReportContent) {
  const q = content.questionnaire.definition;
  return {
    factorNames: new Map(q.factors.map((f) => [f.code, f.name.vi])),
    itemTexts: new Map(q.factors.flatMap((f) => f.items.map((i) => [i.code, i.text.vi] as [string, string]))),
  };
}
