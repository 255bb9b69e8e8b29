import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { sipasQuestionnaire } from '@sipas/db';
import { insertResponses } from '../../api/src/responses/queries';
import { scoreAnswers } from '../../api/src/responses/score';
import { questionnaireSchema } from '../../api/src/shared/questionnaire';
import { backends } from '../helpers/backends';
import { adminHeaders, adminUser, axeViolations, haveBrowser, screenshot, useBrowserPlatform } from './harness';

const q = questionnaireSchema.parse(sipasQuestionnaire);
const allFives = Object.fromEntries(q.factors.flatMap((f) => f.items.map((i) => [i.code, 5])));

describe.skipIf(!haveBrowser).each(backends)('the data-quality page in Chromium on %s', (backend) => {
  const env = useBrowserPlatform(backend);

  async function signIn(page: Page) {
    await page.goto(`${env.platform.baseUrl}/admin/quality`);
    await page.getByLabel('Tên đăng nhập').fill(adminUser.username);
    await page.getByLabel('Mật khẩu').fill(adminUser.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Chất lượng dữ liệu');
  }

  test('an administrator sees a self-rating kiosk, the responses behind a flag, and excludes them with a reason', async () => {
    const db = env.platform.testDb.db;
    const point = await db.selectFrom('service_points').select('id').where('code', '=', 'DEMO-01').executeTakeFirstOrThrow();
    const period = await db.selectFrom('survey_periods').select('id').where('code', '=', '2026-H2').executeTakeFirstOrThrow();
    const kiosk = await db
      .insertInto('kiosks')
      .values({ service_point_id: point.id, name: 'Quầy 1', key_hash: 'e2e' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const s = scoreAnswers(q, allFives);
    // All fives, 15 seconds apart, from 20:00 on a Tuesday evening in Vietnam.
    const rows = Array.from({ length: 25 }, (_, i) => {
      const id = randomUUID();
      const at = new Date(Date.parse('2026-08-04T13:00:00Z') + i * 15_000).toISOString();
      return {
        ...{ id, service_point_id: point.id, period_id: period.id, questionnaire_version_id: 1, respondent_type: 'citizen' as const },
        ...{ channel: 'kiosk' as const, lang: 'vi' as const, answers: s.answers, score: s.score, factor_scores: s.factorScores },
        ...{
          field: null,
          profile: null,
          expectations: null,
          comment: null,
          digest: id,
          kiosk_id: kiosk.id,
          completed_at: at,
          received_at: at,
        },
      };
    });
    await insertResponses(db, rows);

    const page = await (await env.browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await signIn(page);
    const card = page.locator('.quality-counter');
    await expect.poll(() => card.locator('h3').allTextContents()).toEqual(['DEMO-01 · Quầy số 1 – Trung tâm Phục vụ hành chính công']);
    expect(await card.locator('.quality-flags li strong').allTextContents()).toEqual([
      'Cùng một mức cho mọi tiêu chí',
      'Gửi từ máy ngoài giờ làm việc',
      'Nhiều phiếu dồn dập',
    ]);
    await card.getByRole('button', { name: 'Xem phiếu' }).nth(2).click();
    await expect.poll(() => card.locator('tbody tr').count()).toBe(25);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'quality-1280');

    await card.getByLabel('Lý do loại các phiếu này').fill('Nhân viên tự bấm máy sau giờ làm việc');
    await card.getByRole('button', { name: 'Loại 25 phiếu khỏi số liệu' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Đã loại 25 phiếu khỏi mọi số liệu.');
    await expect.poll(() => page.locator('.exclusions li').count()).toBe(1);
    expect(await page.locator('.exclusions li').textContent()).toContain(
      '25 phiếu bị loại, lý do: Nhân viên tự bấm máy sau giờ làm việc (office,',
    );
    expect(await db.selectFrom('quality_excluded_responses').select('response_id').execute()).toHaveLength(25);
    await screenshot(page, 'quality-excluded-1280');
  });

  test('an administrator gives a unit its own opening hours, which the API then reports, and resets them', async () => {
    const page = await (await env.browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await signIn(page);
    const editor = page.locator('.hours-editor');
    await expect.poll(() => editor.getByLabel('Đơn vị').locator('option').count()).toBeGreaterThan(1);
    const unit = await editor.getByLabel('Đơn vị').locator('option').nth(1).textContent();
    await editor.getByLabel('Đơn vị').selectOption({ index: 1 });
    expect(await editor.getByLabel('Thứ Hai').inputValue()).toBe('07:30–11:30, 13:30–17:00');
    expect(await editor.locator('p.muted').textContent()).toMatch(/^Đang dùng giờ (của |hành chính)/);

    await editor.getByLabel('Thứ Bảy').fill('11:30–10:00');
    await editor.getByRole('button', { name: 'Lưu giờ làm việc' }).click();
    await expect
      .poll(() => editor.getByRole('alert').textContent())
      .toBe('Thứ Bảy: hãy ghi các khoảng giờ như 07:30–11:30, theo thứ tự, giờ đóng sau giờ mở.');

    await editor.getByLabel('Thứ Bảy').fill('07:30-11:30');
    await editor.getByLabel('Thứ Hai').fill('07:00–11:00, 13:00–16:30');
    await editor.getByRole('button', { name: 'Lưu giờ làm việc' }).click();
    await expect.poll(() => editor.getByRole('status').textContent()).toBe(`Đã lưu giờ làm việc của ${unit}.`);
    expect(await editor.locator('p.muted').textContent()).toBe('Đơn vị này có giờ làm việc riêng.');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'quality-hours-1280');

    const headers = await adminHeaders(env.platform);
    const read = async () => {
      const res = await fetch(`${env.platform.baseUrl}/api/admin/quality/hours`, { headers });
      const body = (await res.json()) as { units: { name: string; hours: string[][][]; own: boolean }[] };
      return body.units.find((u) => u.name === unit);
    };
    const workday = [
      ['07:30', '11:30'],
      ['13:30', '17:00'],
    ];
    expect(await read()).toMatchObject({
      own: true,
      hours: [
        [
          ['07:00', '11:00'],
          ['13:00', '16:30'],
        ],
        workday,
        workday,
        workday,
        workday,
        [['07:30', '11:30']],
        [],
      ],
    });

    await editor.getByRole('button', { name: 'Dùng lại giờ của cấp trên' }).click();
    await expect.poll(() => editor.getByRole('status').textContent()).toBe(`${unit} dùng lại giờ của cấp trên.`);
    expect(await editor.getByLabel('Thứ Hai').inputValue()).toBe('07:30–11:30, 13:30–17:00');
    expect(await read()).toMatchObject({ own: false, hours: [workday, workday, workday, workday, workday, [], []] });
  });
});
