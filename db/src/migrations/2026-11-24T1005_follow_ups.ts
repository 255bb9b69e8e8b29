import { type Kysely, sql } from 'kysely';

// Comments and low-scoring responses the office follows up. Whether a response is low depends
// on its questionnaire version (api/src/comments/low-score.ts), so the API examines new responses
// itself: every insert queues the candidates here, and the comments endpoint examines the queue
// before it reads, keeping one row per item in response_follow_ups. Pages and counts then read
// the items alone instead of recomputing every response in scope on every view; an item copies
// what they filter and sort on from its response, which never changes once stored.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('follow_up_pending')
    .addColumn('response_id', 'uuid', (c) => c.primaryKey())
    .execute();
  await db.schema
    .createTable('response_follow_ups')
    .addColumn('response_id', 'uuid', (c) => c.primaryKey().references('responses.id'))
    .addColumn('received_at', 'timestamptz', (c) => c.notNull())
    .addColumn('period_id', 'integer', (c) => c.notNull().references('survey_periods.id'))
    .addColumn('service_point_id', 'integer', (c) => c.notNull().references('service_points.id'))
    .addColumn('has_comment', 'boolean', (c) => c.notNull())
    .addColumn('low_factors', sql`text[]`, (c) => c.notNull())
    .addColumn('low_items', sql`text[]`, (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('open')
        .check(sql`status in ('open', 'acknowledged', 'closed')`),
    )
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
  // The list is newest first, paged by (received_at, response_id).
  await db.schema
    .createIndex('response_follow_ups_received')
    .on('response_follow_ups')
    .columns(['received_at desc', 'response_id desc'])
    .execute();
  // Only a comment or an answer of 1 or 2 can make an item (a mean below 3 needs an answer below
  // 3): the rest is never queued. One statement per insert batch, not one per row.
  await sql`
    create function follow_up_enqueue() returns trigger language plpgsql as $$
    begin
      insert into follow_up_pending (response_id)
        select id from new_rows where comment is not null or answers && '{1,2}'::smallint[]
        on conflict do nothing;
      return null;
    end $$`.execute(db);
  await sql`create trigger responses_follow_up_enqueue after insert on responses
    referencing new table as new_rows for each statement execute function follow_up_enqueue()`.execute(db);
  await sql`insert into follow_up_pending (response_id)
    select id from responses where comment is not null or answers && '{1,2}'::smallint[]`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger responses_follow_up_enqueue on responses`.execute(db);
  await sql`drop function follow_up_enqueue()`.execute(db);
  await db.schema.dropTable('response_follow_ups').execute();
  await db.schema.dropTable('follow_up_pending').execute();
}
