// The printed sheets read back as a person and a scanner would: rendered to images, every QR code
// decodes to exactly the code registered for its sheet, and the text holds every statement.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sipasQuestionnaire } from '@sipas/db';
import { adminRequest, type SessionHeaders, type TestApp } from '../helpers/app';
import { startAppWithRoles } from '../helpers/admin';

/** Fails (never skips) when a tool is missing: CI installs poppler-utils and zbar-tools. */
function tool(name: string, args: string[]): { status: number | null; stdout: string } {
  const run = spawnSync(name, args, { encoding: 'utf8' });
  if (run.error) throw new Error(`${name} is needed to read the printed sheets back: ${run.error.message}`);
  return { status: run.status, stdout: run.stdout };
}

describe('printed paper sheets', () => {
  let t: TestApp;
  let admin: SessionHeaders;
  const dir = mkdtempSync(join(tmpdir(), 'sipas-paper-'));
  beforeAll(async () => {
    ({ t, admin } = await startAppWithRoles('pglite'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t.testDb.destroy();
  });

  test('carry QR codes that decode to exactly their distinct sheet codes, and every statement in Vietnamese', async () => {
    const res = await adminRequest(t.app, admin, 'GET', '/api/admin/service-points/DEMO-01/paper-forms.pdf?count=3');
    expect(res.status).toBe(200);
    const pdf = join(dir, 'sheets.pdf');
    writeFileSync(pdf, Buffer.from(await res.arrayBuffer()));
    const registered = await t.testDb.db
      .selectFrom('paper_sheets')
      .select('code')
      .where('batch_id', '=', Number(res.headers.get('x-paper-batch')))
      .execute();

    // 100 dpi gives the 78-point QR code about 3 pixels a module: enough for zbar, quick to render.
    execFileSync('pdftoppm', ['-r', '100', '-png', pdf, join(dir, 'page')]);
    const pages = readdirSync(dir)
      .filter((f) => f.endsWith('.png'))
      .sort();
    expect(pages.length).toBe(6);
    const decoded: string[] = [];
    for (const page of pages) {
      // zbarimg answers 4 for a page without a code (the back of a sheet).
      const run = tool('zbarimg', ['-q', '--raw', join(dir, page)]);
      expect([0, 4]).toContain(run.status);
      decoded.push(...run.stdout.split('\n').filter(Boolean));
    }
    expect(decoded.sort()).toEqual(registered.map((r) => r.code).sort());
    expect(new Set(decoded).size).toBe(3);

    const text = tool('pdftotext', ['-layout', pdf, '-']).stdout;
    const flat = text.replace(/\s+/g, ' ');
    const plain = tool('pdftotext', [pdf, '-']).stdout.replace(/\s+/g, ' ');
    for (const item of sipasQuestionnaire.factors.flatMap((f) => f.items)) expect(plain, item.code).toContain(item.text.vi);
    for (const code of decoded) expect(flat).toContain(`Mã phiếu: ${code}`);
    expect(flat).toContain('Quầy số 1 – Trung tâm Phục vụ hành chính công');
    expect(plain).toContain('Không áp dụng');
    expect(plain).toContain('Ý kiến góp ý khác');
    // Rendering six pages and running the tools takes a few seconds, more on a loaded machine.
  }, 120_000);
});
