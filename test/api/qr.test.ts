import { createCanvas, loadImage } from '@napi-rs/canvas';
import jsQR from 'jsqr';
import { PDFParse } from 'pdf-parse';
import { PNG } from 'pngjs';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApp } from '@sipas/api/app';
import { callToAction } from '../../api/src/qr/poster';
import { isLocalAddress } from '@sipas/api/shared/public-address';
import { adminRequest, type SessionHeaders, type TestApp } from '../helpers/app';
import { createServicePoint, createUnit, startAppWithRoles } from '../helpers/admin';
import { backends } from '../helpers/backends';

function decodePng(bytes: Buffer): string | undefined {
  const png = PNG.sync.read(bytes);
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

/** The elements of an SVG in document order; throws if it is not well-formed XML. */
function svgElements(svg: string): string[] {
  const names: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (err) => {
    throw err;
  });
  parser.on('opentag', (tag) => names.push(tag.local));
  parser.write(svg).close();
  return names;
}

async function decodeSvg(svg: string): Promise<string | undefined> {
  const image = await loadImage(Buffer.from(svg));
  const canvas = createCanvas(600, 600);
  const context = canvas.getContext('2d');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, 600, 600);
  context.drawImage(image, 0, 0, 600, 600);
  return jsQR(new Uint8ClampedArray(context.getImageData(0, 0, 600, 600).data), 600, 600)?.data;
}

async function pdfText(bytes: Buffer): Promise<{ pages: number; text: string }> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    const result = await parser.getText();
    return { pages: result.total, text: result.text };
  } finally {
    await parser.destroy();
  }
}

describe.each(backends)('QR codes and posters on %s', (backend) => {
  let t: TestApp;
  let admin: SessionHeaders, viewer: SessionHeaders, manager: SessionHeaders;
  beforeAll(async () => {
    ({ t, admin, viewer, manager } = await startAppWithRoles(backend));
  });
  afterAll(() => t.testDb.destroy());

  const download = async (session: SessionHeaders, path: string) => {
    const res = await adminRequest(t.app, session, 'GET', path);
    return {
      status: res.status,
      type: res.headers.get('content-type'),
      disposition: res.headers.get('content-disposition'),
      bytes: Buffer.from(await res.arrayBuffer()),
    };
  };
  const failure = async (session: SessionHeaders, path: string) => {
    const res = await adminRequest(t.app, session, 'GET', path);
    return { status: res.status, body: await res.json() };
  };

  test('refuses an anonymous caller with 401', async () => {
    const res = await t.app.request('/api/admin/service-points/DEMO-01/qr.png');
    expect({ status: res.status, body: await res.json() }).toEqual({
      status: 401,
      body: { error: { code: 'unauthenticated', message: 'Please sign in.' } },
    });
  });

  test("serves a PNG download whose QR code opens the counter's survey on the configured address", async () => {
    const res = await download(viewer, '/api/admin/service-points/demo-01/qr.png');
    expect({ ...res, bytes: decodePng(res.bytes) }).toEqual({
      status: 200,
      type: 'image/png',
      disposition: 'attachment; filename="qr-DEMO-01.png"',
      bytes: 'http://localhost/s/DEMO-01',
    });
  });

  test('serves a well-formed SVG download that encodes the same link', async () => {
    const res = await download(admin, '/api/admin/service-points/DEMO-01/qr.svg');
    const svg = res.bytes.toString('utf8');
    expect({
      status: res.status,
      type: res.type,
      disposition: res.disposition,
      elements: [...new Set(svgElements(svg))],
      decoded: await decodeSvg(svg),
    }).toEqual({
      status: 200,
      type: 'image/svg+xml; charset=utf-8',
      disposition: 'attachment; filename="qr-DEMO-01.svg"',
      elements: ['svg', 'path'],
      decoded: 'http://localhost/s/DEMO-01',
    });
  });

  test('links to PUBLIC_BASE_URL when it is configured', async () => {
    const app = createApp({ db: t.testDb.db, publicBaseUrl: 'https://khaosat.example.gov.vn' });
    const res = await adminRequest(app, admin, 'GET', '/api/admin/service-points/STP-01/qr.png');
    expect(decodePng(Buffer.from(await res.arrayBuffer()))).toBe('https://khaosat.example.gov.vn/s/STP-01');
  });

  test('never prints the Host header the request came with, in a QR code or a poster', async () => {
    const evil = { ...admin, host: 'evil.example' };
    const png = await adminRequest(t.app, evil, 'GET', 'http://evil.example/api/admin/service-points/DEMO-01/qr.png');
    const svg = await adminRequest(t.app, evil, 'GET', 'http://evil.example/api/admin/service-points/DEMO-01/qr.svg');
    const poster = await adminRequest(t.app, evil, 'GET', 'http://evil.example/api/admin/service-points/DEMO-01/poster.pdf');
    const posters = await adminRequest(t.app, evil, 'GET', 'http://evil.example/api/admin/units/1/posters.pdf');
    const svgText = await svg.text();
    const texts = [
      (await pdfText(Buffer.from(await poster.arrayBuffer()))).text,
      (await pdfText(Buffer.from(await posters.arrayBuffer()))).text,
    ];
    expect({
      statuses: [png.status, svg.status, poster.status, posters.status],
      png: decodePng(Buffer.from(await png.arrayBuffer())),
      svg: await decodeSvg(svgText),
      evil: [svgText, ...texts].some((text) => text.includes('evil.example')),
      poster: texts[0]!.includes('http://localhost/s/DEMO-01'),
    }).toEqual({
      statuses: [200, 200, 200, 200],
      png: 'http://localhost/s/DEMO-01',
      svg: 'http://localhost/s/DEMO-01',
      evil: false,
      poster: true,
    });
  });

  test('tells the admin app the printed address, and whether it is local or private', async () => {
    const of = async (publicBaseUrl?: string) => {
      const app = createApp({ db: t.testDb.db, ...(publicBaseUrl ? { publicBaseUrl } : {}) });
      return (await adminRequest(app, viewer, 'GET', '/api/admin/service-points/public-address')).json();
    };
    expect([await of('https://khaosat.example.gov.vn'), await of('http://192.168.1.20:3000'), await of()]).toEqual([
      { url: 'https://khaosat.example.gov.vn', local: false },
      { url: 'http://192.168.1.20:3000', local: true },
      { url: null, local: true },
    ]);
    expect(
      [
        'http://localhost:3000',
        'http://10.0.0.5',
        'http://172.20.1.1',
        'http://[::1]:3000',
        'http://kiosk.local',
        'http://intranet',
        'https://8.8.8.8',
      ].map(isLocalAddress),
    ).toEqual([true, true, true, true, true, true, false]);
  });

  test('answers 409 naming PUBLIC_BASE_URL when the app has no public address', async () => {
    const app = createApp({ db: t.testDb.db });
    const bodies = [];
    for (const path of [
      '/api/admin/service-points/DEMO-01/qr.png',
      '/api/admin/service-points/DEMO-01/poster.pdf',
      '/api/admin/units/1/posters.pdf',
    ]) {
      const res = await adminRequest(app, admin, 'GET', path);
      bodies.push({ status: res.status, code: (await res.json()).error.code });
    }
    expect(bodies).toEqual(Array(3).fill({ status: 409, code: 'public_base_url_unset' }));
  });

  test('prints a one-page poster with the unit, the counter, the call to action and the link', async () => {
    const res = await download(manager, '/api/admin/service-points/DEMO-02/poster.pdf?size=A5');
    const { pages, text } = await pdfText(res.bytes);
    const lines = text.replace(/\s+/g, ' ');
    expect({ status: res.status, type: res.type, disposition: res.disposition, pages }).toEqual({
      status: 200,
      type: 'application/pdf',
      disposition: 'attachment; filename="poster-DEMO-02-A5.pdf"',
      pages: 1,
    });
    for (const expected of [
      'Tỉnh Mẫu (dữ liệu minh hoạ)',
      'Trung tâm Phục vụ hành chính công tỉnh',
      'Quầy số 2 – Trung tâm Phục vụ hành chính công',
      'DEMO-02',
      callToAction.vi,
      callToAction.en,
      'http://localhost/s/DEMO-02',
    ]) {
      expect(lines).toContain(expected);
    }
    // A5 is 148 × 210 mm: 419.53 × 595.28 points.
    expect(res.bytes.toString('latin1')).toContain('/MediaBox [0 0 419.53 595.28]');
  });

  test("lets a unit manager print only their own subtree's counters", async () => {
    expect(await failure(manager, '/api/admin/service-points/STP-01/poster.pdf')).toEqual({
      status: 403,
      body: { error: { code: 'out_of_scope', message: 'This unit is outside the part of the province your account covers.' } },
    });
    expect(await failure(manager, '/api/admin/units/3/posters.pdf')).toEqual({
      status: 403,
      body: { error: { code: 'out_of_scope', message: 'This unit is outside the part of the province your account covers.' } },
    });
  });

  test('prints one page per active counter of a unit and its sub-units', async () => {
    const unitId = (await createUnit(t, admin, 4, 'Phòng In Thử', 'other')).id;
    const point = async (code: string) => (await createServicePoint(t, admin, unitId, code)).id;
    await point('PRINT-01');
    const closed = await point('PRINT-02');
    expect((await adminRequest(t.app, admin, 'PATCH', `/api/admin/service-points/${closed}`, { active: false })).status).toBe(200);
    // Unit 4 (Sở Xây dựng) has SXD-01; its new sub-unit one active and one closed counter.
    const res = await download(viewer, '/api/admin/units/4/posters.pdf?size=A4');
    const { pages, text } = await pdfText(res.bytes);
    expect({ status: res.status, disposition: res.disposition, pages, codes: text.match(/Counter code: [A-Z0-9-]+/g) }).toEqual({
      status: 200,
      disposition: 'attachment; filename="posters-unit-4-A4.pdf"',
      pages: 2,
      codes: ['Counter code: SXD-01', 'Counter code: PRINT-01'],
    });
  });

  test('refuses the QR code of a deactivated counter', async () => {
    const unit = await createUnit(t, admin, 1, 'Sở Ngừng', 'other');
    const point = await createServicePoint(t, admin, unit.id, 'STOP-01', 'Quầy ngừng');
    await adminRequest(t.app, admin, 'PATCH', `/api/admin/service-points/${point.id}`, { active: false });
    expect(await failure(admin, '/api/admin/service-points/STOP-01/qr.svg')).toEqual({
      status: 409,
      body: { error: { code: 'service_point_inactive', message: 'Service point STOP-01 is deactivated; its link takes no responses.' } },
    });
  });

  test('answers 404 for a unit with no active counter to print', async () => {
    const unit = await createUnit(t, admin, 1, 'Sở Trống', 'other');
    expect(await failure(admin, `/api/admin/units/${unit.id}/posters.pdf`)).toEqual({
      status: 404,
      body: { error: { code: 'nothing_to_print', message: `Unit ${unit.id} (Sở Trống) has no active counter to print a poster for.` } },
    });
  });

  test('names a wrong poster size and a malformed code', async () => {
    expect(await failure(admin, '/api/admin/service-points/DEMO-01/poster.pdf?size=A3')).toEqual({
      status: 400,
      body: {
        error: {
          code: 'invalid_input',
          message: 'The request has invalid fields.',
          issues: [{ path: 'size', message: 'Invalid option: expected one of "A4"|"A5"' }],
        },
      },
    });
    expect(await failure(admin, '/api/admin/service-points/D_1/qr.png')).toEqual({
      status: 400,
      body: {
        error: {
          code: 'invalid_input',
          message: 'The request has invalid fields.',
          issues: [{ path: 'code', message: '2 to 32 letters A–Z, digits or "-", not starting with "-"' }],
        },
      },
    });
  });

  test('answers 404 for a code no counter has', async () => {
    expect(await failure(viewer, '/api/admin/service-points/NOPE-99/qr.png')).toEqual({
      status: 404,
      body: { error: { code: 'not_found', message: 'No service point has the code NOPE-99.' } },
    });
  });
});
