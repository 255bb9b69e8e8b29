import { describe, expect, test } from 'vitest';
import { type Bar, rankingCharts } from '../../api/src/reports/charts';

/** A PNG's width and height, from its IHDR chunk. */
const pngSize = (png: Buffer) => ({
  png: png.subarray(1, 4).toString('latin1'),
  width: png.readUInt32BE(16),
  height: png.readUInt32BE(20),
});
const units = (n: number, name: (i: number) => string): Bar[] =>
  Array.from({ length: n }, (_, i) => ({ label: name(i + 1), value: 95 - i * 0.5 }));

describe('the ranking charts of the DOCX', () => {
  test('a short ranking is one chart holding every unit', async () => {
    const parts = await rankingCharts(
      units(12, (i) => `Xã ${i}`),
      90,
    );
    expect(parts.map((p) => ({ from: p.from, to: p.to, ...pngSize(p.image.png) }))).toEqual([
      { from: 0, to: 12, png: 'PNG', width: 1240, height: 120 + 12 * 64 },
    ]);
  });

  test('a province of a hundred communes is split into charts of at most a page, with as many units in each and rows of one height', async () => {
    const parts = await rankingCharts(
      units(100, (i) => `UBND xã Thanh Sơn ${i}`),
      90,
    );
    // One line a name: rows of 64 px, 27 to a chart of at most 1,900 px, so four charts of 25.
    expect(parts.map((p) => ({ from: p.from, to: p.to, ...pngSize(p.image.png) }))).toEqual(
      [0, 25, 50, 75].map((from) => ({ from, to: from + 25, png: 'PNG', width: 1240, height: 120 + 25 * 64 })),
    );
  });

  test('names over three lines make taller rows and so more, shorter charts', async () => {
    const parts = await rankingCharts(
      units(30, (i) => `Ủy ban nhân dân xã Thanh Sơn huyện Thanh Sơn tỉnh Phú Thọ số ${i}`),
      90,
    );
    // Three lines of 36 px and 20 px around: rows of 128 px, 13 to a chart, so three charts of 10.
    expect(parts.map((p) => ({ from: p.from, to: p.to, height: p.image.height }))).toEqual(
      [0, 10, 20].map((from) => ({ from, to: from + 10, height: 120 + 10 * 128 })),
    );
  });
});
