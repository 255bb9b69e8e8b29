// Frozen periods: the report content of a closed half-year, stored once as canonical JSON with
// its SHA-256. Reports of a closed period read it; a year whose halves are both frozen is added
// up from the two snapshots; anything still open, or closed but not yet frozen by the freeze job,
// is computed from the raw responses.
import type { Kysely } from 'kysely';
import type { Database } from '@sipas/db';
import { recordAudit, systemActor } from '../audit/record';
import { ApiError } from '../errors';
import { findPeriodById, findPeriods, listUnfrozenClosedPeriods, type PeriodRow } from '../periods/queries';
import { activeVersion } from '../questionnaires/cache';
import { findQuestionnaire, loadVersions } from '../questionnaires/queries';
import { periodCodePattern, previousPeriodCode } from '../shared/periods';
import { defaultMinN } from '../stats/compute';
import { groupLabels } from '../stats/labels';
import { readCells, readComments, readTree, type Tree } from './cells';
import { canonicalJson, sha256Hex } from '../canonical';
import type { CommentRows } from './comment-summary';
import { frozenExclusions } from '../quality/exclusion';
import { buildContent, type ReportContent } from './content';
import { findSnapshot, insertSnapshot } from './queries';
import { addGroupSums, addSums, codesOf, type GroupSums, type Sums, sumsByGroup } from './sums';

type Period = PeriodRow;

/**
 * Freezes a period. Call it inside the transaction that closes the period, right after the status
 * change: the snapshot then holds exactly the responses the period ends with.
 */
export async function takeSnapshot(trx: Kysely<Database>, periodId: number, now: Date) {
  const period = await findPeriodById(trx, periodId);
  if (!period) throw new ApiError(404, 'not_found', `No survey period ${periodId}.`);
  if (period.status !== 'closed')
    throw new ApiError(409, 'period_not_closed', `Period ${period.code} is ${period.status}; only a closed period is frozen.`);
  const content = canonicalJson(await computeContent(trx, [period], period.code));
  const snapshot = { periodId, content, digest: sha256Hex(content), takenAt: now };
  await insertSnapshot(trx, snapshot);
  return { period: period.code, digest: snapshot.digest, takenAt: now };
}

export interface ComputeOptions {
  minN?: number;
  /** Recompute with these rather than today's (snapshot:verify passes the frozen ones). */
  questionnaireId?: number;
  tree?: Tree;
}

/** The report content of a half or a year, recomputed from the raw responses. */
export async function computeContent(
  db: Kysely<Database>,
  periods: Period[],
  code: string,
  options: ComputeOptions = {},
): Promise<ReportContent> {
  const periodIds = periods.map((p) => p.id);
  const tree = options.tree ?? (await readTree(db));
  const [cells, comments] = [await readCells(db, periodIds), await readComments(db, periodIds)];
  const active = options.questionnaireId === undefined ? await activeVersion(db) : await findQuestionnaire(db, options.questionnaireId);
  if (!active) throw new ApiError(404, 'not_found', `No questionnaire version ${options.questionnaireId}.`);
  const versions = await loadVersions(db, [active.id, ...cells.totals.map((t) => t.version)]);
  const codes = codesOf(new Map([...versions].map(([id, v]) => [id, v.definition])));
  const { units, points } = sumsByGroup(tree, cells, codes);
  const factorCode = (version: number, position: number) => (position === 0 ? null : (codes(version)?.factors[position - 1] ?? null));
  const commentRows: CommentRows = {
    counts: comments.counts.map((c) => ({ ...c, factor: factorCode(c.version, c.factor) })),
    examples: comments.examples.map((c) => ({ ...c, factor: factorCode(c.version, c.factor) })),
  };
  const answered = [...new Set(cells.totals.map((t) => t.version))].sort((a, b) => a - b);
  const content = buildContent({
    period: periodInfo(code, periods),
    questionnaire: { id: active.id, code: active.code, definition: active.definition },
    answeredVersions: answered.map((id) => ({ id, code: versions.get(id)?.code ?? `#${id}` })),
    minN: options.minN ?? defaultMinN,
    tree,
    units,
    points,
    comments: commentRows,
    previous: await previousSums(db, code),
    labels: await labelsFor(db, active.definition),
  });
  // What was excluded is frozen with the figures it changed.
  return { ...content, exclusions: await frozenExclusions(db, periodIds) };
}

function periodInfo(code: string, periods: Period[]) {
  const last = periods.at(-1)!;
  return { code, periods: periods.map((p) => p.code), startsOn: periods[0]!.startsOn, endsOn: last.endsOn, target: Number(last.target) };
}

async function labelsFor(db: Kysely<Database>, q: ReportContent['questionnaire']['definition']) {
  return { respondentType: await groupLabels(db, 'respondentType', [], q), channel: await groupLabels(db, 'channel', [], q) };
}

/** Per-unit sums of the period before (its snapshot when frozen), null when that period does not exist. */
async function previousSums(db: Kysely<Database>, code: string) {
  const previous = previousPeriodCode(code);
  const periods = await findPeriods(db, previous);
  if (periods.length === 0) return null;
  const parts = await Promise.all(periods.map((p) => frozenContent(db, p)));
  if (parts.every((c) => c !== undefined)) {
    return { period: previous, units: addUnitSums(parts.map((c) => new Map(c!.units.map((u) => [u.id, u.sums.all])))) };
  }
  const tree = await readTree(db);
  const cells = await readCells(
    db,
    periods.map((p) => p.id),
  );
  const versions = await loadVersions(
    db,
    cells.totals.map((t) => t.version),
  );
  const { units } = sumsByGroup(tree, cells, codesOf(new Map([...versions].map(([id, v]) => [id, v.definition]))));
  return { period: previous, units: new Map([...units].map(([id, g]) => [id, g.all])) };
}

function addUnitSums(parts: Map<number, Sums>[]): Map<number, Sums> {
  const ids = [...new Set(parts.flatMap((p) => [...p.keys()]))];
  return new Map(ids.map((id) => [id, addSums(parts.flatMap((p) => p.get(id) ?? []))]));
}

async function frozenContent(db: Kysely<Database>, period: Period): Promise<ReportContent | undefined> {
  const stored = await findSnapshot(db, period.id);
  return stored && (JSON.parse(stored.content) as ReportContent);
}

export interface LoadedReport {
  content: ReportContent;
  status: Period['status'];
  /** One per half that is frozen; a report is frozen when every half is. */
  snapshots: { period: string; digest: string; takenAt: string }[];
  frozen: boolean;
  /** For a year: each half's own content (its snapshot, or live when it has none). */
  halves: ReportContent[];
}

/** The report content of a half (2026-H1) or a year (2026): frozen where it can be, live otherwise. */
export async function loadReport(db: Kysely<Database>, code: string): Promise<LoadedReport> {
  const periods = await findPeriods(db, code);
  if (periods.length === 0) throw new ApiError(404, 'not_found', `No survey period ${code}.`);
  const status = periods.at(-1)!.status;
  const stored = await Promise.all(periods.map(async (p) => ({ p, s: await findSnapshot(db, p.id) })));
  const snapshots = stored.flatMap(({ p, s }) =>
    s ? [{ period: p.code, digest: s.digest, takenAt: new Date(s.takenAt).toISOString() }] : [],
  );
  const frozen = snapshots.length === periods.length;
  const halves = await Promise.all(
    stored.map(({ p, s }) => (s ? (JSON.parse(s.content) as ReportContent) : computeContent(db, [p], p.code))),
  );
  if (periodCodePattern.test(code)) return { content: halves[0]!, status, snapshots, frozen, halves: [] };
  const content = frozen ? await yearFromHalves(db, code, periods, halves) : await computeContent(db, periods, code);
  return { content, status, snapshots, frozen, halves };
}

/** A year whose halves are both frozen: their sums added up, the figures computed from those. */
async function yearFromHalves(db: Kysely<Database>, code: string, periods: Period[], halves: ReportContent[]): Promise<ReportContent> {
  const last = halves.at(-1)!;
  const units = new Map<number, Tree['units'][number]>();
  const points = new Map<number, Tree['servicePoints'][number]>();
  for (const h of halves) {
    for (const u of h.units) units.set(u.id, { id: u.id, parentId: u.parentId, path: u.path, name: u.name });
    for (const sp of h.servicePoints) points.set(sp.id, { id: sp.id, code: sp.code, name: sp.name, unitId: sp.unitId });
  }
  const tree: Tree = {
    units: [...units.values()].sort((a, b) => a.id - b.id),
    servicePoints: [...points.values()].sort((a, b) => (a.code < b.code ? -1 : 1)),
  };
  const unitSums = (id: number): GroupSums => addGroupSums(halves.flatMap((h) => h.units.find((u) => u.id === id)?.sums ?? []));
  const pointSums = (id: number): Sums => addSums(halves.flatMap((h) => h.servicePoints.find((sp) => sp.id === id)?.sums ?? []));
  const content = buildContent({
    period: periodInfo(code, periods),
    questionnaire: last.questionnaire,
    answeredVersions: [...new Map(halves.flatMap((h) => h.answeredVersions).map((v) => [v.id, v])).values()].sort((a, b) => a.id - b.id),
    minN: last.method.minN,
    tree,
    units: new Map(tree.units.map((u) => [u.id, unitSums(u.id)])),
    points: new Map(tree.servicePoints.map((sp) => [sp.id, pointSums(sp.id)])),
    comments: { counts: halves.flatMap((h) => h.comments.counts), examples: halves.flatMap((h) => h.comments.examples) },
    previous: await previousSums(db, code),
    labels: await labelsFor(db, last.questionnaire.definition),
  });
  return { ...content, exclusions: halves.flatMap((h) => h.exclusions ?? []) };
}

/**
 * Freezes every closed period that has no snapshot: closing takes one, so only periods closed
 * outside the app (the seed's, or by hand) lack it. The freeze job's work; each period's row is
 * locked while its snapshot is taken, and one locked elsewhere (being closed, or frozen by another
 * instance) is left to the next run. Returns the codes frozen.
 */
export async function freezeClosedPeriods(db: Kysely<Database>, now: Date): Promise<string[]> {
  const frozen: string[] = [];
  for (const p of await listUnfrozenClosedPeriods(db)) {
    const taken = await db.transaction().execute(async (trx) => {
      const locked = await trx.selectFrom('survey_periods').select('id').where('id', '=', p.id).forUpdate().skipLocked().executeTakeFirst();
      if (!locked || (await findSnapshot(trx, p.id))) return undefined;
      const taken = await takeSnapshot(trx, p.id, now);
      await recordAudit(
        trx,
        systemActor,
        { action: 'freeze', entity: 'survey_period', entityId: p.code, before: null, after: { digest: taken.digest } },
        now,
      );
      return taken;
    });
    if (taken) frozen.push(taken.period);
  }
  return frozen;
}
