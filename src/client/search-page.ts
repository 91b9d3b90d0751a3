import { seoulDate } from '../lib/dates';
import { paths, withBase } from '../lib/paths';
import { closedNote, closedSummary, splitClosed } from '../lib/search/closed-results';
import { type QuickFileRecord, type QuickRecord, quickRecord, quickSearch } from '../lib/search/quick-answer';
import { resultStatus } from '../lib/search/ranking';
import { type NamedRegion, regionsNamedIn } from '../lib/search/region-query';
import { broaderQuery, parseSearchState, type SearchState, searchParams } from '../lib/search/state';
import { loadPagefind, type PagefindResult } from './pagefind';
import { answer, dataOf, FIRST_PAINT, type Found, PAGE_SIZE } from './search-query';
import { resultItem } from './search-render';

// The search page: the URL is the state (q, filters, sort). Typing replaces the current
// history entry, submitting or changing a filter adds one, and back/forward re-run the
// search from the URL. The form works without this script as a plain GET form.

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

/** The quick answer file, asked for at once (the page preloads it); empty if it fails, and Pagefind still answers. */
const quickRecords: Promise<QuickRecord[]> = fetch(withBase(import.meta.env.BASE_URL, '/quick-search.json'))
  .then((response) => (response.ok ? (response.json() as Promise<QuickFileRecord[]>) : []))
  .then((records) => records.map(quickRecord))
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
  if (found.corrected) return `${quoted} 검색 결과가 없어 ‘${found.corrected}’(으)로 찾은 결과 ${total}건${note}`;
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
  const params = searchParams(state);
  const url = `${location.pathname}${params.size > 0 ? `?${params}` : ''}`;
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
