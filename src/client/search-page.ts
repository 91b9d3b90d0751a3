import { closedNote, closedSummary, collapsesClosed, splitClosed } from '../lib/closed-results';
import { seoulDate } from '../lib/dates';
import { isCloseGuess, matchesEveryWord, spacingForms, typoQueries } from '../lib/korean-search';
import { paths, withBase } from '../lib/paths';
import { orderByTime, type QuickRecord, quickSearch, resultStatus } from '../lib/quick-search';
import { type NamedRegion, regionsNamedIn } from '../lib/region-query';
import { SEARCH_FILTERS } from '../lib/search-facets';
import { broaderQuery, pagefindSort, parseSearchState, type SearchState, searchParams } from '../lib/search-state';
import {
  loadPagefind,
  type Pagefind,
  type PagefindResult,
  type PagefindResultData,
  type PagefindSearchOptions,
} from './pagefind';
import { resultItem } from './search-render';

// The search page: the URL is the state (q, filters, sort). Typing replaces the current
// history entry, submitting or changing a filter adds one, and back/forward re-run the
// search from the URL. The form works without this script as a plain GET form.

const PAGE_SIZE = 10;
/** Results rendered before the page says it is done; the rest of the page follows at once. */
const FIRST_PAINT = 5;

const form = document.querySelector<HTMLFormElement>('form[data-search-form]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
const closedBox = document.querySelector<HTMLDetailsElement>('[data-search-closed]');
const closedSummaryText = document.querySelector<HTMLElement>('[data-search-closed-summary]');
const closedList = document.querySelector<HTMLOListElement>('[data-search-closed-results]');
const closedMore = document.querySelector<HTMLButtonElement>('[data-search-closed-more]');
const noneOpen = document.querySelector<HTMLElement>('[data-search-none-open]');
const empty = document.querySelector<HTMLElement>('[data-search-empty]');
const broader = document.querySelector<HTMLAnchorElement>('[data-search-broader]');

let generation = 0;
/** The last search whose Pagefind results are on the page: a quick answer must not replace them. */
let answered = 0;
let pagefindReady = false;
let shownQuery = '';

/** A list of results drawn a page at a time: the main list, and the closed ones behind their disclosure. */
interface Section {
  list: HTMLOListElement | null;
  more: HTMLButtonElement | null;
  results: PagefindResult[];
  count: number;
}
const main: Section = { list, more, results: [], count: 0 };
const closedSection: Section = { list: closedList, more: closedMore, results: [], count: 0 };

// Pagefind fetches one fragment file per result: fetch the first ones together, once.
const loadedData = new WeakMap<PagefindResult, Promise<PagefindResultData>>();
function dataOf(result: PagefindResult): Promise<PagefindResultData> {
  let data = loadedData.get(result);
  if (!data) {
    data = result.data();
    loadedData.set(result, data);
  }
  return data;
}

/** The quick answer file, asked for at once (the page preloads it); empty if it fails, and Pagefind still answers. */
const quickRecords: Promise<QuickRecord[]> = fetch(withBase(import.meta.env.BASE_URL, '/quick-search.json'))
  .then((response) => (response.ok ? (response.json() as Promise<QuickRecord[]>) : []))
  .catch(() => []);

/**
 * Titles and tags that match, shown while Pagefind is still loading or fetching: on a slow
 * network they come seconds earlier. Pagefind's results replace them (aria-busy stays true
 * until then). Plain queries only: filters and sorts are Pagefind's.
 */
async function showQuickAnswer(state: SearchState, run: number) {
  if (!list || !status || state.query === '' || Object.keys(state.filters).length > 0 || state.sort) return;
  const today = seoulDate(new Date());
  const found = quickSearch(await quickRecords, state.query, today);
  if (run !== generation || answered === run || found.length === 0) return;
  const { current, closed } = splitClosed(found, (record) => resultStatus(record.meta, today) === 'closed');
  list.replaceChildren(...current.slice(0, PAGE_SIZE).map((record) => resultItem(record, state.query)));
  closedList?.replaceChildren(...closed.slice(0, PAGE_SIZE).map((record) => resultItem(record, state.query)));
  showClosed(current.length, closed.length);
  list.dataset.searchQuery = state.query;
  status.textContent = `‘${state.query}’ 제목·키워드 결과 ${found.length}건${closedNote(found.length, closed.length)} · 더 찾는 중…`;
  if (empty) empty.hidden = true;
  if (more) more.hidden = true;
  if (closedMore) closedMore.hidden = true;
}

/** The closed disclosure with its count, and the plain word when nothing else was found. */
function showClosed(currentCount: number, closedCount: number) {
  if (closedSummaryText) closedSummaryText.textContent = closedSummary(closedCount);
  if (closedBox) closedBox.hidden = closedCount === 0;
  if (noneOpen) noneOpen.hidden = !(closedCount > 0 && currentCount === 0);
}

const regionLinks = document.querySelector<HTMLElement>('[data-search-regions]');
const namedRegions = JSON.parse(document.querySelector('#search-region-names')?.textContent ?? '[]') as (NamedRegion & {
  label: string;
})[];

/** A query that names a region (군산 프로그램) offers that region's page. */
function showRegionLinks(query: string) {
  if (!regionLinks) return;
  const found = regionsNamedIn(query, namedRegions) as typeof namedRegions;
  regionLinks.replaceChildren(
    ...found.map((region) => {
      const link = document.createElement('a');
      link.href = withBase(import.meta.env.BASE_URL, paths.region(region.id));
      link.className = 'inline-flex min-h-11 items-center font-semibold text-brand-700 underline';
      link.textContent = `${region.label} 정책·프로그램 모두 보기`;
      return link;
    }),
  );
  regionLinks.hidden = found.length === 0;
}

function stateFromForm(): SearchState {
  const params = new URLSearchParams();
  if (form) for (const [name, value] of new FormData(form)) if (typeof value === 'string') params.set(name, value);
  return parseSearchState(params);
}

function fillForm(state: SearchState) {
  if (!form || !input) return;
  input.value = state.query;
  for (const select of form.querySelectorAll('select')) {
    select.value = select.name === 'sort' ? (state.sort ?? '') : (state.filters[select.name as never] ?? '');
  }
  const conditions = form.querySelector<HTMLDetailsElement>('details[data-search-conditions]');
  if (conditions && (Object.keys(state.filters).length > 0 || state.sort)) conditions.open = true;
}

interface Found {
  results: PagefindResult[];
  /** False when Pagefind only matched a shorter prefix of some word: a guess, said so on the page. */
  exact: boolean;
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
  const forms = await Promise.all(
    spacingForms(state.query).map((query, index) => checked(pagefind, query, options, index === 0 ? FIRST_PAINT : 1)),
  );
  const first = forms[0] ?? { results: [], exact: true };
  const results = merged(forms, 'form');
  if (results.length > 0) return { results: await inChosenOrder(pagefind, results, options), exact: true };
  const typos = merged(
    await Promise.all(typoQueries(state.query).map((query) => checked(pagefind, query, options))),
    'score',
  );
  if (typos.length > 0) return { results: await inChosenOrder(pagefind, typos, options), exact: true };
  return first;
}

/**
 * Merged results are in score order; with a chosen sort, put them in that order: Pagefind
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

/** The first page of results with equally relevant ones in time order (src/lib/quick-search.ts orderByTime). */
async function timeOrdered(results: PagefindResult[]): Promise<PagefindResult[]> {
  const head = results.slice(0, PAGE_SIZE);
  const data = await Promise.all(head.map(dataOf));
  const today = seoulDate(new Date());
  // Merged spacing forms are in form order, not score order: a later, higher score counts
  // as the one before it, so time order never lifts a result above the typed query's matches.
  let floor = Number.POSITIVE_INFINITY;
  const ranked = orderByTime(
    head.map((result, index) => {
      floor = Math.min(floor, result.score);
      return { result, score: floor, status: resultStatus(data[index]?.meta ?? {}, today) };
    }),
  );
  return [...ranked.map(({ result }) => result), ...results.slice(PAGE_SIZE)];
}

async function renderMore(section: Section, upTo: number, run: number) {
  if (!section.list) return;
  const slice = section.results.slice(section.count, upTo);
  const data = await Promise.all(slice.map(dataOf));
  if (run !== generation) return;
  section.list.append(...data.map((entry) => resultItem(entry, shownQuery)));
  section.count += slice.length;
  if (section.more) section.more.hidden = section.count >= section.results.length;
}

/** The results line (role="status"): how many were found, and how many of them are closed and collapsed. */
function statusText(state: SearchState, found: Found, closed: number): string {
  const total = found.results.length;
  const quoted = `‘${state.query}’`;
  if (total === 0) return state.query ? `${quoted} 검색 결과가 없습니다.` : '조건에 맞는 항목이 없습니다.';
  const note = closedNote(total, closed);
  if (!found.exact) return `${quoted}에 정확히 맞는 결과가 없어 비슷한 결과 ${total}건을 보여 드려요${note}.`;
  return state.query ? `${quoted} 검색 결과 ${total}건${note}` : `조건에 맞는 항목 ${total}건${note}`;
}

function clearResults() {
  for (const section of [main, closedSection]) {
    section.list?.replaceChildren();
    section.results = [];
    section.count = 0;
    if (section.more) section.more.hidden = true;
  }
  showClosed(0, 0);
}

function showBroader(state: SearchState) {
  const wider = broaderQuery(state);
  if (!broader) return;
  broader.hidden = wider === undefined;
  if (!wider) return;
  broader.href = `?${searchParams(wider)}`;
  const dropsFilters = Object.keys(state.filters).length > 0;
  broader.textContent = dropsFilters ? '조건을 모두 풀고 다시 찾기' : `‘${wider.query}’(으)로 넓혀 찾기`;
}

/**
 * Pagefind's answer: the results split into the main list and the closed ones (unless the
 * status filter asks for closed ones), the main list's first page in time order.
 */
async function answer(pagefind: Pagefind, state: SearchState) {
  const [found, closedSet] = await Promise.all([
    find(pagefind, state),
    collapsesClosed(state) ? closedPageIds(pagefind) : new Set<string>(),
  ]);
  const { current, closed } = splitClosed(found.results, (result) => closedSet.has(result.id));
  return { found, current: state.sort ? current : await timeOrdered(current), closed };
}

async function search(state: SearchState) {
  const run = ++generation;
  if (!list || !status) return;
  const hasQuery = state.query !== '' || Object.keys(state.filters).length > 0;
  if (!hasQuery) {
    showRegionLinks('');
    clearResults();
    list.dataset.searchQuery = '';
    list.setAttribute('aria-busy', 'false');
    status.textContent = '찾고 싶은 정책이나 프로그램을 입력하세요.';
    if (empty) empty.hidden = true;
    return;
  }
  showRegionLinks(state.query);
  list.setAttribute('aria-busy', 'true');
  if (!pagefindReady) status.textContent = '찾는 중…';
  void showQuickAnswer(state, run);
  const pagefind = await loadPagefind();
  pagefindReady = true;
  const { found, current, closed } = await answer(pagefind, state);
  if (run !== generation) return;
  answered = run;
  clearResults();
  main.results = current;
  closedSection.results = closed;
  shownQuery = state.query;
  await renderMore(main, FIRST_PAINT, run);
  if (run !== generation) return;
  status.textContent = statusText(state, found, closed.length);
  showClosed(current.length, closed.length);
  if (empty) empty.hidden = found.exact && found.results.length > 0;
  showBroader(state);
  list.dataset.searchQuery = state.query;
  await Promise.all([renderMore(main, PAGE_SIZE, run), renderMore(closedSection, PAGE_SIZE, run)]);
  if (run === generation) list.setAttribute('aria-busy', 'false');
}

function update(mode: 'push' | 'replace') {
  const state = stateFromForm();
  const url = `${location.pathname}${searchParams(state).size > 0 ? `?${searchParams(state)}` : ''}`;
  if (url !== `${location.pathname}${location.search}`) {
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }
  void search(state);
}

if (form && input) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update('push');
  });
  input.addEventListener('input', () => update('replace'));
  for (const select of form.querySelectorAll('select')) select.addEventListener('change', () => update('push'));
  for (const section of [main, closedSection])
    section.more?.addEventListener('click', () => void renderMore(section, section.count + PAGE_SIZE, generation));
  window.addEventListener('popstate', () => {
    const state = parseSearchState(new URLSearchParams(location.search));
    fillForm(state);
    void search(state);
  });
  const initial = parseSearchState(new URLSearchParams(location.search));
  fillForm(initial);
  void loadPagefind();
  void search(initial);
}
