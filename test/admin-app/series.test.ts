import { expect, test } from 'vitest';
import type { FactorFigure, Stats } from '../../admin-app/src/api';
import { factorChartData, wrapLabel } from '../../admin-app/src/series';

function factor(code: string, value: number | null): FactorFigure {
  return { code, value, ci: value === null ? null : [value - 5, value + 5], n: value === null ? 0 : 40, verdict: 'inconclusive', moreNeeded: null };
}

const targetLine = (data: number[]) => ({
  type: 'line',
  label: 'Mục tiêu 90%',
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

const bars = (data: (number | null)[]) => ({
  type: 'bar',
  label: 'Tỷ lệ hài lòng (%)',
  data,
  backgroundColor: '#3b82f6',
  borderRadius: 4,
  pointStyle: 'rect',
  maxBarThickness: 72,
  order: 1,
});

test('draws one bar per factor, named in Vietnamese, and the target at every label', () => {
  const stats: Pick<Stats, 'factors' | 'target'> = {
    target: 90,
    factors: [factor('TC', 92.5), factor('TT', 81.25), factor('CC', 95), factor('KQ', 88), factor('PA', 70)],
  };
  expect(factorChartData(stats)).toEqual({
    labels: [
      ['Tiếp cận dịch vụ'],
      ['Thủ tục hành chính'],
      ['Công chức trực', 'tiếp giải quyết', 'công việc'],
      ['Kết quả giải quyết', 'thủ tục hành chính'],
      ['Tiếp nhận, xử lý', 'góp ý, phản ánh,', 'kiến nghị'],
    ],
    datasets: [targetLine([90, 90, 90, 90, 90]), bars([92.5, 81.25, 95, 88, 70])],
  });
});

test('leaves a gap where a factor has no value yet, keeping the target line whole', () => {
  const stats: Pick<Stats, 'factors' | 'target'> = {
    target: 85,
    factors: [factor('TC', 90), factor('PA', null), factor('KQ', 75)],
  };
  expect(factorChartData(stats)).toEqual({
    labels: [['Tiếp cận dịch vụ'], ['Tiếp nhận, xử lý', 'góp ý, phản ánh,', 'kiến nghị'], ['Kết quả giải quyết', 'thủ tục hành chính']],
    datasets: [{ ...targetLine([85, 85, 85]), label: 'Mục tiêu 85%' }, bars([90, null, 75])],
  });
});

test('labels a factor missing from the catalogue with its code', () => {
  const stats: Pick<Stats, 'factors' | 'target'> = { target: 90, factors: [factor('XX', 50)] };
  expect(factorChartData(stats)).toEqual({ labels: [['XX']], datasets: [targetLine([90]), bars([50])] });
});

test('gives empty series when the questionnaire has no factors', () => {
  expect(factorChartData({ target: 90, factors: [] })).toEqual({ labels: [], datasets: [targetLine([]), bars([])] });
});

test('wraps a label at spaces into lines no longer than the width', () => {
  expect(wrapLabel('Công chức trực tiếp giải quyết công việc', 18)).toEqual(['Công chức trực', 'tiếp giải quyết', 'công việc']);
});

test('keeps a word longer than the width whole on its own line', () => {
  expect(wrapLabel('a verylongwordindeed b', 5)).toEqual(['a', 'verylongwordindeed', 'b']);
});
