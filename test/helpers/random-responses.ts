import { randomUUID } from 'node:crypto';
import { itemCodes } from './app';

/** A small deterministic PRNG (mulberry32), so a failing run can be repeated. */
export function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const points = ['DEMO-01', 'DEMO-02', 'STP-01', 'SXD-01', 'PTT-01', 'XAB-01'];
const naItems = new Set(['TT3', 'PA1', 'PA2', 'PA3']);
const fields = ['dat-dai', 'tu-phap-ho-tich', 'xay-dung', undefined];

export function randomSubmission(random: () => number) {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const mood = 2 + random() * 3;
  const answers = Object.fromEntries(
    itemCodes.map((code) => [
      code,
      naItems.has(code) && random() < 0.3 ? 'na' : Math.max(1, Math.min(5, Math.round(mood + (random() - 0.5) * 2))),
    ]),
  );
  const field = pick(fields);
  return {
    id: randomUUID(),
    servicePoint: pick(points),
    respondentType: pick(['citizen', 'citizen', 'organization'] as const),
    // The kiosk channel needs a kiosk key: see test/api/kiosks.test.ts.
    channel: pick(['web', 'qr', 'qr', 'paper'] as const),
    lang: 'vi',
    answers,
    ...(field ? { field } : {}),
  };
}
