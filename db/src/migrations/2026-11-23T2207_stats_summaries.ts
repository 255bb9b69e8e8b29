import type { Kysely } from 'kysely';

// Additive summaries for the dashboard (SIPAS.md §3: counts and sums of respondent scores add
// up across counters, units and days). A response enters stats_pending in its own insert; a
// fold deletes pending rows and adds them to the summaries in one transaction, so a response
// is counted exactly once whether the fold has run or not (readers add the pending tail).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('stats_pending')
    .addColumn('response_id', 'uuid', (c) => c.primaryKey().references('responses.id'))
    .execute();

  // Two grains: without the field of procedure (small, used by most views) and with it.
  for (const [table, withField] of [['stats_cells', false], ['stats_field_cells', true]] as const) {
    let cells = db.schema
      .createTable(table)
      .addColumn('id', 'serial', (c) => c.primaryKey())
      .addColumn('period_id', 'integer', (c) => c.notNull().references('survey_periods.id'))
      .addColumn('service_point_id', 'integer', (c) => c.notNull().references('service_points.id'))
      .addColumn('questionnaire_version_id', 'integer', (c) => c.notNull().references('questionnaire_versions.id'))
      .addColumn('respondent_type', 'text', (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull());
    if (withField) cells = cells.addColumn('field', 'text', (c) => c.notNull());
    await cells
      .addColumn('n', 'integer', (c) => c.notNull())
      .addColumn('score_n', 'integer', (c) => c.notNull())
      .addColumn('score_sum', 'float8', (c) => c.notNull())
      .addColumn('score_sumsq', 'float8', (c) => c.notNull())
      .addUniqueConstraint(`${table}_key`, [
        'period_id', 'service_point_id', 'questionnaire_version_id', 'respondent_type', 'channel', ...(withField ? ['field'] : []),
      ] as never)
      .execute();
    await db.schema
      .createTable(`${table.replace('cells', 'items')}`)
      .addColumn('cell_id', 'integer', (c) => c.notNull().references(`${table}.id`))
      .addColumn('position', 'smallint', (c) => c.notNull())
      .addColumn('na', 'integer', (c) => c.notNull())
      .addColumn('l1', 'integer', (c) => c.notNull())
      .addColumn('l2', 'integer', (c) => c.notNull())
      .addColumn('l3', 'integer', (c) => c.notNull())
      .addColumn('l4', 'integer', (c) => c.notNull())
      .addColumn('l5', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint(`${table.replace('cells', 'items')}_pk`, ['cell_id', 'position'] as never)
      .execute();
    await db.schema
      .createTable(`${table.replace('cells', 'factors')}`)
      .addColumn('cell_id', 'integer', (c) => c.notNull().references(`${table}.id`))
      .addColumn('position', 'smallint', (c) => c.notNull())
      .addColumn('n', 'integer', (c) => c.notNull())
      .addColumn('sum', 'float8', (c) => c.notNull())
      .addColumn('sumsq', 'float8', (c) => c.notNull())
      .addPrimaryKeyConstraint(`${table.replace('cells', 'factors')}_pk`, ['cell_id', 'position'] as never)
      .execute();
  }

  await db.schema
    .createTable('stats_days')
    .addColumn('period_id', 'integer', (c) => c.notNull().references('survey_periods.id'))
    .addColumn('service_point_id', 'integer', (c) => c.notNull().references('service_points.id'))
    .addColumn('respondent_type', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('day', 'date', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('stats_days_pk', ['period_id', 'service_point_id', 'respondent_type', 'channel', 'day'] as never)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['stats_days', 'stats_field_items', 'stats_field_factors', 'stats_field_cells', 'stats_items', 'stats_factors', 'stats_cells', 'stats_pending']) {
    await db.schema.dropTable(t).execute();
  }
}
