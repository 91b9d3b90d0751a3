import { words } from './korean-terms';

/** A region as the search page knows it: id and name (광주광역시, 서구, 군산시). */
export interface NamedRegion {
  id: string;
  name: string;
}

const SUFFIXES = ['특별자치시', '특별자치도', '광역시', '특별시', '시', '군', '구', '도'];

/** The names a person types for a region: 광주광역시 → 광주광역시, 광주; 서구 stays 서구 (one syllable is too short). */
export function spokenNames(name: string): string[] {
  const short = SUFFIXES.map((suffix) => (name.endsWith(suffix) ? name.slice(0, -suffix.length) : ''))
    .filter((stem) => stem.length >= 2)
    .at(0);
  return short ? [name, short] : [name];
}

/**
 * The regions a query names (군산 프로그램 → 군산시), so the search page can offer their
 * pages; at most `limit`, in the order given.
 */
export function regionsNamedIn(query: string, regions: readonly NamedRegion[], limit = 3): NamedRegion[] {
  const typed = new Set(words(query));
  return regions.filter((region) => spokenNames(region.name).some((name) => typed.has(name))).slice(0, limit);
}
