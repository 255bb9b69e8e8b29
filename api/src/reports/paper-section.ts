// The report's lines on paper questionnaires: which entry the figures count, and how many sheets
// were printed, keyed in and verified for the report's unit (read live, also for a frozen period:
// the sheets' state is bookkeeping, not a figure).
import { type Kysely, sql } from 'kysely';
import type { Database } from '@sipas/db';
import { countText } from './texts';

export interface PaperCounts {
  printed: number;
  entered: number;
  verified: number;
  disputed: number;
}

export async function paperCountsFor(db: Kysely<Database>, periodIds: number[], unitPath: string): Promise<PaperCounts> {
  return db
    .selectFrom('paper_sheets as s')
    .innerJoin('service_points as sp', 'sp.id', 's.service_point_id')
    .innerJoin('units as u', 'u.id', 'sp.unit_id')
    .select([
      sql<number>`count(*)::int`.as('printed'),
      sql<number>`(count(*) filter (where s.status <> 'printed'))::int`.as('entered'),
      sql<number>`(count(*) filter (where s.status = 'verified'))::int`.as('verified'),
      sql<number>`(count(*) filter (where s.status = 'disputed'))::int`.as('disputed'),
    ])
    .where('s.period_id', 'in', periodIds)
    .where('u.path', 'like', `${unitPath}%`)
    .executeTakeFirstOrThrow();
}

export const paperMethodText =
  'Phiếu giấy: mỗi phiếu in có mã riêng; phiếu được nhập hai lần bởi hai người khác nhau và đối chiếu từng ô. Số liệu tính lần nhập đầu tiên của mỗi phiếu, hoặc giá trị người giám sát quyết định khi hai lần nhập khác nhau; mỗi phiếu chỉ được tính một lần.';

/** The method's paper paragraphs; none when no sheet was printed for the report's unit. */
export function paperParagraphs(counts: PaperCounts | undefined): string[] {
  if (!counts || counts.printed === 0) return [];
  return [
    paperMethodText,
    `Phiếu giấy trong kỳ: đã in ${countText(counts.printed)}, đã nhập ${countText(counts.entered)}, đã đối chiếu khớp ${countText(counts.verified)}, đang chờ giám sát ${countText(counts.disputed)}.`,
  ];
}
