import type { FactorFigure } from '../api';
import { factorName } from '../factors';
import { formatCount, formatInterval, formatPercent } from '../format';
import { messages } from '../messages';
import { VerdictBadge } from './verdict-badge';

const t = messages.overview;

export function FactorTable({ factors }: { factors: FactorFigure[] }) {
  return (
    <div class="table-scroll">
      <table class="figures">
        <caption class="visually-hidden">{t.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.columns.factor}</th>
            <th scope="col" class="num">
              {t.columns.value}
            </th>
            <th scope="col" class="num">
              {t.columns.interval}
            </th>
            <th scope="col" class="num">
              {t.columns.n}
            </th>
            <th scope="col">{t.columns.verdict}</th>
          </tr>
        </thead>
        <tbody>
          {factors.map((f) => (
            <tr key={f.code} data-factor={f.code}>
              <th scope="row">{factorName(f.code)}</th>
              <td class="num">{f.value === null ? <NoValue /> : formatPercent(f.value)}</td>
              <td class="num">{f.ci === null ? <NoValue /> : formatInterval(f.ci)}</td>
              <td class="num">{formatCount(f.n)}</td>
              <td>
                <VerdictBadge verdict={f.verdict} />
                {f.verdict === 'inconclusive' && f.moreNeeded !== null && <p class="hint">{t.moreNeeded(f.moreNeeded)}</p>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A dash for the eye, words for a screen reader. */
export function NoValue() {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span class="visually-hidden">{t.noValue}</span>
    </>
  );
}
