import { randomUUID } from 'node:crypto';
import { expect, test } from 'vitest';
import { sortById } from '../../api/src/reports/csv';

const byString = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));

test('sortById orders rows as comparing their ids as strings does', () => {
  const rows = Array.from({ length: 5000 }, (_, n) => ({ id: randomUUID(), n }));
  expect(sortById(rows)).toEqual(byString(rows));
});

test('sortById orders ids that share their first eight hex digits by the rest', () => {
  // Time-ordered ids (UUIDv7) written within a minute share them, so a whole batch may.
  const lead = ['0190a1b2', '0190a1b2', 'ffffffff', '00000000'];
  const rows = Array.from({ length: 3000 }, (_, n) => ({ id: `${lead[n % 4]}${randomUUID().slice(8)}`, n }));
  expect(sortById(rows)).toEqual(byString(rows));
});
