// Loads realistic synthetic responses into PostgreSQL fast (COPY), for the benchmarks.
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type Kysely, sql } from 'kysely';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { type Database, migrateToLatest, seedIfEmpty, sipasQuestionnaire } from '@sipas/db';
import { scoreAnswers } from '../../api/src/responses/score';
import { questionnaireSchema } from '../../api/src/shared/questionnaire';
import type { AnswerValue } from '../../api/src/shared/response';
import { rebuildSummaries } from '../../api/src/stats/summaries';
import { prng } from '../helpers/random-responses';

const q = questionnaireSchema.parse(sipasQuestionnaire);
const items = q.factors.flatMap((f) => f.items);
const fields = q.fields.map((f) => f.code);

export interface SyntheticOptions {
  responses: number;
  servicePoints: number;
  period: string;
  seed?: number;
}

/** Adds `servicePoints` counters in units of ten under the province; returns their ids. */
async function ensureServicePoints(db: Kysely<Database>, count: number): Promise<number[]> {
  const existing = await db.selectFrom('service_points').select('id').where('code', 'like', 'SYN-%').orderBy('id').execute();
  if (existing.length >= count) return existing.slice(0, count).map((r) => r.id);
  const province = await db.selectFrom('units').select(['id', 'path']).where('parent_id', 'is', null).executeTakeFirstOrThrow();
  const ids: number[] = existing.map((r) => r.id);
  for (let u = Math.floor(existing.length / 10); ids.length < count; u++) {
    const { rows } = await sql<{ id: number }>`select nextval(pg_get_serial_sequence('units', 'id'))::int as id`.execute(db);
    const unitId = rows[0]!.id;
    await db
      .insertInto('units')
      .values({
        id: unitId,
        parent_id: province.id,
        path: `${province.path}${unitId}/`,
        name: `Đơn vị tổng hợp ${u + 1}`,
        kind: u % 3 === 0 ? 'department' : 'commune',
      })
      .execute();
    const batch = Array.from({ length: Math.min(10, count - ids.length) }, (_, j) => ({
      code: `SYN-${u + 1}-${j + 1}`,
      name: `Quầy ${j + 1}, đơn vị ${u + 1}`,
      unit_id: unitId,
    }));
    ids.push(...(await db.insertInto('service_points').values(batch).returning('id').execute()).map((r) => r.id));
  }
  return ids;
}

function level(random: () => number, p: number): number {
  const r = random();
  if (r < p * 0.55) return 5;
  if (r < p) return 4;
  const rest = (r - p) / (1 - p);
  return rest < 0.6 ? 3 : rest < 0.85 ? 2 : 1;
}

function* rows(o: SyntheticOptions & { pointIds: number[]; periodId: number; versionId: number; start: number; end: number }) {
  const random = prng(o.seed ?? 1);
  // Each counter has its own satisfaction level, so units differ and rankings mean something.
  const levels = o.pointIds.map(() => Math.min(0.99, Math.max(0.5, 0.86 + (random() - 0.5) * 0.3)));
  const chunk: string[] = [];
  for (let i = 0; i < o.responses; i++) {
    const sp = Math.floor(random() * o.pointIds.length);
    const mood = Math.min(0.995, Math.max(0.2, levels[sp]! + (random() - 0.5) * 0.2));
    const answers: Record<string, AnswerValue> = {};
    for (const item of items) answers[item.code] = item.allowNa && random() < 0.2 ? 'na' : level(random, mood);
    const s = scoreAnswers(q, answers);
    const type = random() < 0.75 ? 'citizen' : 'organization';
    const r = random();
    const channel = r < 0.45 ? 'kiosk' : r < 0.9 ? 'qr' : r < 0.97 ? 'paper' : 'web';
    const field = random() < 0.8 ? fields[Math.floor(random() * fields.length)]! : '\\N';
    const at = new Date(o.start + random() * (o.end - o.start)).toISOString();
    chunk.push(
      `${randomUUID()}\t${o.pointIds[sp]}\t${o.periodId}\t${o.versionId}\t${type}\t${channel}\tvi\t{${s.answers.join(',')}}\t${s.score ?? '\\N'}\t{${s.factorScores.map((f) => f ?? 'NULL').join(',')}}\t${field}\tsynthetic\t${at}\n`,
    );
    if (chunk.length === 2000) yield chunk.splice(0).join('');
  }
  if (chunk.length) yield chunk.join('');
}

const copyColumns =
  'id, service_point_id, period_id, questionnaire_version_id, respondent_type, channel, lang, answers, score, factor_scores, field, digest, received_at';

/**
 * Migrates, seeds, adds counters, COPYs the responses and rebuilds the summaries. `target` is the
 * PostgreSQL URL (COPY through its own connection) or the embedded database's client behind `db`.
 */
export async function loadSynthetic(
  db: Kysely<Database>,
  target: string | PGlite,
  o: SyntheticOptions,
): Promise<{ loadMs: number; summaryMs: number }> {
  await migrateToLatest(db);
  await seedIfEmpty(db, new Date(`${o.period.slice(0, 4)}-${o.period.endsWith('H1') ? '03' : '09'}-01T00:00:00Z`));
  const period = await db
    .selectFrom('survey_periods')
    .select(['id', 'starts_on', 'ends_on'])
    .where('code', '=', o.period)
    .executeTakeFirstOrThrow();
  const version = await db.selectFrom('questionnaire_versions').select('id').where('active', '=', true).executeTakeFirstOrThrow();
  const pointIds = await ensureServicePoints(db, o.servicePoints);
  const started = performance.now();
  const start = Date.parse(`${period.starts_on}T00:00:00+07:00`);
  const end = Math.min(Date.now(), Date.parse(`${period.ends_on}T23:59:59+07:00`));
  const source = rows({ ...o, pointIds, periodId: period.id, versionId: version.id, start, end: Math.max(end, start + 86_400_000) });
  if (typeof target === 'string') {
    const client = new pg.Client({ connectionString: target });
    await client.connect();
    try {
      await pipeline(Readable.from(source), client.query(copyFrom(`copy responses (${copyColumns}) from stdin`)));
    } finally {
      await client.end();
    }
  } else {
    // PGlite takes COPY input as a blob: a few thousand rows at a time keep the memory flat.
    for (const chunk of source) await target.query(`copy responses (${copyColumns}) from '/dev/blob'`, [], { blob: new Blob([chunk]) });
  }
  const loadMs = performance.now() - started;
  await sql`analyze responses`.execute(db);
  const summaryStart = performance.now();
  await rebuildSummaries(db);
  await sql`analyze`.execute(db);
  return { loadMs, summaryMs: performance.now() - summaryStart };
}
