import { type Kysely, sql } from 'kysely';

// What a batch of submissions reads first (api/src/responses/queries.ts, findSubmissionContexts),
// as a function: PL/pgSQL keeps its plan for the session, where the same statement sent as text was
// planned again at every batch (about 0.3 ms of PostgreSQL's CPU each, for a 0.1 ms run). And the
// versions answerable because they were active once are found through an index of the audit log's
// activations, not by reading the whole log, which grows with every change an office makes.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index audit_log_version_activations on audit_log (entity_id)
    where action = 'activate' and entity = 'questionnaire_version'`.execute(db);
  await sql`create index audit_log_version_activations_before on audit_log ((before->>'active'))
    where action = 'activate' and entity = 'questionnaire_version'`.execute(db);
  await sql`
    create function submission_contexts(codes text[]) returns json language plpgsql stable as $$
    declare
      found json;
    begin
      select json_build_object(
        'servicePoints', (select coalesce(json_object_agg(sp.code, json_build_object('id', sp.id, 'code', sp.code)), '{}')
          from service_points sp join units u on u.id = sp.unit_id
          where sp.code = any(codes) and sp.active and u.active),
        'period', (select json_build_object('id', p.id, 'code', p.code) from survey_periods p where p.status = 'open'),
        'activeVersion', (select id from questionnaire_versions where active),
        'answerableVersions', (select coalesce(json_agg(v.id), '[]') from questionnaire_versions v where v.active or exists (
          select 1 from audit_log a where a.action = 'activate' and a.entity = 'questionnaire_version'
            and (a.entity_id = v.id::text or a.before->>'active' = v.code)))
      ) into found;
      return found;
    end $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop function submission_contexts(text[])`.execute(db);
  await sql`drop index audit_log_version_activations_before`.execute(db);
  await sql`drop index audit_log_version_activations`.execute(db);
}
