import { describe, expect, test } from 'vitest';
import type { FactorFigure, Group, ItemFigure, TrendEntry, Verdict } from '@sipas/api/types';
import { namesFor, emptyCatalogue } from '../../admin-app/src/pages/dashboard/factors';
import {
  dayRange,
  daysChartData,
  distributionChartData,
  factorChartData,
  fillDays,
  groupColour,
  rankingChartData,
  shorten,
  trendChartData,
} from '../../admin-app/src/series';
import { wrapLabel } from '@sipas/api/shared/wrap';

const vi = namesFor(emptyCatalogue, 'vi');
const labels = (target: number) => ({ satisfied: 'Tỷ lệ hài lòng (%)', target: `Mục tiêu ${target}%` });

function factor(code: string, value: number | null): FactorFigure {
  return {
    code,
    value,
    ci: value === null ? null : [value - 5, value + 5],
    n: value === null ? 0 : 40,
    verdict: 'inconclusive',
    moreNeeded: null,
  };
}

const targetLine = (data: number[], label = 'Mục tiêu 90%') => ({
  label,
  data,
  borderColor: '#111827',
  backgroundColor: '#111827',
  borderWidth: 2,
  borderDash: [6, 4],
  pointRadius: 0,
  pointHitRadius: 8,
  pointStyle: 'line',
  fill: false,
  order: 0,
});

describe('factor bars', () => {
  const bars = (data: (number | null)[], intervals: ([number, number] | null)[]) => ({
    type: 'bar',
    label: 'Tỷ lệ hài lòng (%)',
    data,
    intervals,
    backgroundColor: '#3b82f6',
    borderRadius: 4,
    pointStyle: 'rect',
    maxBarThickness: 72,
    order: 1,
  });

  test('draws one bar per factor with its interval, named in the language given, and the target at every label', () => {
    const factors = [factor('TC', 92.5), factor('TT', 81.25), factor('CC', 95), factor('KQ', 88), factor('PA', 70)];
    expect(factorChartData(factors, 90, labels(90), vi.factor)).toEqual({
      labels: [
        ['Tiếp cận dịch vụ'],
        ['Thủ tục hành chính'],
        ['Công chức trực', 'tiếp giải quyết', 'công việc'],
        ['Kết quả giải quyết', 'thủ tục hành chính'],
        ['Tiếp nhận, xử lý', 'góp ý, phản ánh,', 'kiến nghị'],
      ],
      datasets: [
        { type: 'line', ...targetLine([90, 90, 90, 90, 90]) },
        bars(
          [92.5, 81.25, 95, 88, 70],
          [
            [87.5, 97.5],
            [76.25, 86.25],
            [90, 100],
            [83, 93],
            [65, 75],
          ],
        ),
      ],
    });
  });

  test('leaves a gap and no whisker where a factor has no value yet, keeping the target line whole', () => {
    const factors = [factor('TC', 90), factor('PA', null)];
    expect(factorChartData(factors, 85, labels(85), namesFor(emptyCatalogue, 'en').factor)).toEqual({
      labels: [['Access'], ['Feedback handling']],
      datasets: [{ type: 'line', ...targetLine([85, 85], 'Mục tiêu 85%') }, bars([90, null], [[85, 95], null])],
    });
  });

  test('labels a factor missing from the catalogue with its code', () => {
    expect(factorChartData([factor('XX', 50)], 90, labels(90), vi.factor).labels).toEqual([['XX']]);
  });
});

function group(key: string, value: number | null, verdict: Verdict, rank: number | null): Group {
  const figure = { value, ci: value === null ? null : ([value - 4, value + 4] as [number, number]), n: 50, verdict, moreNeeded: null };
  return { key, label: `Đơn vị ${key}`, n: 50, index: figure, factors: [], rank };
}

describe('ranking bars', () => {
  test('numbers the ranked groups, greys the unranked and marks those below target', () => {
    const groups = [
      group('2', 95, 'met', 1),
      group('3', 80, 'not_met', 2),
      { ...group('4', 99, 'insufficient', null), label: 'Trung tâm Phục vụ hành chính công tỉnh' },
    ];
    expect(rankingChartData(groups, 90, labels(90))).toEqual({
      labels: [['1. Đơn vị 2'], ['2. Đơn vị 3'], ['Trung tâm Phục vụ hành', 'chính công tỉnh']],
      datasets: [
        { type: 'line', ...targetLine([90, 90, 90]), indexAxis: 'y' },
        {
          type: 'bar',
          label: 'Tỷ lệ hài lòng (%)',
          data: [95, 80, 99],
          intervals: [
            [91, 99],
            [76, 84],
            [95, 103],
          ],
          backgroundColor: ['#3b82f6', '#ea580c', '#d1d5db'],
          borderRadius: 4,
          maxBarThickness: 28,
          order: 1,
        },
      ],
    });
  });

  test('colours a group at the target as meeting it, and one without a value as insufficient', () => {
    expect([groupColour(group('a', 90, 'inconclusive', 1), 90), groupColour(group('b', null, 'insufficient', null), 90)]).toEqual([
      '#3b82f6',
      '#d1d5db',
    ]);
  });
});

describe('trend line', () => {
  const entry = (period: string, value: number | null, target: number): TrendEntry => ({
    period,
    status: 'closed',
    target,
    n: 40,
    index: { value, ci: value === null ? null : [value - 3, value + 3], verdict: 'inconclusive' },
    factors: [],
  });

  test('gives one point per period with its interval, and each period its own target', () => {
    const entries = [entry('2025-H2', 85, 85), entry('2026-H1', null, 90), entry('2026-H2', 91, 90)];
    expect(trendChartData(entries, { index: 'Chỉ số', target: 'Mục tiêu 90%' }, (code) => `Đợt ${code}`)).toEqual({
      labels: ['Đợt 2025-H2', 'Đợt 2026-H1', 'Đợt 2026-H2'],
      datasets: [
        targetLine([85, 90, 90]),
        {
          label: 'Chỉ số',
          data: [85, null, 91],
          intervals: [[82, 88], null, [88, 94]],
          borderColor: '#3b82f6',
          backgroundColor: '#3b82f6',
          borderWidth: 3,
          pointRadius: 5,
          pointStyle: 'circle',
          spanGaps: false,
          order: 1,
        },
      ],
    });
  });
});

describe('responses per day', () => {
  test('fills every day of the range, with 0 where nothing came', () => {
    expect(
      fillDays(
        [
          { day: '2026-02-27', n: 3 },
          { day: '2026-03-01', n: 1 },
        ],
        '2026-02-27',
        '2026-03-02',
      ),
    ).toEqual([
      { day: '2026-02-27', n: 3 },
      { day: '2026-02-28', n: 0 },
      { day: '2026-03-01', n: 1 },
      { day: '2026-03-02', n: 0 },
    ]);
  });

  test('runs a period still open up to today, and a past period to its end', () => {
    const period = { startsOn: '2026-07-01', endsOn: '2026-12-31' };
    expect([dayRange(period, [], '2026-07-04'), dayRange(period, [], '2027-03-01')]).toEqual([
      { from: '2026-07-01', to: '2026-07-04' },
      { from: '2026-07-01', to: '2026-12-31' },
    ]);
  });

  test('stretches the range to a day with responses after today, and gives one day for a period not yet begun', () => {
    const period = { startsOn: '2026-07-01', endsOn: '2026-12-31' };
    expect([dayRange(period, [{ day: '2026-07-09', n: 1 }], '2026-07-04'), dayRange(period, [], '2026-06-01')]).toEqual([
      { from: '2026-07-01', to: '2026-07-09' },
      { from: '2026-07-01', to: '2026-07-01' },
    ]);
  });

  test('draws one bar per day, labelled by the function given', () => {
    expect(
      daysChartData(
        [
          { day: '2026-07-01', n: 2 },
          { day: '2026-07-02', n: 0 },
        ],
        'Số phiếu',
        (d) => d.slice(5),
      ),
    ).toEqual({
      labels: ['07-01', '07-02'],
      datasets: [{ label: 'Số phiếu', data: [2, 0], backgroundColor: '#3b82f6', borderRadius: 2, maxBarThickness: 24 }],
    });
  });
});

describe('answer distribution', () => {
  const item = (code: string, counts: [number, number, number, number, number, number]): ItemFigure => ({
    code,
    factor: 'TT',
    value: null,
    ci: null,
    n: 0,
    verdict: 'insufficient',
    moreNeeded: null,
    distribution: { '1': counts[0], '2': counts[1], '3': counts[2], '4': counts[3], '5': counts[4], na: counts[5] },
  });
  const levelNames = { '1': 'L1', '2': 'L2', '3': 'L3', '4': 'L4', '5': 'L5', na: 'NA' };

  test('stacks one dataset per level, 1 to 5 and then not applicable, across the items', () => {
    const data = distributionChartData(
      [item('TT2', [1, 2, 3, 4, 5, 0]), item('TT3', [0, 0, 1, 1, 2, 6])],
      levelNames,
      (code) => `Câu ${code}`,
    );
    const level = (label: string, values: number[], colour: string, border = colour, borderWidth = 0) => ({
      label,
      data: values,
      backgroundColor: colour,
      borderColor: border,
      borderWidth,
      maxBarThickness: 22,
    });
    expect(data).toEqual({
      labels: ['Câu TT2', 'Câu TT3'],
      datasets: [
        level('L1', [1, 0], '#b91c1c'),
        level('L2', [2, 0], '#f87171'),
        level('L3', [3, 1], '#a3a3a3'),
        level('L4', [4, 1], '#93c5fd'),
        level('L5', [5, 2], '#1d4ed8'),
        level('NA', [0, 6], '#ffffff', '#6b7280', 1),
      ],
    });
  });
});

describe('labels', () => {
  test('wraps a label at spaces into lines no longer than the width', () => {
    expect(wrapLabel('Công chức trực tiếp giải quyết công việc', 18)).toEqual(['Công chức trực', 'tiếp giải quyết', 'công việc']);
  });

  test('keeps a word longer than the width whole on its own line', () => {
    expect(wrapLabel('a verylongwordindeed b', 5)).toEqual(['a', 'verylongwordindeed', 'b']);
  });

  test('shortens a long statement at a word boundary, dropping the trailing comma', () => {
    expect([shorten('Nơi tiếp nhận hồ sơ sạch sẽ, văn minh', 30), shorten('Ngắn gọn', 30)]).toEqual([
      'Nơi tiếp nhận hồ sơ sạch sẽ…',
      'Ngắn gọn',
    ]);
  });
});
