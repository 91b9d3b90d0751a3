import { type ApplicationStatus, applicationStatus, compareByStatus, type Period } from '../status';
import { spokenNames, words } from './korean-terms';

// Ranking of search results: a result's status today from its metadata, and the order
// among equally relevant results (open first). See docs/search.md, "Ranking and time".

/** Fields of a record's meta the ranking reads; mirror SEARCH_META. */
interface RankedMeta {
  title?: string | undefined;
  period_type?: string | undefined;
  period_start?: string | undefined;
  period_end?: string | undefined;
}

/** The period a result's metadata describes (center pages have none). */
export function periodFromMeta(meta: RankedMeta): Period | undefined {
  const { period_type: type, period_start: start, period_end: end } = meta;
  if (type === 'fixed' && start && end) return { type, start, end };
  if (type === 'always' || type === 'closed') return { type };
  return undefined;
}

/** Status of a result today; a center (no period) counts as always open. */
export function resultStatus(meta: RankedMeta, today: string): ApplicationStatus {
  const period = periodFromMeta(meta);
  return period ? applicationStatus(period, today) : 'always';
}

/** Scores within this share of each other count as equally relevant. */
export const EQUAL_RELEVANCE = 0.05;

/**
 * Results in score order, reordered only among equally relevant neighbours (scores within
 * EQUAL_RELEVANCE of the group's best): open and closing-soon first, then always open,
 * upcoming, closed. A clearly better match is never moved below a worse one.
 */
export function orderByTime<T extends { score: number; status: ApplicationStatus; place?: number }>(
  results: readonly T[],
): T[] {
  const ordered: T[] = [];
  let group: T[] = [];
  const flush = () => {
    ordered.push(...group.sort((a, b) => (a.place ?? 0) - (b.place ?? 0) || compareByStatus(a.status, b.status)));
    group = [];
  };
  for (const result of results) {
    const best = group[0]?.score;
    if (best !== undefined && result.score < best * (1 - EQUAL_RELEVANCE)) flush();
    group.push(result);
  }
  flush();
  return ordered;
}

/**
 * Where a result stands for a query that names a region (부산 월세): 0 when one of its
 * regions is named (as people say it: 부산 for 부산광역시), 1 when it is nationwide (전국,
 * open to that person too), 2 elsewhere. `regionNames` is the result's regions metadata
 * (`광주 서구, 광주광역시`). Used among equally relevant results only (orderByTime).
 */
export function placeRank(regionNames: string, queryWords: readonly string[]): number {
  const names = regionNames.split(',').map((name) => name.trim());
  const typed = new Set(queryWords);
  if (names.some((name) => [name, ...words(name)].flatMap(spokenNames).some((spoken) => typed.has(spoken)))) return 0;
  return names.includes('전국') ? 1 : 2;
}
