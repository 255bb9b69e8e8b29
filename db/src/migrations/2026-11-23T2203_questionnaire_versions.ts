import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('questionnaire_versions')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('definition', 'jsonb', (c) => c.notNull())
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  // At most one version takes new responses.
  await sql`create unique index questionnaire_versions_one_active on questionnaire_versions (active) where active`.execute(db);
  // Responses point at a version by id: its content must never change under them.
  await sql`
    create function questionnaire_versions_frozen() returns trigger language plpgsql as $$
    begin
      if new.definition is distinct from old.definition or new.code is distinct from old.code then
        raise exception 'questionnaire version % is immutable', old.code using errcode = 'P0001';
      end if;
      return new;
    end $$`.execute(db);
  await sql`
    create trigger questionnaire_versions_frozen before update on questionnaire_versions
    for each row execute function questionnaire_versions_frozen()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('questionnaire_versions').execute();
  await sql`drop function questionnaire_versions_frozen`.execute(db);
}
