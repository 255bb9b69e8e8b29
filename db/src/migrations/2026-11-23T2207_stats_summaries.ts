import type { Kysely } from 'kysely';

// Additive summaries for the dashboard (SIPAS.md §3: counts and sums of respondent scores add
// up across counters, units and days). A response enters stats_pending in its own insert; a
// fold deletes pending rows and adds them to the summaries in one transaction, so a response
// is counted exactly once whether the fold has run or not (readers add the pending tail).
//
// Three grains, so that a view reads rows in proportion to the groups it shows:
//   stats_point_*       per counter (for a counter, or groups of counters)
//   stats_unit_*        per unit, counting its whole subtree (the province is one row set)
//   stats_unit_field_*  the same, split by field of procedure
export const summaryGrains = [
  { prefix: 'stats_point', owner: 'service_point_id', ownerTable: 'service_points', field: false },
  { prefix: 'stats_unit', owner: 'unit_id', ownerTable: 'units', field: false },
  { prefix: 'stats_unit_field', owner: 'unit_id', ownerTable: 'units', field: true },
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('stats_pending')
    .addColumn('response_id', 'uuid', (c) => c.primaryKey().references('responses.id'))
    .execute();

  for (const g of summaryGrains) {
    let cells = db.schema
      .createTable(`${g.prefix}_cells`)
      .addColumn('id', 'serial', (c) => c.primaryKey())
      .addColumn('period_id', 'integer', (c) => c.notNull().references('survey_periods.id'))
      .addColumn(g.owner, 'integer', (c) => c.notNull().references(`${g.ownerTable}.id`))
      .addColumn('questionnaire_version_id', 'integer', (c) => c.notNull().references('questionnaire_versions.id'))
      .addColumn('respondent_type', 'text', (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull());
    if (g.field) cells = cells.addColumn('field', 'text', (c) => c.notNull());
    const key = ['period_id', g.owner, 'questionnaire_version_id', 'respondent_type', 'channel', ...(g.field ? ['field'] : [])];
    await cells
      .addColumn('n', 'integer', (c) => c.notNull())
      .addColumn('score_n', 'integer', (c) => c.notNull())
      .addColumn('score_sum', 'float8', (c) => c.notNull())
      .addColumn('score_sumsq', 'float8', (c) => c.notNull())
      .addUniqueConstraint(`${g.prefix}_cells_key`, key as never)
      .execute();
    await db.schema
      .createTable(`${g.prefix}_items`)
      .addColumn('cell_id', 'integer', (c) => c.notNull().references(`${g.prefix}_cells.id`))
      .addColumn('position', 'smallint', (c) => c.notNull())
      .addColumn('na', 'integer', (c) => c.notNull())
      .addColumn('l1', 'integer', (c) => c.notNull())
      .addColumn('l2', 'integer', (c) => c.notNull())
      .addColumn('l3', 'integer', (c) => c.notNull())
      .addColumn('l4', 'integer', (c) => c.notNull())
      .addColumn('l5', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint(`${g.prefix}_items_pk`, ['cell_id', 'position'] as never)
      .execute();
    await db.schema
      .createTable(`${g.prefix}_factors`)
      .addColumn('cell_id', 'integer', (c) => c.notNull().references(`${g.prefix}_cells.id`))
      .addColumn('position', 'smallint', (c) => c.notNull())
      .addColumn('n', 'integer', (c) => c.notNull())
      .addColumn('sum', 'float8', (c) => c.notNull())
      .addColumn('sumsq', 'float8', (c) => c.notNull())
      .addPrimaryKeyConstraint(`${g.prefix}_factors_pk`, ['cell_id', 'position'] as never)
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
  await db.schema.dropTable('stats_days').execute();
  for (const g of [...summaryGrains].reverse()) {
    for (const t of ['items', 'factors', 'cells']) await db.schema.dropTable(`${g.prefix}_${t}`).execute();
  }
  await db.schema.dropTable('stats_pending').execute();
}
