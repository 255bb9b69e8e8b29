// The data-quality rules (issue 16), pure: what each counter's facts must show before it is
// flagged. Every share is judged by the lower end of its 99% Wilson interval — a province has
// hundreds of counters, so a 95% bound would flag a few honest ones by chance alone — against a
// threshold set by the rest of the province (the counter itself left out, so a gamed counter
// cannot raise its own bar). README "Data quality" gives each rule and why.
import type { QualityFlagKind } from '@sipas/db';
import { wilsonInterval } from '../stats/math';

export const flagKinds = [
  'straight_lining',
  'off_hours',
  'burst',
  'exceeds_transactions',
  'repeated_comment',
] as const satisfies readonly QualityFlagKind[];
export type FlagKind = (typeof flagKinds)[number];

const Z99 = 2.576;

export const thresholds = {
  /** A response straight-lines when it answers at least this many statements on the scale, all at one level. */
  straightMinAnswers: 10,
  /** At least this many straight-lined responses before the share is judged at all. */
  straightMinCount: 10,
  /** At least this many kiosk responses out of hours. */
  offHoursMinCount: 5,
  /** Minutes around each opening interval still counted as open (the last respondent finishes after closing). */
  offHoursGraceMinutes: 15,
  /** A burst: this many responses from one kiosk within the window … */
  burstKiosk: 6,
  /** … or this many phone (QR, web) responses at one counter, which stores no client identity. */
  burstPhone: 10,
  burstWindowMinutes: 10,
  /** The same normalised comment at least this many times at one counter. */
  repeatMinCount: 5,
} as const;

/** The 99% Wilson lower bound of k out of n (0 when n is 0). */
export function lowerBound(k: number, n: number): number {
  return wilsonInterval(k, n, Z99)?.[0] ?? 0;
}

/** Far above the rest: a third of the way from the province's share to every response (straight-lining is common in honest data). */
export const straightThreshold = (provinceShare: number) => provinceShare + (1 - provinceShare) / 3;
/** Rare events (out-of-hours responses, one comment text): more than twice the province's share plus two points. */
export const rareThreshold = (provinceShare: number) => 2 * provinceShare + 0.02;

/** What the queries count per counter and period. */
export interface CounterFacts {
  servicePointId: number;
  responses: number;
  /** Responses with at least straightMinAnswers answers on the scale, and those of them all at one level. */
  rated: number;
  straight: number;
  kiosk: number;
  offHours: number;
  burst: number;
  /** Procedures entered for the period, null when none were entered. */
  transactions: number | null;
  comments: number;
  /** Normalised comment texts used at least repeatMinCount times here, with their count. */
  repeated: { text: string; count: number }[];
}

/** Province-wide totals (every counter), from which each counter's baseline leaves itself out. */
export interface ProvinceTotals {
  rated: number;
  straight: number;
  kiosk: number;
  offHours: number;
  comments: number;
  /** How often each normalised text occurs in the whole province. */
  textCounts: Map<string, number>;
}

export interface Flag {
  kind: FlagKind;
  /** How many of the counter's responses the flag is about (what an exclusion would take out). */
  responses: number;
  /** responses over the counter's responses in the period. */
  share: number;
  detail: Record<string, number | string | null>;
}

const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;
const shareOf = (k: number, n: number) => (n === 0 ? 0 : k / n);

export function sumFacts(all: CounterFacts[], textCounts: Map<string, number>): ProvinceTotals {
  const t = { rated: 0, straight: 0, kiosk: 0, offHours: 0, comments: 0, textCounts };
  for (const f of all) {
    t.rated += f.rated;
    t.straight += f.straight;
    t.kiosk += f.kiosk;
    t.offHours += f.offHours;
    t.comments += f.comments;
  }
  return t;
}

/** The flags one counter earns, in the order of flagKinds. */
export function judgeCounter(f: CounterFacts, province: ProvinceTotals): Flag[] {
  const flags: Flag[] = [];
  const flag = (kind: FlagKind, responses: number, detail: Flag['detail']) =>
    flags.push({ kind, responses, share: round(shareOf(responses, f.responses)), detail });

  const straightBase = shareOf(province.straight - f.straight, province.rated - f.rated);
  const straightBar = straightThreshold(straightBase);
  if (f.straight >= thresholds.straightMinCount && lowerBound(f.straight, f.rated) > straightBar)
    flag('straight_lining', f.straight, {
      counterShare: round(shareOf(f.straight, f.rated)),
      provinceShare: round(straightBase),
      threshold: round(straightBar),
    });

  const offBase = shareOf(province.offHours - f.offHours, province.kiosk - f.kiosk);
  const offBar = rareThreshold(offBase);
  if (f.offHours >= thresholds.offHoursMinCount && lowerBound(f.offHours, f.kiosk) > offBar)
    flag('off_hours', f.offHours, {
      kioskResponses: f.kiosk,
      counterShare: round(shareOf(f.offHours, f.kiosk)),
      provinceShare: round(offBase),
      threshold: round(offBar),
    });

  if (f.burst > 0)
    flag('burst', f.burst, {
      windowMinutes: thresholds.burstWindowMinutes,
      kioskAtLeast: thresholds.burstKiosk,
      phoneAtLeast: thresholds.burstPhone,
    });

  if (f.transactions !== null && f.responses > f.transactions)
    flag('exceeds_transactions', f.responses, { transactions: f.transactions, excess: f.responses - f.transactions });

  const repeats = judgedRepeats(f, province);
  const top = repeats[0];
  if (top)
    flag(
      'repeated_comment',
      repeats.reduce((s, r) => s + r.count, 0),
      {
        texts: repeats.length,
        text: top.text,
        count: top.count,
        comments: f.comments,
        provinceShare: round(top.elsewhere),
        threshold: round(top.bar),
      },
    );
  return flags;
}

/** The normalised texts repeated far more here than in the rest of the province, most frequent first. */
export function judgedRepeats(f: CounterFacts, province: ProvinceTotals) {
  return f.repeated
    .map((r) => {
      const elsewhere = shareOf((province.textCounts.get(r.text) ?? r.count) - r.count, province.comments - f.comments);
      return { ...r, elsewhere, bar: rareThreshold(elsewhere) };
    })
    .filter((r) => r.count >= thresholds.repeatMinCount && lowerBound(r.count, f.comments) > r.bar)
    .sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : 1));
}

/**
 * A comment as compared: Unicode-normalised, lower case, without diacritics (a kiosk without a
 * Vietnamese keyboard types "tot" for "tốt"), punctuation and runs of spaces as one space.
 */
export function normaliseComment(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
