import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('responses')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('service_point_id', 'integer', (c) => c.notNull().references('service_points.id'))
    .addColumn('period_id', 'integer', (c) => c.notNull().references('survey_periods.id'))
    .addColumn('questionnaire_version_id', 'integer', (c) => c.notNull().references('questionnaire_versions.id'))
    .addColumn('respondent_type', 'text', (c) => c.notNull().check(sql`respondent_type in ('citizen', 'organization')`))
    .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel in ('kiosk', 'qr', 'web', 'paper')`))
    .addColumn('lang', 'text', (c) => c.notNull().check(sql`lang in ('vi', 'en')`))
    // Compact and positional: aggregation over millions of rows reads 2 bytes per answer.
    .addColumn('answers', sql`smallint[]`, (c) => c.notNull())
    .addColumn('score', 'float8', (c) => c.check(sql`score between 0 and 1`))
    .addColumn('factor_scores', sql`float8[]`, (c) => c.notNull())
    .addColumn('field', 'text')
    .addColumn('profile', 'jsonb')
    .addColumn('expectations', 'jsonb')
    .addColumn('comment', 'text', (c) => c.check(sql`char_length(comment) <= 2000`))
    .addColumn('digest', 'text', (c) => c.notNull())
    .addColumn('received_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('responses_period_point').on('responses').columns(['period_id', 'service_point_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('responses').execute();
}
