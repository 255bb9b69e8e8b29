// Names of factors, items and fields of procedure, from the active questionnaire when it could be
// read, else the five SIPAS factors (SIPAS.md §2) and the codes themselves.
import type { Lang } from '../../i18n';

export interface Localized {
  vi: string;
  en: string;
}

/** The parts of a questionnaire definition the dashboard names things with. */
export interface Catalogue {
  factors: { code: string; name: Localized; items: { code: string; text: Localized }[] }[];
  fields: { code: string; label: Localized }[];
}

export const factorNames: Record<string, Localized> = {
  TC: { vi: 'Tiếp cận dịch vụ', en: 'Access' },
  TT: { vi: 'Thủ tục hành chính', en: 'Procedures' },
  CC: { vi: 'Công chức trực tiếp giải quyết công việc', en: 'Civil servants' },
  KQ: { vi: 'Kết quả giải quyết thủ tục hành chính', en: 'Results' },
  PA: { vi: 'Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị', en: 'Feedback handling' },
};

export const emptyCatalogue: Catalogue = { factors: [], fields: [] };

export interface Names {
  factor: (code: string) => string;
  item: (code: string) => string;
  field: (code: string) => string;
}

/** Name lookups in one language; an unknown code shows as itself. */
export function namesFor(catalogue: Catalogue, lang: Lang): Names {
  const factors = new Map(catalogue.factors.map((f) => [f.code, f.name[lang]]));
  const items = new Map(catalogue.factors.flatMap((f) => f.items.map((i) => [i.code, i.text[lang]] as const)));
  const fields = new Map(catalogue.fields.map((f) => [f.code, f.label[lang]]));
  return {
    factor: (code) => factors.get(code) ?? factorNames[code]?.[lang] ?? code,
    item: (code) => items.get(code) ?? code,
    field: (code) => fields.get(code) ?? code,
  };
}
