/** The short code a respondent can quote later: derived from the response id, so it needs no server. */
export function referenceOf(id: string): string {
  const hex = id.replace(/-/g, '').slice(0, 8).toUpperCase();
  return `${hex.slice(0, 4)}-${hex.slice(4)}`;
}
