// Builds the one view of a report that the DOCX and the XLSX both lay out, so the two files agree:
// complete rankings, samples and response rates, changes from the rounded figures shown, the
// comments this reader may read (masked, complaints and praise apart) and the method's counts.
import { type Kysely, sql } from 'kysely';
import type { Database } from '@sipas/db';
import { commentReadable } from '../comments/readers';
import { findPeriods } from '../periods/queries';
import type { QuestionnaireCache } from '../questionnaires/cache';
import { representativeComments } from './comment-summary';
import { completeRankings } from './completeness';
import type { UnitEntry } from './content';
import { labelsOf, type ReportView, roundedChange, trendFor, unitOf } from './model';
import { activeIds, outsideDates, transactionsByPoint } from './queries';
import type { LoadedReport } from './snapshot';

export async function reportView(
  db: Kysely<Database>,
  questionnaires: QuestionnaireCache,
  loaded: LoadedReport,
  unit: UnitEntry,
  scope: { path: string },
  insider: boolean,
): Promise<ReportView> {
  const { content } = loaded;
  const periods = await findPeriods(db, content.period.code);
  const periodIds = periods.map((p) => p.id);
  const facts = { active: await activeIds(db), transactions: await transactionsByPoint(db, periodIds) };
  const ranking = completeRankings(content, unit, facts);
  // The comments this reader may read, by the same rule as the comments page (comments/readers.ts).
  const pointResponses = new Map(content.servicePoints.map((sp) => [sp.id, sp.sums.responses]));
  const comments = representativeComments(unit, content, content.comments, (pointId) =>
    commentReadable(pointResponses.get(pointId) ?? 0, content.method.minN, insider),
  );
  const previous = unit.figures.previous;
  const halves = loaded.halves.flatMap((h) => {
    const u = unitOf(h, unit.id);
    return u ? [{ period: h.period.code, unit: u }] : [];
  });
  return {
    ...loaded,
    unit: {
      ...unit,
      figures: {
        ...unit.figures,
        units: ranking.units,
        servicePoints: ranking.servicePoints,
        previous: previous && roundedChange(previous, unit.figures.overall),
        // Anything that still reads the summary gets the masked picks only.
        comments: {
          total: comments.total,
          byFactor: comments.byFactor.map((f) => ({
            ...f,
            examples: (f.factor === null ? comments.praise : (comments.complaints.find((c) => c.factor === f.factor)?.examples ?? [])).map(
              (text) => ({ text, receivedAt: '' }),
            ),
          })),
        },
      },
    },
    ranking,
    comments,
    outsideDates: await outsideDates(db, periods, { id: unit.id, path: scope.path }),
    halves,
    trend: await trendFor(db, questionnaires, content, unit, halves),
    unitCodes: await unitCodesById(db),
    ...labelsOf(content),
  };
}

/** Every unit's code; a unit left without one reads as the migration named the old ones. */
async function unitCodesById(db: Kysely<Database>): Promise<Map<number, string>> {
  const rows = await db
    .selectFrom('units')
    .select(['id', sql<string>`coalesce(code, 'DV-' || id)`.as('code')])
    .execute();
  return new Map(rows.map((r) => [r.id, r.code]));
}
