import { describe, expect, test } from 'vitest';
import type { Group, UnitTree } from '@sipas/api/types';
import { tableCsv } from '../../admin-app/src/pages/dashboard/csv';
import {
  daysPath,
  defaultPeriod,
  pagePath,
  rankingBy,
  readFilters,
  statsPath,
  trendPath,
  unitChoices,
} from '../../admin-app/src/pages/dashboard/query';
import { halfYearChoices, periodChoices } from '../../admin-app/src/period-choices';
import { daysTable, rankingTable, type Words } from '../../admin-app/src/pages/dashboard/tables';
import { emptyCatalogue, namesFor } from '../../admin-app/src/pages/dashboard/factors';
import { common } from '../../admin-app/src/messages';
import { dashboardTexts } from '../../admin-app/src/pages/dashboard/texts';

const words = (lang: 'vi' | 'en'): Words => ({
  t: dashboardTexts[lang],
  lang,
  names: namesFor(emptyCatalogue, lang),
  verdicts: common[lang].verdict,
  statuses: common[lang].periodStatus,
});

const unit = (id: number, parentId: number | null, path: string, points: string[] = []): UnitTree['units'][number] => ({
  id,
  parentId,
  path,
  name: `Unit ${id}`,
  kind: parentId === null ? 'province' : 'department',
  code: `DV-${id}`,
  active: id !== 5,
  servicePoints: points.map((code, i) => ({ id: id * 10 + i, code, name: code, active: true })),
});
const tree: UnitTree = {
  rootId: 1,
  units: [
    unit(1, null, '/1/'),
    unit(2, 1, '/1/2/', ['DEMO-01']),
    unit(4, 2, '/1/2/4/', ['SUB-01']),
    unit(3, 1, '/1/3/', ['STP-01']),
    unit(5, 1, '/1/5/'),
  ],
};

describe('the URL query', () => {
  test('keeps the filters the API accepts and drops the rest', () => {
    expect(readFilters({ period: '2026-H2', unit: '3', respondentType: 'citizen', channel: 'fax', field: 'dat-dai' })).toEqual({
      period: '2026-H2',
      unit: 3,
      respondentType: 'citizen',
      channel: undefined,
      field: 'dat-dai',
    });
    expect(readFilters({ period: '2026-H3', unit: '-1' })).toEqual({
      period: undefined,
      unit: undefined,
      respondentType: undefined,
      channel: undefined,
      field: undefined,
    });
  });

  test('writes the page URL in a fixed order, leaving out what is unset', () => {
    expect([pagePath({ field: 'x y', unit: 2, period: '2026' }), pagePath({})]).toEqual([
      '/admin/?period=2026&unit=2&field=x+y',
      '/admin/',
    ]);
  });

  test('asks /stats with the grouping, /trend without the period and /days without the field', () => {
    const f = { period: '2026-H1', unit: 2, channel: 'qr' as const, field: 'dat-dai' };
    expect([statsPath(f, 'unit'), trendPath(f), daysPath(f), statsPath({ period: '2026' }, null)]).toEqual([
      '/api/admin/stats?period=2026-H1&unit=2&channel=qr&field=dat-dai&by=unit',
      '/api/admin/stats/trend?unit=2&channel=qr&field=dat-dai',
      '/api/admin/stats/days?period=2026-H1&unit=2&channel=qr',
      '/api/admin/stats?period=2026',
    ]);
  });
});

describe('the choices offered', () => {
  test('defaults to the open period, else the latest that has begun', () => {
    expect([
      defaultPeriod([
        { period: '2026-H1', status: 'open' },
        { period: '2026-H2', status: 'closed' },
      ]),
      defaultPeriod([
        { period: '2025-H2', status: 'closed' },
        { period: '2026-H1', status: 'closed' },
      ]),
      defaultPeriod([]),
    ]).toEqual(['2026-H1', '2026-H1', undefined]);
  });

  test('lists the halves newest first with each year after its halves, and keeps a period the URL names', () => {
    expect(periodChoices(['2025-H2', '2026-H1'], '2024')).toEqual(['2026-H1', '2026', '2025-H2', '2025', '2024']);
  });

  test('lists the halves alone in the same order for what exists per half-year (paper sheets)', () => {
    expect(halfYearChoices(['2025-H2', '2026-H1', '2026-H2', '2025-H1'])).toEqual(['2026-H2', '2026-H1', '2025-H2', '2025-H1']);
  });

  test('ranks child units when there are any, else the unit’s own counters, and nothing for a counter with a field', () => {
    expect([
      rankingBy(tree, 1, undefined),
      rankingBy(tree, 2, 'x'),
      rankingBy(tree, 3, undefined),
      rankingBy(tree, 3, 'x'),
      rankingBy(tree, 5, undefined),
    ]).toEqual(['unit', 'unit', 'servicePoint', null, null]);
  });

  test('indents each unit by its depth below the user’s root', () => {
    expect(unitChoices({ rootId: 2, units: tree.units.slice(1, 3) })).toEqual([
      { id: 2, name: 'Unit 2', depth: 0, active: true },
      { id: 4, name: 'Unit 4', depth: 1, active: true },
    ]);
  });
});

describe('tables and their CSV', () => {
  const group = (key: string, value: number | null, verdict: Group['index']['verdict'], rank: number | null, n = 50): Group => ({
    key,
    label: `Đơn vị ${key}`,
    n,
    index: { value, ci: value === null ? null : [value - 2.5, value + 2.5], n, verdict, moreNeeded: null },
    factors: [],
    rank,
  });

  test('gives each ranking row its rank, figures and tone', () => {
    const table = rankingTable(
      [group('2', 95.5, 'met', 1, 1200), group('3', 80, 'not_met', 2), group('4', null, 'insufficient', null, 0)],
      'unit',
      90,
      words('vi'),
    );
    expect(table).toEqual({
      caption: 'Thứ hạng theo chỉ số hài lòng; nhóm chưa đủ số phiếu không được xếp hạng',
      columns: [
        { label: 'Hạng', numeric: true },
        { label: 'Đơn vị' },
        { label: 'Tỷ lệ hài lòng', numeric: true },
        { label: 'KTC 95%', numeric: true },
        { label: 'Số phiếu (n)', numeric: true },
        { label: 'Kết luận', verdict: true },
      ],
      rows: [
        { key: '2', cells: ['1', 'Đơn vị 2', '95,5%', '93,0–98,0%', '1.200', 'Đạt'], verdict: 'met' },
        { key: '3', cells: ['2', 'Đơn vị 3', '80,0%', '77,5–82,5%', '50', 'Chưa đạt'], verdict: 'not_met', tone: 'below' },
        {
          key: '4',
          cells: ['Không xếp hạng', 'Đơn vị 4', '—', '—', '0', 'Chưa đủ dữ liệu'],
          verdict: 'insufficient',
          tone: 'insufficient',
        },
      ],
    });
  });

  test('adds the sample column where transactions were entered: responses / recommended sample (response rate)', () => {
    const withSample = {
      ...group('2', 95.5, 'met', 1, 300),
      sample: { transactions: 1000, recommended: 286, responseRate: 30, reached: true },
    };
    const table = rankingTable([withSample, group('3', 80, 'not_met', 2)], 'unit', 90, words('vi'));
    expect(table.columns.at(-1)).toEqual({ label: 'Phiếu / cỡ mẫu khuyến nghị (tỷ lệ phản hồi)', numeric: true });
    expect(table.rows.map((r) => r.cells.at(-1))).toEqual(['300 / 286 (30,0%)', '—']);
  });

  test('formats numbers in English the English way', () => {
    const table = rankingTable([group('2', 95.5, 'met', 1, 1200)], 'servicePoint', 90, words('en'));
    expect([table.columns[1], table.rows[0]!.cells]).toEqual([
      { label: 'Counter' },
      ['1', 'Đơn vị 2', '95.5%', '93.0–98.0%', '1,200', 'Met'],
    ]);
  });

  test('writes a CSV with a byte-order mark, the header row and the table’s cells, quoting commas', () => {
    const csv = tableCsv(
      daysTable(
        [
          { day: '2026-07-01', n: 1234 },
          { day: '2026-07-02', n: 0 },
        ],
        words('vi'),
      ),
    );
    expect(csv).toBe('\uFEFFNgày,Số phiếu\r\n01/07/2026,1.234\r\n02/07/2026,0\r\n');
    expect(tableCsv(rankingTable([group('2', 95.5, 'met', 1)], 'unit', 90, words('vi'))).split('\r\n')[1]).toBe(
      '1,Đơn vị 2,"95,5%","93,0–98,0%",50,Đạt',
    );
  });

  test('writes a unit named like a formula as text, with a leading apostrophe', () => {
    const hostile = { ...group('2', 95.5, 'met', 1), label: '=HYPERLINK("x")' };
    const line = tableCsv(rankingTable([hostile, { ...group('3', 91, 'met', 2), label: '@SUM(A1)' }], 'unit', 90, words('vi'))).split(
      '\r\n',
    );
    expect(line.slice(1, 3)).toEqual([`1,"'=HYPERLINK(""x"")","95,5%","93,0–98,0%",50,Đạt`, `2,'@SUM(A1),"91,0%","88,5–93,5%",50,Đạt`]);
  });
});
