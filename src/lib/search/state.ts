import { SEARCH_FILTERS, SEARCH_SORTS, type SearchFilter, type SearchSort } from './facets';

/**
 * What the search page shows, as it lives in the URL (`/search/?q=월세&category=housing&sort=deadline`),
 * so a search can be shared and back/forward restore it.
 */
export interface SearchState {
  query: string;
  filters: Partial<Record<SearchFilter, string>>;
  sort: SearchSort | undefined;
}

const filterNames = Object.values(SEARCH_FILTERS);
/**
 * Characters of a search read from a link: a title is at most 80, and a shared link of
 * 50,000 characters kept the page searching word by word for a minute (issue 25).
 */
export const MAX_QUERY_LENGTH = 100;
const bounded = (value: string) => [...value].slice(0, MAX_QUERY_LENGTH).join('').trim();
const sortNames: readonly string[] = Object.values(SEARCH_SORTS);

export function parseSearchState(params: URLSearchParams): SearchState {
  const filters: Partial<Record<SearchFilter, string>> = {};
  for (const name of filterNames) {
    const value = bounded(params.get(name)?.trim() ?? '');
    if (value) filters[name] = value;
  }
  const sort = params.get('sort') ?? '';
  return {
    query: bounded((params.get('q') ?? '').trim()),
    filters,
    sort: sortNames.includes(sort) ? (sort as SearchSort) : undefined,
  };
}

/** URL parameters in a fixed order, empty ones left out, so equal states give equal URLs. */
export function searchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const name of filterNames) {
    const value = state.filters[name];
    if (value) params.set(name, value);
  }
  if (state.sort) params.set('sort', state.sort);
  return params;
}

/** Pagefind's sort option: deadline ascending, updated descending. */
export function pagefindSort(sort: SearchSort | undefined): Record<string, 'asc' | 'desc'> | undefined {
  if (sort === SEARCH_SORTS.deadline) return { [SEARCH_SORTS.deadline]: 'asc' };
  if (sort === SEARCH_SORTS.updated) return { [SEARCH_SORTS.updated]: 'desc' };
  return undefined;
}

/**
 * A wider search to offer when nothing was found: the same words without filters, then
 * without the last word, then the first two syllables of a single long word.
 */
export function broaderQuery(state: SearchState): SearchState | undefined {
  if (Object.keys(state.filters).length > 0) return { query: state.query, filters: {}, sort: state.sort };
  const typed = state.query.split(/\s+/).filter(Boolean);
  if (typed.length > 1) return { ...state, query: typed.slice(0, -1).join(' ') };
  const chars = [...state.query];
  if (chars.length >= 3) return { ...state, query: chars.slice(0, 2).join('') };
  return undefined;
}
