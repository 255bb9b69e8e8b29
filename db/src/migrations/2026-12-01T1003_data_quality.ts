import { type Kysely, sql } from 'kysely';

// Data quality (issue 16): each unit's opening hours, against which kiosk responses are judged, and the
// province administrator's decisions to exclude a flag's responses from every figure. A decision names
// the responses it excluded, so responses arriving later never change what was decided.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('unit_opening_hours')
    .addColumn('unit_id', 'integer', (c) => c.primaryKey().references('units.id'))
    // Seven lists (Monday first) of [opens, closes] as "HH:MM", Vietnam time; see api/src/quality/hours.ts.
    .addColumn('hours', 'jsonb', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('quality_exclusions')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('period_id', 'integer', (c) => c.notNull().references('survey_periods.id'))
    .addColumn('service_point_id', 'integer', (c) => c.notNull().references('service_points.id'))
    .addColumn('flag', 'text', (c) =>
      c.notNull().check(sql`flag in ('straight_lining', 'off_hours', 'burst', 'exceeds_transactions', 'repeated_comment')`),
    )
    .addColumn('reason', 'text', (c) => c.notNull().check(sql`char_length(reason) between 1 and 1000`))
    // The flag as it was judged when the decision was taken (its counts, share and detail).
    .addColumn('judged', 'jsonb', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_by_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('quality_exclusions_once', ['period_id', 'service_point_id', 'flag'])
    .execute();
  await db.schema
    .createTable('quality_excluded_responses')
    // A response is excluded at most once: a second decision on the same responses takes only the rest.
    .addColumn('response_id', 'uuid', (c) => c.primaryKey().references('responses.id'))
    .addColumn('exclusion_id', 'integer', (c) => c.notNull().references('quality_exclusions.id').onDelete('cascade'))
    .execute();
  await db.schema.createIndex('quality_excluded_responses_exclusion').on('quality_excluded_responses').column('exclusion_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('quality_excluded_responses').execute();
  await db.schema.dropTable('quality_exclusions').execute();
  await db.schema.dropTable('unit_opening_hours').execute();
}
