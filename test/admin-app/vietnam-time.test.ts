import { describe, expect, test } from 'vitest';
import { formatDate, formatDateTime } from '../../admin-app/src/vietnam-time';

describe('times on the admin pages', () => {
  test('are on Vietnam’s clock, day first, whatever the browser’s zone', () => {
    expect(formatDateTime('2026-07-01T02:00:00Z')).toBe('01/07/2026 09:00');
    expect(formatDateTime('2026-12-31T17:30:05Z')).toBe('01/01/2027 00:30');
    expect(formatDateTime('2026-12-31T17:30:05Z', { seconds: true })).toBe('01/01/2027 00:30:05');
    expect(formatDateTime(null)).toBe('—');
  });

  test('a day is the day in Vietnam', () => {
    expect(formatDate('2026-06-30T18:00:00Z')).toBe('01/07/2026');
    expect(formatDate('2026-06-30T16:59:59Z')).toBe('30/06/2026');
  });
});
