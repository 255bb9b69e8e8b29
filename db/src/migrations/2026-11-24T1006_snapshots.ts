import { type Kysely, sql } from 'kysely';

// Frozen periods (issue 6): closing a period stores the figures its report uses, as canonical
// JSON with a SHA-256 digest, and the database itself keeps new responses out of a closed period.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('period_snapshots')
    .addColumn('period_id', 'integer', (c) => c.primaryKey().references('survey_periods.id'))
    // The canonical text exactly as digested: re-serialising jsonb would not give the same bytes.
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('digest', 'text', (c) => c.notNull().check(sql`digest ~ '^[0-9a-f]{64}$'`))
    .addColumn('taken_at', 'timestamptz', (c) => c.notNull())
    .execute();
  // A snapshot is written once: nothing may rewrite or remove it.
  await sql`
    create function period_snapshots_frozen() returns trigger language plpgsql as $$
    begin
      raise exception 'a period snapshot is frozen' using errcode = 'P0001';
    end $$`.execute(db);
  await sql`create trigger period_snapshots_no_change before update or delete on period_snapshots
    for each row execute function period_snapshots_frozen()`.execute(db);

  // The response path files a response under the period open when it reads the periods; a close
  // can commit between that read and the insert. The share lock taken here orders the two: either
  // the insert commits first (and the close's snapshot counts it) or it sees the period closed and
  // is refused. One check per statement (not per row) keeps bulk loads fast.
  await sql`
    create function responses_refuse_closed_period() returns trigger language plpgsql as $$
    declare
      closed text;
    begin
      select string_agg(p.code, ', ') into closed from (
        select code, status from survey_periods
        where id in (select distinct period_id from new_rows) order by id for share
      ) p where p.status = 'closed';
      if closed is not null then
        raise exception 'period % is closed', closed using errcode = 'P0001', hint = 'period_closed';
      end if;
      return null;
    end $$`.execute(db);
  await sql`create trigger responses_no_closed_period after insert on responses
    referencing new table as new_rows for each statement execute function responses_refuse_closed_period()`.execute(db);
  // Moving a stored response into a closed period is refused the same way (transition tables
  // cannot be combined with a column list, hence a second trigger).
  await sql`
    create function responses_refuse_move_to_closed() returns trigger language plpgsql as $$
    begin
      if exists (select 1 from survey_periods where id = new.period_id and status = 'closed') then
        raise exception 'period % is closed', new.period_id using errcode = 'P0001', hint = 'period_closed';
      end if;
      return new;
    end $$`.execute(db);
  await sql`create trigger responses_no_move_to_closed before update of period_id on responses
    for each row execute function responses_refuse_move_to_closed()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger responses_no_move_to_closed on responses`.execute(db);
  await sql`drop function responses_refuse_move_to_closed()`.execute(db);
  await sql`drop trigger responses_no_closed_period on responses`.execute(db);
  await sql`drop function responses_refuse_closed_period()`.execute(db);
  await db.schema.dropTable('period_snapshots').execute();
  await sql`drop function period_snapshots_frozen()`.execute(db);
}
