import { type Kysely, sql } from 'kysely';

// What the office did about a comment or a low-scoring response. No row means "open"; the
// history of every change lives in audit_log, this row holds only the current state.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('response_follow_ups')
    .addColumn('response_id', 'uuid', (c) => c.primaryKey().references('responses.id'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open', 'acknowledged', 'closed')`))
    .addColumn('note', 'text', (c) => c.check(sql`char_length(note) <= 2000`))
    .addColumn('action', 'text', (c) => c.check(sql`char_length(action) <= 2000`))
    .addColumn('acknowledged_by', 'integer', (c) => c.references('users.id'))
    .addColumn('acknowledged_at', 'timestamptz')
    .addColumn('closed_by', 'integer', (c) => c.references('users.id'))
    .addColumn('closed_at', 'timestamptz')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // A closed item always says what was done, by whom and when.
    .addCheckConstraint(
      'response_follow_ups_closed_complete',
      sql`status <> 'closed' or (action is not null and closed_by is not null and closed_at is not null)`,
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('response_follow_ups').execute();
}
