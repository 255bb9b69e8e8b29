import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { backends } from '../helpers/backends';
import { startApp, type TestApp } from '../helpers/app';

describe.each(backends)('GET /api/forms/:code on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp(backend);
  });
  afterAll(() => t.testDb.destroy());

  test('gives the service point, the open period and the questionnaire in Vietnamese by default', async () => {
    const res = await t.app.request('/api/forms/DEMO-01');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect({ ...body, questionnaire: undefined }).toEqual({
      servicePoint: {
        code: 'DEMO-01',
        name: 'Quầy số 1 – Trung tâm Phục vụ hành chính công',
        unit: { id: 2, name: 'Trung tâm Phục vụ hành chính công tỉnh' },
      },
      period: { code: '2026-H2', startsOn: '2026-07-01', endsOn: '2026-12-31', target: 90 },
      questionnaire: undefined,
    });
    const q = body.questionnaire;
    expect(q.version).toBe(1);
    expect(q.lang).toBe('vi');
    expect(q.title).toBe('Phiếu khảo sát sự hài lòng về sự phục vụ hành chính');
    expect(q.scale.map((s: { label: string }) => s.label)).toEqual([
      'Rất không hài lòng',
      'Không hài lòng',
      'Bình thường',
      'Hài lòng',
      'Rất hài lòng',
    ]);
    expect(q.factors.map((f: { code: string; items: unknown[] }) => [f.code, f.items.length])).toEqual([
      ['TC', 4],
      ['TT', 4],
      ['CC', 5],
      ['KQ', 3],
      ['PA', 3],
    ]);
    expect(q.factors[1].items[2]).toEqual({
      code: 'TT3',
      text: 'Phí, lệ phí phải nộp đúng quy định',
      allowNa: true,
      required: true,
      weight: 1,
    });
  });

  test('gives English text with lang=en and accepts a lower-case code', async () => {
    const body = await (await t.app.request('/api/forms/demo-01?lang=en')).json();
    expect(body.servicePoint.code).toBe('DEMO-01');
    expect(body.questionnaire.lang).toBe('en');
    expect(body.questionnaire.factors[2].items[0]).toEqual({
      code: 'CC1',
      text: 'Staff were polite and respectful',
      allowNa: false,
      required: true,
      weight: 1,
    });
    expect(body.questionnaire.naLabel).toBe('Not applicable');
  });

  test('refuses an unknown language', async () => {
    const res = await t.app.request('/api/forms/DEMO-01?lang=fr');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: {
        code: 'invalid_input',
        message: 'The request has invalid fields.',
        issues: [{ path: 'lang', message: 'Invalid option: expected one of "vi"|"en"' }],
      },
    });
  });

  test('answers 404 for an unknown code', async () => {
    const res = await t.app.request('/api/forms/NOPE-9');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'No active service point has the code NOPE-9.' } });
  });

  test('answers 404 for an inactive service point', async () => {
    await t.testDb.db.updateTable('service_points').set({ active: false }).where('code', '=', 'XAB-01').execute();
    try {
      const res = await t.app.request('/api/forms/XAB-01');
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'No active service point has the code XAB-01.' } });
    } finally {
      await t.testDb.db.updateTable('service_points').set({ active: true }).where('code', '=', 'XAB-01').execute();
    }
  });

  test('answers 409 when no period is open', async () => {
    await t.testDb.db.updateTable('survey_periods').set({ status: 'closed' }).where('code', '=', '2026-H2').execute();
    try {
      const res = await t.app.request('/api/forms/DEMO-01');
      expect(res.status).toBe(409);
      expect(await res.json()).toEqual({ error: { code: 'no_open_period', message: 'No survey period is open at the moment.' } });
    } finally {
      await t.testDb.db.updateTable('survey_periods').set({ status: 'open' }).where('code', '=', '2026-H2').execute();
    }
  });
});
