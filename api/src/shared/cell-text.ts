// Text on its way into a file someone opens: a DOCX, a workbook or a CSV. Pure, so the admin
// app's CSV downloads use the very same rules (imported as @sipas/api/shared/cell-text).

/**
 * What XML 1.0 cannot hold: C0 controls other than tab, LF and CR, U+FFFE and U+FFFF, and
 * surrogates that are not part of a pair. One such character in a stored comment would make a
 * DOCX unreadable (for good, once the period is frozen), so every text is cleaned where it enters
 * a document, whatever was stored before input validation existed.
 */
const notXml =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(notXml, '');
}

// A cell Excel or LibreOffice would read as a formula (OWASP "CSV injection").
const formulaStart = /^[=+\-@\t\r]/;
// A plain number such as -3 or +1.5 is data, not a formula, and is left as it is.
const plainNumber = /^[+-]?\d+([.,]\d+)*%?$/;

/**
 * A text cell safe to open in a spreadsheet: one that starts with =, +, -, @, tab or CR gets a
 * leading apostrophe, which the spreadsheet shows as text instead of running (OWASP's advice);
 * characters XML cannot hold are dropped as well. Numbers are left alone.
 */
export function spreadsheetText(text: string): string {
  const clean = xmlSafe(text);
  return formulaStart.test(clean) && !plainNumber.test(clean) ? `'${clean}` : clean;
}

/** spreadsheetText for the strings of a row, numbers and empty cells unchanged. */
export function spreadsheetCell<T>(value: T): T | string {
  return typeof value === 'string' ? spreadsheetText(value) : value;
}
