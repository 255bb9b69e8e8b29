import { type Kysely, sql } from 'kysely';
import type { Database } from '@sipas/db';
import { responseCountsBy } from '../periods/response-counts';
import { type Questionnaire, questionnaireSchema } from '../shared/questionnaire';

const columns = ['id', 'code', 'active', 'created_at as createdAt', sql<unknown>`definition -> 'title'`.as('title')] as const;

type Row = { id: number; code: string; active: boolean; createdAt: Date; title: unknown };

export interface QuestionnaireVersion {
  id: number;
  code: string;
  definition: Questionnaire;
}

export async function findActiveQuestionnaireId(db: Kysely<Database>): Promise<number | undefined> {
  const row = await db.selectFrom('questionnaire_versions').select('id').where('active', '=', true).executeTakeFirst();
  return row?.id;
}

/** One stored version with its definition parsed: every read of a definition goes through here. */
export async function findQuestionnaire(db: Kysely<Database>, id: number): Promise<QuestionnaireVersion | undefined> {
  const row = await db.selectFrom('questionnaire_versions').select(['id', 'code', 'definition']).where('id', '=', id).executeTakeFirst();
  return row && { id: row.id, code: row.code, definition: questionnaireSchema.parse(row.definition) };
}

/** Versions by id (versions never change, so any read is the read); the app's cache is the faster way where it is at hand. */
export async function loadVersions(db: Kysely<Database>, ids: Iterable<number>): Promise<Map<number, QuestionnaireVersion>> {
  const versions = new Map<number, QuestionnaireVersion>();
  for (const id of new Set(ids)) {
    const v = await findQuestionnaire(db, id);
    if (v) versions.set(id, v);
  }
  return versions;
}

function summary(row: Row, responses: number) {
  const title = questionnaireSchema.shape.title.parse(row.title);
  return { id: row.id, code: row.code, title, active: row.active, createdAt: new Date(row.createdAt).toISOString(), responses };
}

/** Every version, newest first, with its title and how many responses answered it. */
export async function listVersions(db: Kysely<Database>) {
  const [rows, counts] = await Promise.all([
    db.selectFrom('questionnaire_versions').select(columns).orderBy('id', 'desc').execute(),
    responseCountsBy(db, 'questionnaire_version_id'),
  ]);
  return rows.map((row) => summary(row, counts.get(row.id) ?? 0));
}

export type VersionSummary = ReturnType<typeof summary>;

/** One version with its whole definition. */
export async function findVersion(db: Kysely<Database>, id: number) {
  const row = await db
    .selectFrom('questionnaire_versions')
    .select([...columns, 'definition'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const counts = await responseCountsBy(db, 'questionnaire_version_id');
  return { ...summary(row, counts.get(id) ?? 0), definition: questionnaireSchema.parse(row.definition) };
}

/** A version's id and code, locked so it cannot be activated twice at once. */
export async function lockVersion(trx: Kysely<Database>, id: number) {
  return trx.selectFrom('questionnaire_versions').select(['id', 'code']).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function versionCodeExists(db: Kysely<Database>, code: string): Promise<boolean> {
  return (await db.selectFrom('questionnaire_versions').select('id').where('code', '=', code).executeTakeFirst()) !== undefined;
}

/** Stores a new version, not yet active. */
export async function insertVersion(trx: Kysely<Database>, q: Questionnaire): Promise<number> {
  const row = await trx
    .insertInto('questionnaire_versions')
    .values({ code: q.code, definition: JSON.stringify(q), active: false })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The active version's id and code, locked so two activations queue up. */
export async function lockActiveVersion(trx: Kysely<Database>) {
  return trx.selectFrom('questionnaire_versions').select(['id', 'code']).where('active', '=', true).forUpdate().executeTakeFirst();
}

/** Makes `id` the one active version: the old one steps down first, as the one-active index demands. */
export async function activateVersion(trx: Kysely<Database>, id: number): Promise<void> {
  await trx.updateTable('questionnaire_versions').set({ active: false }).where('active', '=', true).where('id', '!=', id).execute();
  await trx.updateTable('questionnaire_versions').set({ active: true }).where('id', '=', id).execute();
}
