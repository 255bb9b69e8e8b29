// Synthetic responses for the data-quality benchmark: a province of honest counters with the
// variation real ones show (size, satisfaction, straight-lining habits, kiosk or none, comments
// drawn from phrases the whole province uses, transactions entered or not), and the gamed patterns
// planted on chosen counters. Times are Vietnam office hours on weekdays unless a pattern says otherwise.
import { randomUUID } from 'node:crypto';
import type { NewResponse } from '@sipas/db';
import { sipasQuestionnaire } from '@sipas/db';
import { scoreAnswers } from '../../api/src/responses/score';
import { questionnaireSchema } from '../../api/src/shared/questionnaire';
import type { AnswerValue } from '../../api/src/shared/response';
import { prng } from '../helpers/random-responses';

const q = questionnaireSchema.parse(sipasQuestionnaire);
const items = q.factors.flatMap((f) => f.items);

export const patterns = ['straight_lining', 'off_hours', 'burst', 'exceeds_transactions', 'repeated_comment', 'self_rating_kiosk'] as const;
export type Pattern = (typeof patterns)[number];

export interface Counter {
  id: number;
  kioskId: number | null;
  pattern: Pattern | null;
}

const generic = [
  'Tốt',
  'Rất hài lòng',
  'Không có ý kiến',
  'Cảm ơn',
  'Hài lòng',
  'Cán bộ nhiệt tình',
  'Thủ tục nhanh gọn',
  'Không',
  'Ok',
  'Tốt lắm',
  'Phục vụ tốt',
  'Cần thêm chỗ để xe',
  'Nên có thêm ghế chờ',
  'Thời gian chờ hơi lâu',
  'Cán bộ hướng dẫn tận tình',
];
const openings = ['Mong', 'Đề nghị', 'Nên', 'Cần', 'Góp ý:'];
const subjects = [
  'bố trí thêm quầy',
  'rút ngắn thời gian chờ',
  'niêm yết rõ lệ phí',
  'có wifi miễn phí',
  'sửa máy lấy số',
  'hướng dẫn hồ sơ online',
  'thêm nhân viên buổi sáng',
  'cải thiện nhà vệ sinh',
];

/** A working-hours moment on a weekday of the half-year starting `start` (ms), plus `delayMin` minutes. */
function officeMoment(random: () => number, start: number, days: number, delayMin = 0): number {
  for (;;) {
    const day = Math.floor(random() * days);
    // `start` is midnight in Vietnam; seven hours on, the UTC calendar day is Vietnam's.
    const date = new Date(start + day * 86_400_000 + 7 * 3_600_000);
    const weekday = (date.getUTCDay() + 6) % 7;
    if (weekday > 4) continue;
    // 07:30–11:30 or 13:30–17:00, Vietnam time (UTC+7).
    const morning = random() < 0.55;
    const minute = morning ? 450 + random() * 240 : 810 + random() * 210;
    return start + day * 86_400_000 + (minute + delayMin) * 60_000;
  }
}

export function* syntheticResponses(counters: Counter[], periodId: number, start: number, days: number, seed: number) {
  const random = prng(seed);
  const gauss = () => Math.sqrt(-2 * Math.log(random() + 1e-12)) * Math.cos(2 * Math.PI * random());
  const transactions = new Map<number, number>();
  for (const c of counters) {
    const size = Math.round(Math.min(1500, Math.max(15, Math.exp(Math.log(80) + 0.8 * gauss()))));
    const level = Math.min(0.99, Math.max(0.6, 0.86 + (random() - 0.5) * 0.3));
    // Satisfied counters straight-line more; each has its own habit around that.
    const straightRate = Math.min(0.7, Math.max(0.03, 0.15 + 0.6 * (level - 0.7) + 0.06 * gauss()));
    const kioskShare = c.kioskId === null ? 0 : 0.3 + random() * 0.4;
    const rows: NewResponse[] = [];
    const make = (o: { at: number; kiosk: boolean; straight: number | null; comment?: string | null; paper?: boolean }) => {
      const answers: Record<string, AnswerValue> = {};
      for (const item of items) {
        if (item.allowNa && random() < 0.2) answers[item.code] = 'na';
        else if (o.straight !== null) answers[item.code] = o.straight;
        else {
          const mood = Math.min(0.995, Math.max(0.2, level + (random() - 0.5) * 0.25));
          const r = random();
          answers[item.code] = r < mood * 0.5 ? 5 : r < mood ? 4 : r < mood + (1 - mood) * 0.6 ? 3 : r < mood + (1 - mood) * 0.85 ? 2 : 1;
        }
      }
      const s = scoreAnswers(q, answers);
      const id = randomUUID();
      const at = new Date(o.at).toISOString();
      rows.push({
        id,
        service_point_id: c.id,
        period_id: periodId,
        questionnaire_version_id: 1,
        respondent_type: random() < 0.75 ? 'citizen' : 'organization',
        channel: o.kiosk ? 'kiosk' : o.paper ? 'paper' : 'qr',
        lang: 'vi',
        answers: s.answers,
        score: s.score,
        factor_scores: s.factorScores,
        field: null,
        profile: null,
        expectations: null,
        comment: o.comment ?? null,
        digest: id,
        kiosk_id: o.kiosk ? c.kioskId : null,
        completed_at: o.kiosk ? at : null,
        received_at: at,
      });
    };
    const honestComment = () => {
      if (random() > 0.12) return null;
      if (random() < 0.6) {
        const g = generic[Math.floor(generic.length * random() ** 2)]!;
        return random() < 0.3 ? `${g.toUpperCase()}!` : random() < 0.5 ? `${g}.` : g;
      }
      return `${openings[Math.floor(random() * openings.length)]} ${subjects[Math.floor(random() * subjects.length)]} ${Math.floor(random() * 1000)}`;
    };
    for (let i = 0; i < size; i++) {
      const kiosk = random() < kioskShare;
      const straight = random() < (c.pattern === 'straight_lining' ? 0.7 : straightRate) ? (random() < 0.7 ? 5 : 4) : null;
      // A kiosk response is completed a few minutes after the procedure; a few in a thousand at odd times (tests, clock drift).
      const at =
        kiosk && random() < 0.005
          ? start + random() * days * 86_400_000
          : officeMoment(random, start, days, kiosk ? 1 + random() * 8 : random() * 600);
      make({ at, kiosk, straight, comment: honestComment(), paper: !kiosk && random() < 0.05 });
    }
    const day = officeMoment(random, start, days);
    const evening = day - (day % 86_400_000) + 12 * 3_600_000; // 19:00 in Vietnam, that day
    if (c.pattern === 'off_hours')
      for (let i = 0; i < 15; i++) make({ at: evening + i * 86_400_000 * 3 + random() * 3_600_000, kiosk: true, straight: null });
    if (c.pattern === 'burst') {
      const t0 = officeMoment(random, start, days);
      for (let i = 0; i < 12; i++) make({ at: t0 + i * 40_000, kiosk: true, straight: null });
    }
    if (c.pattern === 'self_rating_kiosk') for (let i = 0; i < 25; i++) make({ at: evening + i * 15_000, kiosk: true, straight: 5 });
    if (c.pattern === 'repeated_comment') {
      const typed = [
        'Cán bộ phục vụ rất chu đáo, tận tình!',
        'cán bộ phục vụ rất chu đáo tận tình',
        'Can bo phuc vu rat chu dao, tan tinh',
      ];
      for (let i = 0; i < 8; i++) make({ at: officeMoment(random, start, days), kiosk: false, straight: null, comment: typed[i % 3]! });
    }
    if (random() < 0.7 || c.pattern === 'exceeds_transactions')
      transactions.set(
        c.id,
        c.pattern === 'exceeds_transactions' ? Math.floor(rows.length * 0.8) : Math.ceil(rows.length / (0.05 + random() * 0.55)),
      );
    yield { rows, transactions: transactions.get(c.id) ?? null };
  }
}
