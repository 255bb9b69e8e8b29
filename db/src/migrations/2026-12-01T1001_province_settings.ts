import { type Kysely, sql } from 'kysely';

// What the report's header and signature block print (issue 12, Decree 30/2020 Phụ lục I): one row
// for the province, every value empty until a province administrator sets it (the DOCX then prints
// a dotted placeholder for the office to fill in by hand).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('province_settings')
    // One row only: the check keeps a second one out.
    .addColumn('id', 'smallint', (c) =>
      c
        .primaryKey()
        .defaultTo(1)
        .check(sql`id = 1`),
    )
    .addColumn('parent_body', 'text')
    .addColumn('issuing_body', 'text')
    .addColumn('symbol', 'text')
    .addColumn('place', 'text')
    .addColumn('signer_authority', 'text')
    .addColumn('signer_position', 'text')
    .addColumn('signer_name', 'text')
    .addColumn('recipients', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`insert into province_settings default values`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('province_settings').execute();
}
