import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sql } from 'kysely';
import { allAnswers, postResponse, signIn, startApp, type SessionHeaders, type TestApp } from '../helpers/app';
import { backends } from '../helpers/backends';
import type { Questionnaire } from '../../api/src/shared/questionnaire';

// The CSV's row text is joined by the database; these are the cases it hands back to node.
describe.each(backends)('report CSV rows on %s', (backend) => {
  let t: TestApp;
  let admin: SessionHeaders;
  let rows: string[];
  beforeAll(async () => {
    t = await startApp(backend);
    admin = await signIn(t);
    const db = t.testDb.db;
    await postResponse(t, { answers: allAnswers(4, ['PA1']), field: 'dat-dai' });
    const odd = await postResponse(t, { answers: allAnswers(5) });
    const moved = await postResponse(t, { answers: allAnswers(3) });
    // A field stored some other way than the form's codes (an import, an older form).
    await db.updateTable('responses').set({ field: '=1+1,"x"' }).where('id', '=', odd.id).execute();
    // A version that lists TC2 before TC1 and has no PA3, and a response answered on it.
    const active = await db.selectFrom('questionnaire_versions').select('definition').where('active', '=', true).executeTakeFirstOrThrow();
    const q = structuredClone(active.definition) as Questionnaire;
    const [tc1, tc2, ...restTc] = q.factors[0]!.items;
    q.factors[0]!.items = [tc2!, tc1!, ...restTc];
    q.factors.at(-1)!.items = q.factors.at(-1)!.items.filter((i) => i.code !== 'PA3');
    const version = await db
      .insertInto('questionnaire_versions')
      .values({ code: 'SIPAS-TEST-REORDERED', definition: JSON.stringify(q), active: false, created_at: new Date() })
      .returning('id')
      .executeTakeFirstOrThrow();
    const answers = [1, 2, ...Array<number>(16).fill(3)];
    await db
      .updateTable('responses')
      .set({ questionnaire_version_id: version.id, answers: sql`${answers}::smallint[]` })
      .where('id', '=', moved.id)
      .execute();
    const res = await t.app.request('/api/admin/reports/2026-H2.csv', { headers: admin });
    rows = (await res.text()).trimEnd().split('\n').slice(1);
  });
  afterAll(() => t.testDb.destroy());

  // What follows the unit and counter columns: day, respondent type, channel, field, answers, score.
  const after = (suffix: string) => rows.filter((r) => new RegExp(`,\\d{4}-\\d{2}-\\d{2},citizen,qr,${suffix}$`).test(r));

  test('a not-applicable answer is NA and a form field code is written as it is', () => {
    expect(after(`dat-dai,${[...Array(16).fill('4'), 'NA', '4', '4'].join(',')},100`)).toHaveLength(1);
  });

  test('any other field is quoted, and kept from reading as a formula', () => {
    expect(after(`"'=1\\+1,""x""",${Array(19).fill('5').join(',')},100`)).toHaveLength(1);
  });

  test('answers of a version that orders its items otherwise are put under their columns', () => {
    expect(after(`,2,1,${Array(16).fill('3').join(',')},,0`)).toHaveLength(1);
  });
});
