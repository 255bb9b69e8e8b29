import { type Kysely, sql } from 'kysely';

// Paper questionnaires (api/src/paper): each printing run, each printed sheet with its own code and
// the response id minted for it when printed, each keying of a sheet; and the data-entry role.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table users drop constraint users_role_check`.execute(db);
  await sql`alter table users add constraint users_role_check
    check (role in ('province_admin', 'unit_manager', 'viewer', 'data_entry'))`.execute(db);
  await sql`alter table users drop constraint users_manager_has_unit`.execute(db);
  // A data-entry clerk keys the sheets of one unit's subtree, like a unit manager.
  await sql`alter table users add constraint users_manager_has_unit
    check (role not in ('unit_manager', 'data_entry') or unit_id is not null)`.execute(db);

  await db.schema
    .createTable('paper_batches')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('period_id', 'integer', (c) => c.notNull().references('survey_periods.id'))
    .addColumn('questionnaire_version_id', 'integer', (c) => c.notNull().references('questionnaire_versions.id'))
    // One counter's sheets, or a unit's whole subtree (then unit_id names it).
    .addColumn('service_point_id', 'integer', (c) => c.references('service_points.id'))
    .addColumn('unit_id', 'integer', (c) => c.references('units.id'))
    .addColumn('sheets', 'integer', (c) => c.notNull().check(sql`sheets > 0`))
    .addColumn('printed_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('printed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('paper_batches_one_target', sql`(service_point_id is null) <> (unit_id is null)`)
    .execute();
  await db.schema
    .createTable('paper_sheets')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('batch_id', 'integer', (c) => c.notNull().references('paper_batches.id'))
    .addColumn('service_point_id', 'integer', (c) => c.notNull().references('service_points.id'))
    .addColumn('period_id', 'integer', (c) => c.notNull().references('survey_periods.id'))
    .addColumn('questionnaire_version_id', 'integer', (c) => c.notNull().references('questionnaire_versions.id'))
    // Minted at printing: the first entry stores the response under it, so a sheet is one response at most.
    .addColumn('response_id', 'uuid', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('printed')
        .check(sql`status in ('printed', 'entered', 'verified', 'disputed')`),
    )
    .execute();
  await db.schema.createIndex('paper_sheets_period_point').on('paper_sheets').columns(['period_id', 'service_point_id']).execute();
  await db.schema
    .createTable('paper_entries')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('sheet_code', 'text', (c) => c.notNull().references('paper_sheets.code'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    // 'entry': a person keyed the sheet; 'resolution': a supervisor set the values of a disputed sheet.
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('entry', 'resolution')`))
    .addColumn('content', 'jsonb', (c) => c.notNull())
    .addColumn('entered_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  // Double entry needs two people: the database refuses a second keying by the same one.
  await sql`create unique index paper_entries_one_per_person on paper_entries (sheet_code, user_id) where kind = 'entry'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('paper_entries').execute();
  await db.schema.dropTable('paper_sheets').execute();
  await db.schema.dropTable('paper_batches').execute();
  await sql`alter table users drop constraint users_manager_has_unit`.execute(db);
  await sql`alter table users add constraint users_manager_has_unit check (role <> 'unit_manager' or unit_id is not null)`.execute(db);
  await sql`alter table users drop constraint users_role_check`.execute(db);
  await sql`alter table users add constraint users_role_check check (role in ('province_admin', 'unit_manager', 'viewer'))`.execute(db);
}
