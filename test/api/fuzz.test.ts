// Property-based requests against the public and admin API, built by fast-check from mutations of valid ones. For every
// request: never a 5xx, every refusal in the one error envelope, and nothing stored when the answer is a 4xx. The seed
// is fixed and the runs bounded, so a failure repeats; fast-check's message names the counterexample and its path.
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { itemCodes, postJson, signIn, startApp, type SessionHeaders, type TestApp } from '../helpers/app';
import { backends } from '../helpers/backends';

const seed = 20261201;
const runs = (n: number) => ({ seed, numRuns: n, endOnFailure: true });

interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string | Uint8Array<ArrayBuffer> | null;
  /** Beyond the rules for every request: this one is certainly wrong, so it must be refused with a 4xx. */
  mustRefuse?: boolean;
}

// Values a careless or hostile client sends where a field expects something else.
const nul = '\u0000';
const oddStrings = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(nul, `a${nul}b`, '\u0001\u0007\u001b', '\u000b\u000c', '\ud800', '\udfff', '\ufffe', '\uffff', '\u202e', ''),
  fc.constantFrom(' ', '\t', '\r\n', '=HYPERLINK("http://evil.example")', '<w:t>', "'; drop table responses; --"),
  fc.integer({ min: 1, max: 40_000 }).map((n) => 'x'.repeat(n)),
);
const oddNumbers = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 2, -0, 1e308, -1e308, 0.5, 1e-7, 4.000000001),
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map((n) => Number(n)),
);
const oddUuids = fc.oneof(
  fc.uuid().map((u) => u.toUpperCase()),
  fc.uuid({ version: [1, 3, 5, 7, 8] }),
  fc.constantFrom(
    '00000000-0000-0000-0000-000000000000',
    'ffffffff-ffff-ffff-ffff-ffffffffffff',
    '{6f1c2c3e-3b0e-4c1f-9a3e-8e2f0c3b1a2d}',
    '6f1c2c3e3b0e4c1f9a3e8e2f0c3b1a2d',
    '6f1c2c3e-3b0e-4c1f-9a3e-8e2f0c3b1a2',
    `6f1c2c3e-3b0e-4c1f-9a3e-8e2f0c3b1a2d${nul}`,
  ),
);
const oddDates = fc.oneof(
  fc.constantFrom(
    '2099-01-01T00:00:00Z',
    '0001-01-01T00:00:00Z',
    '0000-01-01T00:00:00Z',
    '9999-12-31T23:59:59.999Z',
    '2026-02-30T08:00:00Z',
    '2026-13-01T08:00:00Z',
    '2026-08-01T24:00:00Z',
    '2026-08-01T08:00:00+23:59',
    '2026-08-01T08:00:00-99:00',
    '2026-08-01T08:00:00.123456789Z',
    '2026-08-01',
    '2026-07-01',
    '1970-01-01',
    '2026-02-29',
    '+275760-09-13T00:00:00Z',
  ),
  fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true }).map((d) => d.toISOString()),
);
/** Characters XML 1.0 cannot hold. */
const unstorable =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const jsonLeaf = fc.oneof(fc.constant(null), fc.boolean(), oddNumbers, oddStrings, oddUuids, oddDates);
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: jsonLeaf },
  { weight: 1, arbitrary: fc.array(jsonLeaf, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), jsonLeaf, { maxKeys: 3 }) },
  { weight: 1, arbitrary: jsonLeaf.map((v) => Object.fromEntries([['__proto__', v]])) },
);
const oddKeys = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', nul, '', 'x'.repeat(300)), fc.string({ maxLength: 12 }));
/** Content types under which a JSON endpoint must not read its body (415). */
const notJson = [
  undefined,
  'text/plain',
  'text/plain; charset=utf-8',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/jsonx',
  'application/xml',
  '',
];
const oddContentTypes = fc.constantFrom(
  ...notJson,
  'APPLICATION/JSON',
  'application/json; charset=utf-8',
  'application/json; charset=latin1',
);
const refusesType = (type: string | undefined) => notJson.includes(type);

/** A JSON text with bytes that are not UTF-8 (a lone continuation byte, a truncated sequence, an overlong NUL) inside its comment. */
function withInvalidUtf8(body: Record<string, unknown>, bytes: readonly number[]): Uint8Array<ArrayBuffer> {
  const marker = '\u2603\u2603';
  const [before, after] = JSON.stringify({ ...body, comment: `${String(body.comment ?? '')}${marker}` }).split(marker) as [string, string];
  const encode = (text: string) => [...new TextEncoder().encode(text)];
  return new Uint8Array([...encode(before), ...bytes, ...encode(after)]);
}
const invalidUtf8Bytes = fc.constantFrom(
  [0x80],
  [0xc3],
  [0xe0, 0xa4],
  [0xc0, 0x80],
  [0xed, 0xa0, 0x80],
  [0xff, 0xfe],
  [0xf4, 0x90, 0x80, 0x80],
);

function json(path: string, body: unknown, headers: Record<string, string> = {}): FuzzRequest {
  return { method: 'POST', path, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
}

/** A submission the API stores, built from the seed, so each run starts from something valid. */
const validSubmission = fc.record({
  id: fc.uuid({ version: 4 }),
  servicePoint: fc.constantFrom('DEMO-01', 'demo-01', 'STP-01'),
  respondentType: fc.constantFrom('citizen', 'organization'),
  channel: fc.constantFrom('qr', 'paper'),
  lang: fc.constantFrom('vi', 'en'),
  answers: fc
    .tuple(...itemCodes.map(() => fc.integer({ min: 1, max: 5 })))
    .map((vs) => Object.fromEntries(itemCodes.map((c, i) => [c, vs[i]]))),
  comment: fc.option(fc.string({ maxLength: 200 }), { nil: undefined }),
});
type Submission = Record<string, unknown>;
const submissionFields = [
  'id',
  'servicePoint',
  'questionnaireVersion',
  'respondentType',
  'channel',
  'lang',
  'answers',
  'field',
  'profile',
  'expectations',
  'comment',
  'completedAt',
  'website',
];
const textFields = ['field', 'servicePoint', 'website'];
const badCharacters = fc.constantFrom(nul, '\u0001', '\u0008', '\u000b', '\u001f', '\u007f', '\ufffe', '\uffff', '\ud800');

/** The classes of bad submission, each named, so a failure names the class it belongs to. */
function submissionClasses(
  prefix: string,
  headers: () => Record<string, string>,
  kioskFields: () => Record<string, unknown> = () => ({}),
): Record<string, fc.Arbitrary<FuzzRequest>> {
  const base = validSubmission.map((s) => ({ ...s, ...kioskFields() }) as Submission);
  const post = (body: unknown) => json('/api/responses', body, headers());
  return {
    [`${prefix}: a field of the wrong type or value`]: fc
      .tuple(base, fc.constantFrom(...submissionFields), oddValue)
      .map(([s, field, value]) => post({ ...s, [field]: value })),
    [`${prefix}: unknown and __proto__ keys`]: fc
      .tuple(base, fc.constantFrom('', 'answers', 'profile', 'expectations'), oddKeys, oddValue)
      .map(([s, where, key, value]) => {
        const extra = Object.fromEntries([[key, value]]);
        const req = post(where === '' ? { ...s, ...extra } : { ...s, [where]: { ...((s[where] as object | undefined) ?? {}), ...extra } });
        // answers, profile and expectations take only the codes of the questionnaire: any other key is refused.
        return { ...req, mustRefuse: where !== '' };
      }),
    [`${prefix}: an answer out of range or of the wrong type`]: fc
      .tuple(base, fc.constantFrom(...itemCodes), fc.oneof(oddNumbers, jsonLeaf))
      .map(([s, code, value]) => post({ ...s, answers: { ...(s.answers as object), [code]: value } })),
    [`${prefix}: NUL and control characters in the comment`]: fc
      .tuple(base, fc.constant('comment'), badCharacters, fc.string({ maxLength: 20 }))
      .map(([s, field, bad, text]) => post({ ...s, [field]: `${text}${bad}${text}` })),
    [`${prefix}: NUL and control characters in the other text fields`]: fc
      .tuple(base, fc.constantFrom(...textFields), badCharacters, fc.string({ maxLength: 20 }))
      .map(([s, field, bad, text]) => post({ ...s, [field]: `${text}${bad}${text}` })),
    [`${prefix}: NUL and control characters in profile and expectations`]: fc
      .tuple(base, fc.constantFrom('profile', 'expectations'), oddKeys, fc.constantFrom(nul, `a${nul}`, '\u0001', '\ufffe'))
      .map(([s, where, key, value]) => post({ ...s, [where]: Object.fromEntries([[key, value]]) })),
    [`${prefix}: a questionnaire version out of range`]: fc
      .tuple(base, fc.constantFrom(2 ** 31, 2 ** 31 - 1, 2 ** 53 + 2, 1e308, 0, -1, 2))
      .map(([s, version]) => post({ ...s, questionnaireVersion: version })),
    [`${prefix}: an odd id`]: fc.tuple(base, oddUuids).map(([s, id]) => post({ ...s, id })),
    [`${prefix}: an odd completion time`]: fc.tuple(base, oddDates).map(([s, completedAt]) => post({ ...s, completedAt })),
    [`${prefix}: an odd content type`]: fc.tuple(base, oddContentTypes).map(([s, type]) => {
      const req = post(s);
      const { 'content-type': _, ...rest } = req.headers;
      return { ...req, headers: type === undefined ? rest : { ...rest, 'content-type': type }, mustRefuse: refusesType(type) };
    }),
    [`${prefix}: bytes that are not UTF-8`]: fc
      .tuple(base, invalidUtf8Bytes)
      .map(([s, bytes]) => ({ ...post(s), body: withInvalidUtf8(s, bytes), mustRefuse: true })),
    [`${prefix}: a body near the size limit`]: fc.tuple(base, fc.integer({ min: -64, max: 64 })).map(([s, delta]) => {
      const text = JSON.stringify(s);
      return { ...post(s), body: text.slice(0, -1) + ' '.repeat(Math.max(0, 16 * 1024 + delta - text.length)) + '}' };
    }),
    [`${prefix}: a body that is not a submission`]: fc
      .oneof(fc.json(), fc.string({ maxLength: 200 }), fc.constantFrom('', '{', '[]', 'null', '{"a":1}{', '\ufeff{}'))
      .map((text) => ({ ...post({}), body: text })),
  };
}

describe.each(backends)('fuzzed requests on %s', (backend) => {
  let t: TestApp;
  let admin: SessionHeaders;
  let kioskKey: string;
  let tables: string[];
  beforeAll(async () => {
    t = await startApp(backend);
    admin = await signIn(t);
    // No minimum interval, so that each submission is judged on its content rather than refused as too soon.
    const res = await postJson(t.app, '/api/admin/kiosks', { servicePoint: 'DEMO-01', name: 'Fuzz', minIntervalSeconds: 0 }, admin);
    expect(res.status).toBe(201);
    kioskKey = ((await res.json()) as { key: string }).key;
    const rows = await sql<{ name: string }>`select table_name as name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(t.testDb.db);
    tables = rows.rows.map((r) => r.name);
  });
  afterAll(() => t.testDb.destroy());

  /** The row count of every table: a 4xx must leave it as it was. */
  async function fingerprint(): Promise<Record<string, number>> {
    const counts = tables.map((name) => `(select count(*) from "${name}")::int as "${name}"`).join(', ');
    const { rows } = await sql.raw<Record<string, number>>(`select ${counts}`).execute(t.testDb.db);
    return rows[0]!;
  }

  /** Sends one request and checks what every request must satisfy, whatever it is. */
  async function expectSound(req: FuzzRequest) {
    const before = await fingerprint();
    const res = await t.app.request(req.path, { method: req.method, headers: req.headers, body: req.body });
    const text = await res.text();
    expect(res.status, text).toBeLessThan(500);
    if (res.status >= 300 && res.status !== 304) {
      const body: unknown = JSON.parse(text);
      expect(body).toEqual({
        error: {
          code: expect.stringMatching(/^[a-z_]+$/),
          message: expect.any(String),
          ...((body as { error?: { issues?: unknown } }).error?.issues !== undefined && {
            issues: expect.arrayContaining([]),
          }),
        },
      });
      const issues = (body as { error: { issues?: unknown[] } }).error.issues ?? [];
      for (const issue of issues) expect(issue).toEqual({ path: expect.any(String), message: expect.any(String) });
    }
    if (res.status >= 400) expect(await fingerprint()).toEqual(before);
    if (req.mustRefuse)
      expect({ status: res.status, text }).toEqual({ status: expect.toSatisfy((s: number) => s >= 400 && s < 500), text });
    if (res.status === 201 && req.path === '/api/responses') await expectStoredTextClean((JSON.parse(text) as { id: string }).id);
  }

  /** What a DOCX or XML cannot hold (C0 controls but tab and newlines, U+FFFE/U+FFFF, lone surrogates) is never stored. */
  async function expectStoredTextClean(id: string) {
    const row = await t.testDb.db
      .selectFrom('responses')
      .select(['comment', 'field', 'profile', 'expectations', 'completed_at as completedAt'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return; // the honeypot: answered as stored, never stored
    const texts = [row.comment, row.field, ...Object.entries({ ...row.profile, ...row.expectations }).flat()].join(' ');
    expect({ id, text: JSON.stringify(texts), clean: !unstorable.test(texts) }).toEqual({ id, text: JSON.stringify(texts), clean: true });
    // A kiosk's completion time lies in a plausible window: not years ahead, not decades back.
    if (row.completedAt !== null) {
      const years = (new Date(row.completedAt).getTime() - Date.now()) / (365 * 24 * 3600 * 1000);
      expect({ id, completedAt: row.completedAt, plausible: years > -1 && years < 0.01 }).toEqual({
        id,
        completedAt: row.completedAt,
        plausible: true,
      });
    }
  }

  const property = (arb: fc.Arbitrary<FuzzRequest>, n: number) => fc.assert(fc.asyncProperty(arb, expectSound), runs(n));

  describe('POST /api/responses', () => {
    for (const [name, arb] of Object.entries(submissionClasses('submission', () => ({})))) {
      test(`never fails, always answers in the envelope and stores nothing it refuses: ${name}`, () => property(arb, 12), 60_000);
    }
  });

  describe('the kiosk routes', () => {
    const oddKey = () =>
      fc.oneof(
        // The key is issued in beforeAll, after the arbitraries are built: read it when a value is drawn.
        fc
          .constantFrom<(key: string) => string>(
            (key) => key,
            (key) => key.toUpperCase(),
            (key) => key.slice(0, -1) + (key.endsWith('A') ? 'B' : 'A'),
            (key) => `${key}x`,
          )
          .map((change) => change(kioskKey)),
        fc.string({ unit: fc.constantFrom(...'abcXYZ019-_%.'), maxLength: 120 }),
        fc.constantFrom('%00'.repeat(10), '%FF%FE'.repeat(5), '..%2F..%2Fadmin%2Fusers', 'x'.repeat(5000)),
      );
    const kioskClasses: Record<string, fc.Arbitrary<FuzzRequest>> = {
      'kiosk: the form with an odd key or language': fc
        .tuple(
          oddKey(),
          fc.option(fc.oneof(fc.constantFrom('vi', 'en', 'VI', '%00', 'fr'), fc.string({ maxLength: 10 })), { nil: undefined }),
        )
        .map(([key, lang]): FuzzRequest => ({
          method: 'GET',
          path: `/api/kiosk/${key}/form${lang === undefined ? '' : `?lang=${encodeURIComponent(lang)}`}`,
          headers: {},
          body: null,
        })),
      'kiosk: a heartbeat with an odd key or body': fc
        .tuple(oddKey(), fc.oneof(oddValue, fc.record({ queued: fc.oneof(oddNumbers, jsonLeaf) })), oddContentTypes)
        .map(([key, body, type]): FuzzRequest => ({
          method: 'POST',
          path: `/api/kiosk/${key}/heartbeat`,
          headers: type === undefined ? {} : { 'content-type': type },
          body: JSON.stringify(body) ?? '',
          mustRefuse: refusesType(type) || undefined,
        })),
    };
    for (const [name, arb] of Object.entries(kioskClasses)) {
      test(`never fails, always answers in the envelope and stores nothing it refuses: ${name}`, () => property(arb, 25), 60_000);
    }
    const kioskSubmissions = submissionClasses(
      'kiosk submission',
      () => ({ 'x-kiosk-key': kioskKey }),
      () => ({ channel: 'kiosk', servicePoint: 'DEMO-01', completedAt: new Date().toISOString() }),
    );
    for (const [name, arb] of Object.entries(kioskSubmissions)) {
      test(`never fails on a kiosk submission either: ${name}`, () => property(arb, 6), 60_000);
    }
  });

  describe('the admin JSON routes', () => {
    // Every admin route of the app's route table, as admin-guard.test.ts reads it; a new one is fuzzed too.
    const adminRoutes = () => {
      const seen = new Set<string>();
      return t.app.routes
        .filter((r) => r.path.startsWith('/api/admin/') && r.method !== 'ALL')
        .filter((r) => r.path !== '/api/admin/login' && r.path !== '/api/admin/logout')
        .filter((r) => !seen.has(`${r.method} ${r.path}`) && seen.add(`${r.method} ${r.path}`));
    };
    const bodyKeys = [
      ...['name', 'code', 'kind', 'parentId', 'unitId', 'active', 'username', 'password', 'role', 'disabled'],
      ...['currentPassword', 'newPassword', 'period', 'servicePoint', 'transactions', 'year', 'target', 'startsOn', 'endsOn'],
      ...['note', 'action', 'idleSeconds', 'minIntervalSeconds', 'queued'],
    ];
    const queryKeys = [
      ...['period', 'unit', 'factor', 'kind', 'status', 'before', 'limit', 'entity', 'username', 'action', 'from', 'to'],
      ...['field', 'by', 'minN', 'respondentType', 'channel', 'size', 'lang'],
    ];
    const plausible = fc.constantFrom<unknown>(
      ...['2026-H1', '2026-H2', '2026', 'DEMO-01', 'STP-01', 'department', 'viewer', 'unit_manager', '2026-07-01', '2026-12-31'],
      ...['A4', 'A5', 'vi', 'en', 'citizen', 'unit', 'factor', 'open', 'all', 'Tên mới', 1, 2, 3, 10, 90, true, false, null],
    );
    const value = fc.oneof({ weight: 2, arbitrary: plausible }, { weight: 3, arbitrary: oddValue });
    const body = fc.oneof(
      fc.dictionary(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...bodyKeys) }, { weight: 1, arbitrary: oddKeys }), value, {
        maxKeys: 4,
      }),
      oddValue,
    );
    const queryValue = fc.oneof(
      fc.constantFrom('2026-H1', '2026', 'DEMO-01', '1', '2', '0', '-1', '2147483648', '1e3', 'A4', 'vi', 'unit', 'citizen'),
      oddStrings,
      oddDates,
      oddUuids,
      oddNumbers.map(String),
    );
    const query = fc.dictionary(fc.constantFrom(...queryKeys, '__proto__'), queryValue, { maxKeys: 3 });
    // Plausible bodies and queries with one value spoilt, so the spoilt value gets past the other checks.
    const spoilt = (bad: fc.Arbitrary<unknown>) => ({
      body: fc
        .tuple(fc.dictionary(fc.constantFrom(...bodyKeys), plausible, { maxKeys: 4 }), fc.constantFrom(...bodyKeys), bad)
        .map(([b, key, v]) => ({ ...b, [key]: v })),
      query: fc
        .tuple(fc.dictionary(fc.constantFrom(...queryKeys), plausible.map(String), { maxKeys: 3 }), fc.constantFrom(...queryKeys), bad)
        .map(([q, key, v]) => ({ ...q, [key]: String(v) })),
    });
    const withBadCharacter = fc.tuple(plausible, badCharacters).map(([v, bad]) => `${String(v)}${bad}`);
    const outOfRange = fc.oneof(
      fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 2, 1e308, 0.5, -1),
      oddDates,
      fc.constantFrom('0000-H1', '99999-H1', '2026-H1\u0000'),
    );
    const param = fc.oneof(
      fc.constantFrom('1', '2', '3', '0', '-1', '2147483647', '2147483648', '99999999999999999999', '1e3', '0x10', ' 1'),
      fc.constantFrom('2026-H1', '2026-H2', '9999-H1', '2026-H1.csv', '2026-H1.docx', '2026.xlsx', 'DEMO-01', 'demo-01'),
      fc.constantFrom('%00', '%FF', '%E0%A4', '%2E%2E', 'x'.repeat(3000)),
      oddUuids,
      fc.string({ unit: fc.constantFrom(...'aZ09-_.~'), maxLength: 40 }).filter((s) => s !== '' && s !== '.' && s !== '..'),
    );
    const adminRequests = (parts: { body: fc.Arbitrary<unknown>; query: fc.Arbitrary<Record<string, string>> }) =>
      fc.constantFrom(...adminRoutes()).chain((route) =>
        fc
          .record({
            params: fc.array(param, { minLength: 5, maxLength: 5 }),
            query: parts.query,
            body: parts.body,
            type: fc.oneof({ weight: 4, arbitrary: fc.constant('application/json') }, { weight: 1, arbitrary: oddContentTypes }),
          })
          .map(({ params, query, body, type }): FuzzRequest => {
            let i = 0;
            const path = route.path.replace(/:(\w+)(\{[^}]*\})?/g, () => params[i++]!);
            const search = new URLSearchParams(Object.entries(query)).toString();
            const headers: Record<string, string> = { ...admin };
            if (type !== undefined) headers['content-type'] = type;
            const hasBody = route.method !== 'GET' && route.method !== 'HEAD';
            return {
              method: route.method,
              path: search ? `${path}?${search}` : path,
              headers,
              body: hasBody ? (JSON.stringify(body) ?? '') : null,
            };
          }),
      );

    test('covers every admin route with a body or a query', () => {
      expect(adminRoutes().length).toBeGreaterThan(30);
    });

    // A valid request of some of the routes, so that a value spoilt in it is judged by the route itself.
    const validAdmin: { method: string; path: string; body?: Record<string, unknown>; query?: Record<string, string> }[] = [
      { method: 'POST', path: '/api/admin/units', body: { parentId: 1, name: 'Phòng thử', kind: 'department' } },
      { method: 'PATCH', path: '/api/admin/units/2', body: { name: 'Trung tâm' } },
      { method: 'POST', path: '/api/admin/service-points', body: { unitId: 2, code: 'FUZZ-01', name: 'Quầy thử' } },
      { method: 'PATCH', path: '/api/admin/service-points/1', body: { name: 'Quầy số 1' } },
      { method: 'POST', path: '/api/admin/kiosks', body: { servicePoint: 'DEMO-01', name: 'Máy', idleSeconds: 60 } },
      { method: 'PATCH', path: '/api/admin/kiosks/1', body: { name: 'Máy 1' } },
      {
        method: 'POST',
        path: '/api/admin/users',
        body: { username: 'fuzz', role: 'viewer', unitId: null, password: 'correct-horse-battery-staple-2' },
      },
      { method: 'PUT', path: '/api/admin/transactions', body: { period: '2026-H2', servicePoint: 'DEMO-01', transactions: 10 } },
      { method: 'PATCH', path: '/api/admin/periods/2026-H2', body: { target: 90, endsOn: '2026-12-31' } },
      { method: 'POST', path: '/api/admin/periods/year', body: { year: 2031, target: 90 } },
      { method: 'GET', path: '/api/admin/audit', query: { entity: 'units', from: '2026-07-01', to: '2026-12-31', limit: '10' } },
      { method: 'GET', path: '/api/admin/comments', query: { period: '2026-H2', unit: '1', status: 'all', limit: '10' } },
      { method: 'GET', path: '/api/admin/stats', query: { period: '2026-H2', unit: '1', minN: '30' } },
      { method: 'GET', path: '/api/admin/stats/days', query: { period: '2026-H2', unit: '2' } },
      { method: 'GET', path: '/api/admin/paper-sheets', query: { status: 'disputed', period: '2026-H2' } },
      { method: 'GET', path: '/api/admin/paper/coverage', query: { period: '2026-H2', unit: '1' } },
    ];
    const spoiltValid = fc
      .tuple(fc.constantFrom(...validAdmin), fc.nat(), fc.oneof(withBadCharacter, outOfRange, oddValue))
      .map(([valid, pick, bad]): FuzzRequest => {
        const fields = valid.body ?? valid.query ?? {};
        const key = Object.keys(fields)[pick % Object.keys(fields).length]!;
        const spoiltFields = { ...fields, [key]: valid.body || typeof bad === 'string' ? bad : JSON.stringify(bad) };
        if (valid.body) {
          return {
            method: valid.method,
            path: valid.path,
            headers: { ...admin, 'content-type': 'application/json' },
            body: JSON.stringify(spoiltFields),
          };
        }
        return {
          method: 'GET',
          path: `${valid.path}?${new URLSearchParams(spoiltFields as Record<string, string>)}`,
          headers: { ...admin },
          body: null,
        };
      });
    test(
      'never fail, always answer in the envelope and store nothing they refuse: admin: a valid request with one value spoilt',
      () => fc.assert(fc.asyncProperty(spoiltValid, expectSound), runs(150)),
      120_000,
    );

    const adminClasses = {
      'admin: random bodies, queries and params': { parts: () => ({ body, query }), runs: 120 },
      'admin: NUL and control characters in a plausible body or query': { parts: () => spoilt(withBadCharacter), runs: 60 },
      'admin: out-of-range numbers, odd dates and period codes in a plausible body or query': {
        parts: () => spoilt(outOfRange),
        runs: 60,
      },
    };
    for (const [name, { parts, runs }] of Object.entries(adminClasses)) {
      test(
        `never fail, always answer in the envelope and store nothing they refuse: ${name}`,
        () => property(adminRequests(parts()), runs),
        120_000,
      );
    }
  });
});
