// The page and the typography of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I):
// A4, margins top/bottom 20 mm, left 30 mm, right 15 mm; Times New Roman, body 14 pt, justified with a
// first-line indent; headings I., 1., a) in bold black; page numbers centred in the top margin from
// the second page on; the language Vietnamese, so Word and LibreOffice check spelling as Vietnamese.
import {
  AlignmentType,
  Header,
  type ISectionOptions,
  type IStylesOptions,
  LevelFormat,
  LevelSuffix,
  LineRuleType,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';

const mm = (n: number) => Math.round((n * 1440) / 25.4);

export const page = {
  width: 11906,
  height: 16838,
  margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) },
};
/** The width of the text between the margins, in twips: what tables and images share. */
export const textWidth = page.width - page.margin.left - page.margin.right;

/** Sizes in half-points, as Word counts them. */
export const size = { body: 28, header: 26, nationalTitle: 24, motto: 26, table: 24, recipientsTitle: 24, recipients: 22 };
export const font = 'Times New Roman';
export const language = 'vi-VN';
/** The first-line indent of body paragraphs: 1 cm (the decree allows 1 to 1.27 cm). */
export const firstLine = mm(10);

const heading = (before: number) => ({
  run: { font, size: size.body, bold: true, color: '000000', italics: false },
  paragraph: {
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine },
    spacing: { before, after: 120, line: 312, lineRule: LineRuleType.AUTO },
    keepNext: true,
    keepLines: true,
  },
});

export const styles: IStylesOptions = {
  default: {
    document: {
      run: { font, size: size.body, language: { value: language, eastAsia: language, bidirectional: language } },
      // 1.3 lines (the decree allows single to 1.5); "auto" said outright, or LibreOffice takes the
      // line height as exact and cuts the charts down to one line.
      paragraph: { spacing: { after: 120, line: 312, lineRule: LineRuleType.AUTO } },
    },
    // Word's own heading styles are blue and in its heading font: replaced by the decree's bold black.
    heading1: heading(240),
    heading2: heading(120),
    heading3: heading(120),
  },
};

/** Headings are numbered by Word itself (I., 1., a)), so a section added in Word renumbers the rest. */
export const headingNumbering = 'headings';
export const dashList = 'dashes';

export const numbering = {
  config: [
    {
      reference: headingNumbering,
      levels: [
        { level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.', suffix: LevelSuffix.SPACE, alignment: AlignmentType.LEFT },
        { level: 1, format: LevelFormat.DECIMAL, text: '%2.', suffix: LevelSuffix.SPACE, alignment: AlignmentType.LEFT },
        { level: 2, format: LevelFormat.LOWER_LETTER, text: '%3)', suffix: LevelSuffix.SPACE, alignment: AlignmentType.LEFT },
      ].map((l) => ({ ...l, style: { paragraph: { indent: { left: 0, firstLine } } } })),
    },
    {
      reference: dashList,
      levels: [
        {
          level: 0,
          format: LevelFormat.BULLET,
          text: '-',
          suffix: LevelSuffix.SPACE,
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 0, firstLine } } },
        },
      ],
    },
  ],
};

/** The page, with the page number centred in the top margin on every page but the first. */
export function sectionProperties(): Pick<ISectionOptions, 'properties' | 'headers'> {
  return {
    properties: {
      titlePage: true,
      page: { size: { width: page.width, height: page.height }, margin: page.margin },
    },
    headers: {
      first: new Header({ children: [new Paragraph({ children: [] })] }),
      default: new Header({
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ children: [PageNumber.CURRENT], font, size: size.body })],
          }),
        ],
      }),
    },
  };
}

/**
 * word/settings.xml as the docx package writes it, plus the document's language (themeFontLang),
 * which the package has no option for. Passed to Packer as an override.
 */
export const settingsXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15"><w:displayBackgroundShape/><w:defaultTabStop w:val="720"/><w:evenAndOddHeaders w:val="false"/><w:compat><w:compatSetting w:val="15" w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word"/></w:compat><w:themeFontLang w:val="${language}" w:eastAsia="${language}" w:bidi="${language}"/></w:settings>`;
