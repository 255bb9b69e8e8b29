// The five SIPAS service-delivery factors (SIPAS.md §2), until the API serves their names.
export interface FactorName {
  vi: string;
  en: string;
}

export const factorNames: Record<string, FactorName> = {
  TC: { vi: 'Tiếp cận dịch vụ', en: 'Access' },
  TT: { vi: 'Thủ tục hành chính', en: 'Procedures' },
  CC: { vi: 'Công chức trực tiếp giải quyết công việc', en: 'Civil servants' },
  KQ: { vi: 'Kết quả giải quyết thủ tục hành chính', en: 'Results' },
  PA: { vi: 'Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị', en: 'Feedback handling' },
};

/** The Vietnamese name of a factor; an unknown code shows as itself. */
export function factorName(code: string): string {
  return factorNames[code]?.vi ?? code;
}
