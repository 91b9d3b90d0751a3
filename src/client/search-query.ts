import { seoulDate } from '../lib/dates';
import { collapsesClosed, splitClosed } from '../lib/search/closed-results';
import { SEARCH_FILTERS } from '../lib/search/facets';
import {
  correctedQuery,
  isCloseGuess,
  matchesEveryWord,
  queryWords,
  spacingForms,
  typoQueries,
} from '../lib/search/query-plan';
import { orderByTime, placeRank, resultStatus } from '../lib/search/ranking';
import { pagefindSort, type SearchState } from '../lib/search/state';
import type { Pagefind, PagefindResult, PagefindResultData, PagefindSearchOptions } from './pagefind';

// What the search page asks Pagefind, and how the answers are combined: the spacing
// forms of the query, typo variants, the chosen sort, closed results apart, time order.
// The page (search-page.ts) draws what comes back.

export const PAGE_SIZE = 10;
/** Results rendered before the page says it is done; the rest of the page follows at once. */
export const FIRST_PAINT = 5;

// Pagefind fetches one fragment file per result: fetch the first ones together, once.
const loadedData = new WeakMap<PagefindResult, Promise<PagefindResultData>>();
export function dataOf(result: PagefindResult): Promise<PagefindResultData> {
  let data = loadedData.get(result);
  if (!data) {
    data = result.data();
    loadedData.set(result, data);
  }
  return data;
}

export interface Found {
  results: PagefindResult[];
  /** False when Pagefind only matched a shorter prefix of some word: a guess, said so on the page. */
  exact: boolean;
  /** The query as corrected when a word had a wrong syllable (청년구직할동수당 → 청년구직활동수당). */
  corrected?: string | undefined;
}

/**
 * Runs Pagefind queries one after another, never together: Pagefind answers concurrent
 * searches from whatever index chunks have loaded by then, so the same query could find a
 * different set depending on what ran beside it (Pagefind issues #674, #795).
 */
async function inTurn<T>(items: readonly string[], run: (item: string, index: number) => Promise<T>): Promise<T[]> {
  const answers: T[] = [];
  for (const [index, item] of items.entries()) answers.push(await run(item, index));
  return answers;
}

/**
 * One Pagefind query, checked: Pagefind backs off to a shorter prefix for a word that
 * matches nothing, and it does so for every result alike, so the first result tells.
 */
async function checked(
  pagefind: Pagefind,
  query: string | null,
  options: PagefindSearchOptions,
  prefetch = 1,
): Promise<Found> {
  const results = (await pagefind.search(query, options))?.results ?? [];
  const first = results[0];
  if (!first || query === null) return { results, exact: true };
  const [{ content }] = await Promise.all([dataOf(first), ...results.slice(1, prefetch).map(dataOf)]);
  if (matchesEveryWord(content, query)) return { results, exact: true };
  return { results: isCloseGuess(content, query) ? results : [], exact: false };
}

/**
 * Results of several checked queries that matched exactly, each page once. Spacing forms
 * keep their order: what the query as typed finds comes first, in Pagefind's order, then
 * what only another spelling finds (a split form has more words, so its scores are higher
 * and would push the typed match down: 국가장학금 before 국가근로장학금). Typo variants are
 * alternatives of equal standing, merged by best score.
 */
function merged(found: readonly Found[], by: 'form' | 'score'): PagefindResult[] {
  const best = new Map<string, PagefindResult>();
  for (const { exact, results } of found) {
    if (!exact) continue;
    for (const result of results) {
      const known = best.get(result.id);
      if (!known || (by === 'score' && known.score < result.score)) best.set(result.id, result);
    }
  }
  const list = [...best.values()];
  return by === 'score' ? list.sort((a, b) => b.score - a.score) : list;
}

/**
 * Runs the query in its spacing forms (typed, joined, split into two-syllable nouns:
 * 청년수당 and 청년 수당 find the same), then one-syllable typos while nothing matches exactly.
 */
async function find(pagefind: Pagefind, state: SearchState): Promise<Found> {
  const options: PagefindSearchOptions = {
    filters: state.filters as Record<string, string>,
    ...(state.sort ? { sort: pagefindSort(state.sort) } : {}),
  };
  if (!state.query) return checked(pagefind, null, options, FIRST_PAINT);
  const forms = await inTurn(spacingForms(state.query), (query, index) =>
    checked(pagefind, query, options, index === 0 ? FIRST_PAINT : 1),
  );
  const first = forms[0] ?? { results: [], exact: true };
  const results = merged(forms, 'form');
  if (results.length > 0) return { results: await inChosenOrder(pagefind, results, options), exact: true };
  const typos = merged(await inTurn(typoQueries(state.query), (query) => checked(pagefind, query, options)), 'score');
  // Typo results count only when a title among the first shows the corrected word: a
  // variant that matched something unrelated (청년길잡이 → 청년 …) is no answer.
  for (const result of typos.slice(0, 3)) {
    const corrected = correctedQuery(state.query, (await dataOf(result)).meta.title ?? '');
    if (corrected) return { results: await inChosenOrder(pagefind, typos, options), exact: true, corrected };
  }
  return first;
}

/**
 * Merged results are in form or score order; with a chosen sort, put them in that order: Pagefind
 * sorts every page that passes the filters (a search without words, no fragments fetched),
 * and the merged ones are taken from that list.
 */
async function inChosenOrder(
  pagefind: Pagefind,
  results: PagefindResult[],
  options: PagefindSearchOptions,
): Promise<PagefindResult[]> {
  if (!options.sort) return results;
  const ids = new Set(results.map((result) => result.id));
  return ((await pagefind.search(null, options))?.results ?? []).filter((result) => ids.has(result.id));
}

let closedIds: Promise<Set<string>> | undefined;

/**
 * Every closed page, from the status filter (computed when the site is built, as the filter
 * is): one search without words, cheap, and it counts closed results over the whole result
 * set, not only the fragments loaded so far.
 */
function closedPageIds(pagefind: Pagefind): Promise<Set<string>> {
  closedIds ??= pagefind
    .search(null, { filters: { [SEARCH_FILTERS.status]: 'closed' } })
    .then((found) => new Set((found?.results ?? []).map((result) => result.id)));
  return closedIds;
}

/** The first page of results with equally relevant ones in time order (src/lib/search/ranking.ts orderByTime). */
async function timeOrdered(results: PagefindResult[], query: string): Promise<PagefindResult[]> {
  const head = results.slice(0, PAGE_SIZE);
  const data = await Promise.all(head.map(dataOf));
  const today = seoulDate(new Date());
  // A query naming a region (부산 월세) puts that region's results, then nationwide ones,
  // first among equals; a query naming none leaves places alone.
  const typed = queryWords(query);
  const places = data.map((entry) => placeRank(entry?.meta.regions ?? '', typed));
  const namesRegion = places.includes(0);
  // Merged spacing forms are in form order, not score order: a later, higher score counts
  // as the one before it, so time order never lifts a result above the typed query's matches.
  let floor = Number.POSITIVE_INFINITY;
  const ranked = orderByTime(
    head.map((result, index) => {
      floor = Math.min(floor, result.score);
      const status = resultStatus(data[index]?.meta ?? {}, today);
      return { result, score: floor, status, ...(namesRegion ? { place: places[index] } : {}) };
    }),
  );
  return [...ranked.map(({ result }) => result), ...results.slice(PAGE_SIZE)];
}

/**
 * Pagefind's answer: the results split into the main list and the closed ones (unless the
 * status filter asks for closed ones), the main list's first page in time order.
 */
export async function answer(pagefind: Pagefind, state: SearchState) {
  // In turn, as every search here (inTurn): the closed set first, then the query.
  const closedSet = collapsesClosed(state) ? await closedPageIds(pagefind) : new Set<string>();
  const found = await find(pagefind, state);
  const { current, closed } = splitClosed(found.results, (result) => closedSet.has(result.id));
  return { found, current: state.sort ? current : await timeOrdered(current, state.query), closed };
}
