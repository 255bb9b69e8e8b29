import { type Kysely, sql } from 'kysely';

// Unit codes (issue 12): reports and the CSV name units by a code a clerk can read, as counters already
// are, not by database ids. Existing units get "DV-<id>" (đơn vị), which an administrator may then change;
// the column stays nullable only so that rows inserted by older code paths are not refused.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('units')
    .addColumn('code', 'text', (c) => c.unique().check(sql`code ~ '^[A-Z0-9][A-Z0-9-]{1,31}$'`))
    .execute();
  await sql`update units set code = 'DV-' || id`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('units').dropColumn('code').execute();
}
