// Column widths for the DOCX tables, from their text: a figure ("44,52–52,50%") gets the width it
// needs on one line, a header its longest word, and the columns of words (a statement, a unit's
// name) share what is left. Word and LibreOffice then never wrap a figure or break a word.

/** Widths of Times New Roman glyphs in ems (its metrics, rounded); letters with diacritics as their base. */
function glyphEm(ch: string): number {
  if (/[0-9]/.test(ch)) return 0.5;
  if (ch === '%') return 0.833;
  if (ch === ' ' || ch === ',' || ch === '.' || ch === ':' || ch === ';') return 0.25;
  if (ch === '–' || ch === '-' || ch === '(' || ch === ')') return 0.5;
  if (ch === '—' || ch === 'M' || ch === 'W' || ch === 'm' || ch === 'w') return 0.95;
  if (ch === '+' || ch === '−' || ch === '±') return 0.564;
  const base = ch.normalize('NFD')[0] ?? ch;
  if (/[A-ZĐ]/.test(base)) return 0.72;
  if (/[ijlft]/.test(base)) return 0.3;
  return 0.5;
}

/** The width of a line of text in twips at a size in half-points; bold is about 6% wider. */
export function textTwips(text: string, halfPoints: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += glyphEm(ch);
  return Math.ceil(em * halfPoints * 10 * (bold ? 1.06 : 1));
}

const longestWord = (text: string, halfPoints: number, bold: boolean) =>
  Math.max(0, ...text.split(/\s+/).map((w) => textTwips(w, halfPoints, bold)));

export interface ColumnInput {
  header: string;
  cells: string[];
  /** A column of figures: its cells stay on one line. */
  numeric: boolean;
}

/**
 * Widths in twips summing to `total`: every column at least what it needs (cell padding included),
 * the rest to the text columns in proportion to their longest text (up to that text on one line),
 * then evenly. When even the needs do not fit,
 * all columns shrink in proportion (a figure may then wrap; a table that wide should be split).
 */
export function columnWidths(columns: ColumnInput[], total: number, halfPoints: number, padding: number): number[] {
  const slack = 1.04;
  const need = columns.map((c) => {
    const header = longestWord(c.header, halfPoints, true);
    const cells = c.cells.map((t) => (c.numeric ? textTwips(t, halfPoints) : longestWord(t, halfPoints, false)));
    return Math.ceil(Math.max(header, ...cells) * slack) + padding;
  });
  const needed = need.reduce((a, b) => a + b, 0);
  if (needed >= total)
    return fit(
      need.map((w) => (w * total) / needed),
      total,
    );
  const wants = columns.map((c, i) =>
    c.numeric ? 0 : Math.max(need[i]!, ...c.cells.map((t) => textTwips(t, halfPoints)), textTwips(c.header, halfPoints, true)),
  );
  const wanted = wants.reduce((a, b) => a + b, 0);
  const spare = total - needed;
  // Text columns first, each up to its longest text on one line; what is left, evenly to all.
  const extra = wanted === 0 ? need.map(() => 0) : wants.map((w, i) => Math.min(Math.max(0, w - need[i]!), (spare * w) / wanted));
  const left = (spare - extra.reduce((a, b) => a + b, 0)) / need.length;
  return fit(
    need.map((w, i) => w + extra[i]! + left),
    total,
  );
}

/** Rounds to whole twips, the last column taking the remainder so the sum is exact. */
function fit(widths: number[], total: number): number[] {
  const rounded = widths.map((w) => Math.floor(w));
  rounded[rounded.length - 1]! += total - rounded.reduce((a, b) => a + b, 0);
  return rounded;
}
