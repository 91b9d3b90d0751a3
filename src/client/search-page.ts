import { seoulDate } from '../lib/dates';
import { fallbackQueries, isCloseGuess, matchesEveryWord, normaliseQuery } from '../lib/korean-search';
import { paths, withBase } from '../lib/paths';
import { orderByTime, type QuickRecord, quickSearch, resultStatus } from '../lib/quick-search';
import { type NamedRegion, regionsNamedIn } from '../lib/region-query';
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
const empty = document.querySelector<HTMLElement>('[data-search-empty]');
const broader = document.querySelector<HTMLAnchorElement>('[data-search-broader]');

let generation = 0;
/** The last search whose Pagefind results are on the page: a quick answer must not replace them. */
let answered = 0;
let pagefindReady = false;
let shown: PagefindResult[] = [];
let shownCount = 0;
let shownQuery = '';

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
  const found = quickSearch(await quickRecords, state.query, seoulDate(new Date()));
  if (run !== generation || answered === run || found.length === 0) return;
  list.replaceChildren(...found.slice(0, PAGE_SIZE).map((record) => resultItem(record, state.query)));
  list.dataset.searchQuery = state.query;
  status.textContent = `‘${state.query}’ 제목·키워드 결과 ${found.length}건 · 더 찾는 중…`;
  if (empty) empty.hidden = true;
  if (more) more.hidden = true;
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

/** Runs the query, then the fallbacks (spacing split, one-syllable typos) while nothing matches exactly. */
async function find(pagefind: Pagefind, state: SearchState): Promise<Found> {
  const options: PagefindSearchOptions = {
    filters: state.filters as Record<string, string>,
    ...(state.sort ? { sort: pagefindSort(state.sort) } : {}),
  };
  const first = await checked(pagefind, state.query ? normaliseQuery(state.query) : null, options, FIRST_PAINT);
  if (first.exact) return first;
  const { split, typo } = fallbackQueries(state.query);
  if (split) {
    const found = await checked(pagefind, split, options);
    if (found.exact && found.results.length > 0) return found;
  }
  const best = new Map<string, PagefindResult>();
  for (const found of await Promise.all(typo.map((query) => checked(pagefind, query, options)))) {
    if (!found.exact) continue;
    for (const result of found.results) {
      const known = best.get(result.id);
      if (!known || known.score < result.score) best.set(result.id, result);
    }
  }
  if (best.size > 0) return { results: [...best.values()].sort((a, b) => b.score - a.score), exact: true };
  return first;
}

/** The first page of results with equally relevant ones in time order (src/lib/quick-search.ts orderByTime). */
async function timeOrdered(results: PagefindResult[]): Promise<PagefindResult[]> {
  const head = results.slice(0, PAGE_SIZE);
  const data = await Promise.all(head.map(dataOf));
  const today = seoulDate(new Date());
  const ranked = orderByTime(
    head.map((result, index) => ({
      result,
      score: result.score,
      status: resultStatus(data[index]?.meta ?? {}, today),
    })),
  );
  return [...ranked.map(({ result }) => result), ...results.slice(PAGE_SIZE)];
}

async function renderMore(upTo: number, run: number) {
  if (!list) return;
  const slice = shown.slice(shownCount, upTo);
  const data = await Promise.all(slice.map(dataOf));
  if (run !== generation) return;
  list.append(...data.map((entry) => resultItem(entry, shownQuery)));
  shownCount += slice.length;
  if (more) more.hidden = shownCount >= shown.length;
}

async function search(state: SearchState) {
  const run = ++generation;
  if (!list || !status) return;
  const hasQuery = state.query !== '' || Object.keys(state.filters).length > 0;
  if (!hasQuery) {
    showRegionLinks('');
    list.replaceChildren();
    list.dataset.searchQuery = '';
    list.setAttribute('aria-busy', 'false');
    status.textContent = '찾고 싶은 정책이나 프로그램을 입력하세요.';
    if (empty) empty.hidden = true;
    if (more) more.hidden = true;
    return;
  }
  showRegionLinks(state.query);
  list.setAttribute('aria-busy', 'true');
  if (!pagefindReady) status.textContent = '찾는 중…';
  void showQuickAnswer(state, run);
  const pagefind = await loadPagefind();
  pagefindReady = true;
  const found = await find(pagefind, state);
  const results = state.sort ? found.results : await timeOrdered(found.results);
  const { exact } = found;
  if (run !== generation) return;
  answered = run;
  shown = results;
  shownCount = 0;
  shownQuery = state.query;
  list.replaceChildren();
  await renderMore(FIRST_PAINT, run);
  if (run !== generation) return;
  const quoted = `‘${state.query}’`;
  status.textContent =
    results.length === 0
      ? state.query
        ? `${quoted} 검색 결과가 없습니다.`
        : '조건에 맞는 항목이 없습니다.'
      : !exact
        ? `${quoted}에 정확히 맞는 결과가 없어 비슷한 결과 ${results.length}건을 보여 드려요.`
        : state.query
          ? `${quoted} 검색 결과 ${results.length}건`
          : `조건에 맞는 항목 ${results.length}건`;
  if (empty) empty.hidden = exact && results.length > 0;
  const wider = broaderQuery(state);
  if (broader) {
    broader.hidden = wider === undefined;
    if (wider) {
      broader.href = `?${searchParams(wider)}`;
      const dropsFilters = Object.keys(state.filters).length > 0;
      broader.textContent = dropsFilters ? '조건을 모두 풀고 다시 찾기' : `‘${wider.query}’(으)로 넓혀 찾기`;
    }
  }
  list.dataset.searchQuery = state.query;
  await renderMore(PAGE_SIZE, run);
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
  more?.addEventListener('click', () => void renderMore(shownCount + PAGE_SIZE, generation));
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
