import { type Kysely, sql } from 'kysely';

// The supervisors' list of disputed sheets (api/src/paper/queries.ts, disputedSheets) reads a few
// rows among every sheet a province prints: a partial index finds them without reading the rest.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index paper_sheets_disputed on paper_sheets (period_id) where status = 'disputed'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index paper_sheets_disputed`.execute(db);
}
