import { describe, expect, test } from 'vitest';
import { defaultHours, effectiveHours, isOpenAt, weekHoursSchema } from '../../api/src/quality/hours';
import { type CounterFacts, judgeCounter, lowerBound, normaliseComment, sumFacts } from '../../api/src/quality/rules';

const facts = (over: Partial<CounterFacts> = {}): CounterFacts => ({
  servicePointId: 1,
  responses: 100,
  rated: 100,
  straight: 30,
  kiosk: 50,
  offHours: 0,
  burst: 0,
  transactions: null,
  comments: 10,
  repeated: [],
  ...over,
});

/** The counter judged against 99 others just like `others`. */
function judge(counter: CounterFacts, others: Partial<CounterFacts> = {}, textCounts = new Map<string, number>()) {
  const rest = Array.from({ length: 99 }, (_, i) => facts({ servicePointId: i + 2, ...others }));
  return judgeCounter(counter, sumFacts([counter, ...rest], textCounts));
}

describe('the data-quality rules', () => {
  test('leave a counter like the rest of the province unflagged', () => {
    expect(judge(facts())).toEqual([]);
  });

  test('flag straight-lining far above the rest of the province, with the figures behind it', () => {
    expect(judge(facts({ straight: 80 }))).toEqual([
      { kind: 'straight_lining', responses: 80, share: 0.8, detail: { counterShare: 0.8, provinceShare: 0.3, threshold: 0.5333 } },
    ]);
  });

  test('do not flag straight-lining a province shares everywhere', () => {
    expect(judge(facts({ straight: 80 }), { straight: 75 })).toEqual([]);
  });

  test('need enough straight-lined responses before judging a share', () => {
    expect(judge(facts({ responses: 9, rated: 9, straight: 9 }))).toEqual([]);
  });

  test('flag kiosk responses out of hours well above the rest', () => {
    expect(judge(facts({ offHours: 10 }), { offHours: 1 })).toEqual([
      {
        kind: 'off_hours',
        responses: 10,
        share: 0.1,
        detail: { kioskResponses: 50, counterShare: 0.2, provinceShare: 0.02, threshold: 0.06 },
      },
    ]);
    expect(judge(facts({ offHours: 3 }), { offHours: 1 })).toEqual([]);
  });

  test('flag any burst and more responses than transactions', () => {
    expect(judge(facts({ burst: 6, transactions: 80 }))).toEqual([
      { kind: 'burst', responses: 6, share: 0.06, detail: { windowMinutes: 10, kioskAtLeast: 6, phoneAtLeast: 10 } },
      { kind: 'exceeds_transactions', responses: 100, share: 1, detail: { transactions: 80, excess: 20 } },
    ]);
    expect(judge(facts({ transactions: 100 }))).toEqual([]);
  });

  test('flag a comment repeated here but rare elsewhere, not a phrase the whole province uses', () => {
    const texts = new Map([
      ['can bo nhiet tinh', 8],
      ['tot', 300],
    ]);
    const counter = facts({
      comments: 20,
      repeated: [
        { text: 'can bo nhiet tinh', count: 8 },
        { text: 'tot', count: 6 },
      ],
    });
    expect(judge(counter, { comments: 10 }, texts)).toEqual([
      {
        kind: 'repeated_comment',
        responses: 8,
        share: 0.08,
        detail: { texts: 1, text: 'can bo nhiet tinh', count: 8, comments: 20, provinceShare: 0, threshold: 0.02 },
      },
    ]);
  });

  test('compare comments without case, diacritics, punctuation or extra spaces', () => {
    expect(normaliseComment('  Cán bộ RẤT nhiệt tình,  chu đáo!! ')).toBe('can bo rat nhiet tinh chu dao');
    expect(normaliseComment('can bo rat nhiet tinh chu dao')).toBe('can bo rat nhiet tinh chu dao');
    // Decomposed input (some keyboards) compares equal to composed.
    expect(normaliseComment('Tốt'.normalize('NFD'))).toBe(normaliseComment('tốt'));
  });

  test('take the 99% Wilson lower bound', () => {
    expect(lowerBound(0, 0)).toBe(0);
    expect(lowerBound(90, 100)).toBeCloseTo(0.7962, 3);
  });
});

describe('opening hours', () => {
  test('default to Monday to Friday, 07:30–11:30 and 13:30–17:00, Vietnam time', () => {
    expect(isOpenAt(defaultHours, new Date('2026-08-04T01:00:00Z'))).toBe(true); // Tuesday 08:00
    expect(isOpenAt(defaultHours, new Date('2026-08-04T05:00:00Z'))).toBe(false); // Tuesday 12:00, lunch
    expect(isOpenAt(defaultHours, new Date('2026-08-04T13:00:00Z'))).toBe(false); // Tuesday 20:00
    expect(isOpenAt(defaultHours, new Date('2026-08-08T02:00:00Z'))).toBe(false); // Saturday 09:00
    expect(isOpenAt(defaultHours, new Date('2026-08-04T10:10:00Z'), 15)).toBe(true); // 17:10, within the grace
  });

  test('come from the nearest unit up the tree that has its own', () => {
    const evenings: [string, string][][] = Array.from({ length: 7 }, () => [['07:00', '21:00']]);
    const own = new Map([[2, evenings]]);
    expect(effectiveHours('/1/2/5/', own)).toEqual({ hours: evenings, from: 2 });
    expect(effectiveHours('/1/3/', own)).toEqual({ hours: defaultHours, from: null });
  });

  test('refuse a week that is not seven days of ordered intervals', () => {
    expect(weekHoursSchema.safeParse(defaultHours).success).toBe(true);
    const bad = weekHoursSchema.safeParse([[['17:00', '07:30']], [], [], [], [], [], [['25:00', '26:00']]]);
    expect(bad.success ? [] : bad.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))).toEqual([
      { path: '6.0.0', message: 'a time like 07:30' },
      { path: '6.0.1', message: 'a time like 07:30' },
      { path: '0.0', message: 'closes after it opens' },
    ]);
    expect(weekHoursSchema.safeParse([[['17:00', '07:30']], [], [], [], [], [], []]).error?.issues[0]?.message).toBe(
      'closes after it opens',
    );
    expect(weekHoursSchema.safeParse([[]]).error?.issues[0]?.message).toBe('seven days, Monday first');
  });
});
