// Re-checks a frozen period against its raw responses: the stored text must still match its
// digest, and a recount (with the frozen questionnaire, unit tree and minimum n) must give the
// same figures. Any difference is listed by its place in the snapshot.
import type { Kysely } from 'kysely';
import type { Database } from '@sipas/db';
import { findPeriods } from '../periods/queries';
import { canonicalJson, differences, sha256Hex } from '../canonical';
import type { ReportContent } from './content';
import { findSnapshot } from './queries';
import { computeContent } from './snapshot';

export interface Verification {
  period: string;
  digest: string | null;
  ok: boolean;
  problems: string[];
}

export async function verifySnapshots(db: Kysely<Database>, code: string): Promise<Verification[]> {
  const periods = await findPeriods(db, code);
  if (periods.length === 0) return [{ period: code, digest: null, ok: false, problems: [`no survey period ${code}`] }];
  const results: Verification[] = [];
  for (const period of periods) {
    const stored = await findSnapshot(db, period.id);
    if (!stored) {
      results.push({
        period: period.code,
        digest: null,
        ok: false,
        problems: [`${period.code} has no snapshot (status: ${period.status})`],
      });
      continue;
    }
    const problems: string[] = [];
    if (sha256Hex(stored.content) !== stored.digest) problems.push('the stored content no longer matches its digest');
    const frozen = JSON.parse(stored.content) as ReportContent;
    const recomputed = await db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute((trx) =>
        computeContent(trx, [period], period.code, {
          minN: frozen.method.minN,
          questionnaireId: frozen.questionnaire.id,
          tree: {
            units: frozen.units.map(({ id, parentId, path, name }) => ({ id, parentId, path, name })),
            servicePoints: frozen.servicePoints.map(({ id, code, name, unitId }) => ({ id, code, name, unitId })),
          },
        }),
      );
    const recount = canonicalJson(recomputed);
    if (recount !== stored.content) problems.push(...differences(frozen, JSON.parse(recount)));
    results.push({ period: period.code, digest: stored.digest, ok: problems.length === 0, problems });
  }
  return results;
}
