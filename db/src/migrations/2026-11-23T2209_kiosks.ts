import { type Kysely, sql } from 'kysely';

// Kiosk tablets bound to one counter by a key an administrator issues; only the key's hash is stored.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('kiosks')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('service_point_id', 'integer', (c) => c.notNull().references('service_points.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('key_hash', 'text', (c) => c.notNull().unique())
    .addColumn('idle_seconds', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(30)
        .check(sql`idle_seconds between 3 and 600`),
    )
    .addColumn('min_interval_seconds', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(10)
        .check(sql`min_interval_seconds between 0 and 3600`),
    )
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('last_seen_at', 'timestamptz')
    .addColumn('queued_count', 'integer')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .alterTable('responses')
    .addColumn('kiosk_id', 'integer', (c) => c.references('kiosks.id'))
    .execute();
  // When the respondent pressed send on the kiosk: the minimum interval is judged on it, so a
  // day of responses queued offline and delivered at once is not mistaken for a burst.
  await db.schema.alterTable('responses').addColumn('completed_at', 'timestamptz').execute();
  await sql`create index responses_kiosk_completed on responses (kiosk_id, completed_at) where kiosk_id is not null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('responses').dropColumn('completed_at').dropColumn('kiosk_id').execute();
  await db.schema.dropTable('kiosks').execute();
}
