import type { Kysely } from 'kysely';
import type { Database } from '@sipas/db';
import { questionnaireSchema, type Questionnaire } from '../shared/questionnaire';

export async function findActiveServicePoint(db: Kysely<Database>, code: string) {
  return db
    .selectFrom('service_points as sp')
    .innerJoin('units as u', 'u.id', 'sp.unit_id')
    .select(['sp.id', 'sp.code', 'sp.name', 'u.id as unitId', 'u.name as unitName'])
    .where('sp.code', '=', code.toUpperCase())
    .where('sp.active', '=', true)
    .where('u.active', '=', true)
    .executeTakeFirst();
}

export async function findOpenPeriod(db: Kysely<Database>) {
  return db
    .selectFrom('survey_periods')
    .select(['id', 'code', 'starts_on as startsOn', 'ends_on as endsOn', 'target', 'status'])
    .where('status', '=', 'open')
    .executeTakeFirst();
}

export interface QuestionnaireVersion {
  id: number;
  code: string;
  definition: Questionnaire;
}

export async function findActiveQuestionnaireId(db: Kysely<Database>): Promise<number | undefined> {
  const row = await db.selectFrom('questionnaire_versions').select('id').where('active', '=', true).executeTakeFirst();
  return row?.id;
}

export async function findQuestionnaire(db: Kysely<Database>, id: number): Promise<QuestionnaireVersion | undefined> {
  const row = await db
    .selectFrom('questionnaire_versions')
    .select(['id', 'code', 'definition'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row && { id: row.id, code: row.code, definition: questionnaireSchema.parse(row.definition) };
}
