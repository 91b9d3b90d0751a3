import { SEARCH_FILTERS } from './facets';
import type { SearchState } from './state';

/**
 * Closed (마감) results are not in the main result list: what a person can apply for now,
 * always or soon comes first, and closed entries wait behind a disclosure "마감된 항목 N건",
 * so a query whose top results are last year's rounds still shows something to act on.
 */

/** Closed results are collapsed, unless the person asked for closed ones with the status filter. */
export function collapsesClosed(state: Pick<SearchState, 'filters'>): boolean {
  return state.filters[SEARCH_FILTERS.status] !== 'closed';
}

/** Results split into the main list and the closed ones, each in its given order. */
export function splitClosed<T>(results: readonly T[], isClosed: (result: T) => boolean): { current: T[]; closed: T[] } {
  const current: T[] = [];
  const closed: T[] = [];
  for (const result of results) (isClosed(result) ? closed : current).push(result);
  return { current, closed };
}

/** The disclosure's label. */
export function closedSummary(count: number): string {
  return `마감된 항목 ${count}건`;
}

/** What the results' status line adds about closed results, so the count stays truthful. */
export function closedNote(total: number, closed: number): string {
  if (closed === 0) return '';
  if (closed === total) return ' · 모두 마감된 항목이에요';
  return ` · 그중 마감 ${closed}건은 아래에 접어 두었어요`;
}
