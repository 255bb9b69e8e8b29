// Word wrap by character count, for what is laid out without a text engine: chart labels (Chart.js
// draws one line each) and the height a spreadsheet row needs for its wrapped cells.

/** Splits a text into lines of at most `width` characters at spaces; a longer word keeps a line of its own. */
export function wrapLabel(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
