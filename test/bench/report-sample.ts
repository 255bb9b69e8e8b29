// npm run report:sample [-- --out /tmp/sample]
// A sample of the report files to look at: a fresh in-memory database with the demo units, a few
// hundred random responses in 2026-H2, the period closed and frozen, then the DOCX and XLSX written
// to --out, with the header and signature set as an office would (--blank: unset) (convert them with `soffice --headless --convert-to pdf` and look at every page).
// --communes N adds N communes of one counter each, 40 responses apiece: a province-sized ranking.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { takeSnapshot } from '../../api/src/reports/snapshot';
import { postJson, signIn, startApp } from '../helpers/app';
import { sendJson } from '../helpers/admin';
import { office } from '../helpers/office';
import { prng, randomSubmission } from '../helpers/random-responses';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: '/tmp/sipas-report-sample' },
    responses: { type: 'string', default: '600' },
    blank: { type: 'boolean', default: false },
    communes: { type: 'string', default: '0' },
  },
});
const out = values.out;
const t = await startApp('pglite');
const admin = await signIn(t);
const random = prng(12);
for (let i = 0; i < Number(values.responses); i++) {
  const body = {
    ...randomSubmission(random),
    ...(i % 9 === 0 ? { comment: `Góp ý số ${i}: cần rút ngắn thời gian chờ, gọi lại 0912 345 678` } : {}),
  };
  const res = await postJson(t.app, '/api/responses', body);
  if (res.status !== 201) throw new Error(`response ${i}: ${res.status} ${await res.text()}`);
}
const communeNames = ['An', 'Bình', 'Thanh', 'Phú', 'Tân', 'Hòa', 'Minh', 'Đông', 'Tây', 'Nam', 'Bắc', 'Hưng'];
for (let i = 1; i <= Number(values.communes); i++) {
  const name = `UBND xã ${communeNames[i % communeNames.length]} ${communeNames[(i * 5) % communeNames.length]} ${i}`;
  const unit = await sendJson(t, admin, 'POST', '/api/admin/units', { parentId: 1, code: `XA-${i}`, name, kind: 'commune' });
  if (unit.status !== 201) throw new Error(`commune ${i}: ${unit.status} ${JSON.stringify(unit.body)}`);
  const code = `XA-${i}-01`;
  const point = await sendJson(t, admin, 'POST', '/api/admin/service-points', {
    unitId: unit.body.id,
    code,
    name: `Bộ phận Một cửa ${name}`,
  });
  if (point.status !== 201) throw new Error(`counter ${code}: ${point.status} ${JSON.stringify(point.body)}`);
  for (let j = 0; j < 40; j++) {
    const res = await postJson(t.app, '/api/responses', { ...randomSubmission(random), servicePoint: code });
    if (res.status !== 201) throw new Error(`response ${code}/${j}: ${res.status} ${await res.text()}`);
  }
}
await t.testDb.db.transaction().execute(async (trx) => {
  const period = await trx
    .updateTable('survey_periods')
    .set({ status: 'closed' })
    .where('code', '=', '2026-H2')
    .returning('id')
    .executeTakeFirstOrThrow();
  await takeSnapshot(trx, period.id, new Date('2026-12-31T17:05:00Z'));
});
// The header and signature as an office would set them (--blank leaves them unset: dotted placeholders).
if (!values.blank) {
  const res = await t.app.request('/api/admin/settings', {
    method: 'PUT',
    headers: { ...admin, 'content-type': 'application/json' },
    body: JSON.stringify({
      ...office,
      recipients: ['UBND tỉnh (để báo cáo)', 'Các sở, ban, ngành', 'UBND các xã, phường', 'Lưu: VT, CCHC'],
    }),
  });
  if (res.status !== 200) throw new Error(`settings: ${res.status} ${await res.text()}`);
}
await mkdir(out, { recursive: true });
for (const file of ['2026-H2.docx', '2026-H2.xlsx']) {
  const res = await t.app.request(`/api/admin/reports/${file}`, { headers: admin });
  if (res.status !== 200) throw new Error(`${file}: ${res.status} ${await res.text()}`);
  await writeFile(join(out, file), new Uint8Array(await res.arrayBuffer()));
  console.log(join(out, file));
}
await t.testDb.destroy();
