import { spokenNames, words } from './korean-terms';

export { spokenNames };

/** A region as the search page knows it: id and name (광주광역시, 서구, 군산시). */
export interface NamedRegion {
  id: string;
  name: string;
}

/**
 * The regions a query names (군산 프로그램 → 군산시), so the search page can offer their
 * pages; at most `limit`, in the order given.
 */
export function regionsNamedIn(query: string, regions: readonly NamedRegion[], limit = 3): NamedRegion[] {
  const typed = new Set(words(query));
  return regions.filter((region) => spokenNames(region.name).some((name) => typed.has(name))).slice(0, limit);
}
