// What keying a sheet does, first or second time, and a supervisor's resolution of a disputed one.
// The first entry is the sheet's response (stored once, through the responses' own insert, under
// the id minted when the sheet was printed); a second, by someone else, verifies it or disputes it.
import type { Kysely } from 'kysely';
import type { Database } from '@sipas/db';
import { recordAudit } from '../audit/record';
import { rootUnitOf, outOfScope, pathInScope } from '../auth/scope';
import { digestOf } from '../canonical';
import type { Deps, SessionUser } from '../context';
import { ApiError, type Issue } from '../errors';
import { periodClosed } from '../periods/transitions';
import type { CachedVersion } from '../questionnaires/cache';
import { allItems } from '../shared/questionnaire';
import { insertResponses } from '../responses/queries';
import { contentColumns } from '../responses/score';
import { withdrawFromSummaries } from '../stats/summaries';
import { asSubmission, differences, normalContent, type SheetContent, sheetCodeOf } from './entry';
import { entriesOf, findSheet, insertEntry, type SheetRow, setSheetStatus } from './queries';

/** A sheet the user may key: 400 for a mistyped code, 404 for an unknown one, 403 outside their subtree. */
export async function sheetInScope(db: Kysely<Database>, user: SessionUser, typed: string): Promise<SheetRow> {
  const code = sheetCodeOf(typed);
  const sheet = await findSheet(db, code);
  if (!sheet) throw new ApiError(404, 'not_found', `No sheet has the code ${code}.`);
  if (!pathInScope(await rootUnitOf(db, user), sheet.unitPath)) throw outOfScope();
  return sheet;
}

export function itemCodes(version: CachedVersion): string[] {
  return allItems(version.definition).map((i) => i.code);
}

async function versionOf(deps: Deps, sheet: SheetRow): Promise<CachedVersion> {
  const version = await deps.questionnaires.get(sheet.questionnaireVersionId);
  if (!version) throw new Error(`sheet ${sheet.code} names a missing questionnaire version`);
  return version;
}

function row(sheet: SheetRow, version: CachedVersion, content: SheetContent) {
  const submission = asSubmission(content, sheet, version);
  return { submission, values: { ...contentColumns(version.definition, submission), digest: digestOf(submission) } };
}

export type KeyingResult = { status: 'entered' | 'verified'; sheet: SheetRow } | { status: 'disputed'; issues: Issue[] };

export async function keySheet(deps: Deps, user: SessionUser, typed: string, raw: SheetContent): Promise<KeyingResult> {
  const { db, now } = deps;
  const found = await sheetInScope(db, user, typed);
  const version = await versionOf(deps, found);
  const content = normalContent(raw);
  // Checked before anything is written: a 400 leaves no trace.
  const { values } = row(found, version, content);
  if (found.periodStatus === 'closed') throw periodClosed(found.periodCode);
  return db.transaction().execute(async (trx): Promise<KeyingResult> => {
    const sheet = (await findSheet(trx, found.code, true))!;
    const at = now();
    if (sheet.status === 'verified') throw new ApiError(409, 'sheet_verified', `Sheet ${sheet.code} is already verified.`);
    if (sheet.status === 'disputed') {
      throw new ApiError(409, 'sheet_disputed', `Sheet ${sheet.code} is disputed: a supervisor sets its values.`);
    }
    if (sheet.status === 'printed') {
      await insertResponses(trx, [
        {
          id: sheet.responseId,
          service_point_id: sheet.servicePointId,
          period_id: sheet.periodId,
          questionnaire_version_id: version.id,
          channel: 'paper',
          lang: 'vi',
          ...values,
        },
      ]);
      await insertEntry(trx, { code: sheet.code, userId: user.id, kind: 'entry', content, at });
      await setSheetStatus(trx, sheet.code, 'entered');
      return { status: 'entered', sheet };
    }
    const entries = await entriesOf(trx, sheet.code);
    if (entries.some((e) => e.userId === user.id)) {
      throw new ApiError(409, 'entry_same_person', `You keyed sheet ${sheet.code} already: another person keys it a second time.`);
    }
    const issues = differences(entries[0]!.content, content, itemCodes(version));
    await insertEntry(trx, { code: sheet.code, userId: user.id, kind: 'entry', content, at });
    await setSheetStatus(trx, sheet.code, issues.length === 0 ? 'verified' : 'disputed');
    return issues.length === 0 ? { status: 'verified', sheet } : { status: 'disputed', issues };
  });
}

/**
 * A supervisor's values for a disputed sheet replace the first entry in the response, and the
 * summaries follow: the response leaves them and is folded again with what it holds now.
 */
export async function resolveSheet(deps: Deps, user: SessionUser, typed: string, raw: SheetContent): Promise<SheetRow> {
  const { db, now } = deps;
  const found = await sheetInScope(db, user, typed);
  const version = await versionOf(deps, found);
  const content = normalContent(raw);
  const { values } = row(found, version, content);
  return db.transaction().execute(async (trx) => {
    const sheet = (await findSheet(trx, found.code, true))!;
    if (sheet.status !== 'disputed') throw new ApiError(409, 'not_disputed', `Sheet ${sheet.code} is not disputed.`);
    // A closed period is frozen; the share lock orders this before or after a close.
    const period = await trx
      .selectFrom('survey_periods')
      .select('status')
      .where('id', '=', sheet.periodId)
      .forShare()
      .executeTakeFirstOrThrow();
    if (period.status === 'closed') throw periodClosed(sheet.periodCode);
    const entries = await entriesOf(trx, sheet.code);
    await withdrawFromSummaries(trx, [sheet.responseId]);
    await trx.updateTable('responses').set(values).where('id', '=', sheet.responseId).execute();
    await requeueFollowUp(trx, sheet.responseId);
    const at = now();
    await insertEntry(trx, { code: sheet.code, userId: user.id, kind: 'resolution', content, at });
    await setSheetStatus(trx, sheet.code, 'verified');
    const before = { entries: entries.map((e) => ({ username: e.username, content: e.content })) };
    await recordAudit(trx, user, { action: 'resolve', entity: 'paper_sheet', entityId: sheet.code, before, after: content }, at);
    return sheet;
  });
}

/** The follow-up item of a changed response is made again from what it holds now, unless someone already worked on it. */
async function requeueFollowUp(trx: Kysely<Database>, responseId: string): Promise<void> {
  await trx
    .deleteFrom('response_follow_ups')
    .where('response_id', '=', responseId)
    .where('status', '=', 'open')
    .where('note', 'is', null)
    .where('action', 'is', null)
    .execute();
  const kept = await trx.selectFrom('response_follow_ups').select('response_id').where('response_id', '=', responseId).executeTakeFirst();
  if (!kept) {
    await trx
      .insertInto('follow_up_pending')
      .values({ response_id: responseId })
      .onConflict((oc) => oc.column('response_id').doNothing())
      .execute();
  }
}
