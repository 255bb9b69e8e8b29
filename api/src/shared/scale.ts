// The SIPAS answer scale (SIPAS.md §2): five levels, 1 (very dissatisfied) to 5 (very satisfied), of
// which 4 and 5 count as satisfied. Stored answers keep the level, 0 for "not applicable". SQL that
// needs these writes them as literals with a comment pointing here.
export const scaleLevels = [1, 2, 3, 4, 5] as const;
export type ScaleLevel = (typeof scaleLevels)[number];
export const lowestLevel = scaleLevels[0];
export const highestLevel = scaleLevels[4];

/** "Satisfied" means Hài lòng or Rất hài lòng. */
export const satisfiedLevels = [4, 5] as const;
export const isSatisfied = (level: number): boolean => level >= satisfiedLevels[0];

/** How a stored answer says "not applicable" (it is on no level and in no denominator). */
export const notApplicable = 0;
