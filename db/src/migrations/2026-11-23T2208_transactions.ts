import { type Kysely, sql } from 'kysely';

// How many procedures a counter handled in a period: the N of the Ministry's sample size.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('service_point_transactions')
    .addColumn('period_id', 'integer', (c) => c.notNull().references('survey_periods.id'))
    .addColumn('service_point_id', 'integer', (c) => c.notNull().references('service_points.id'))
    .addColumn('transactions', 'integer', (c) => c.notNull().check(sql`transactions >= 0`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('service_point_transactions_pk', ['period_id', 'service_point_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('service_point_transactions').execute();
}
