import { describe, expect, it } from 'vitest';
import type { Listing } from '../../../src/lib/listing';
import { RegionTree } from '../../../src/lib/regions';
import { deadlineSortKey, searchFilters, searchSorts } from '../../../src/lib/search/facets';
import {
  broaderQuery,
  MAX_QUERY_LENGTH,
  pagefindSort,
  parseSearchState,
  searchParams,
} from '../../../src/lib/search/state';

const regions = new RegionTree([
  { id: 'kr', name: '전국', code: '00' },
  { id: 'gwangju', name: '광주광역시', code: '29', parent: 'kr' },
  { id: 'gwangju-seogu', name: '광주 서구', code: '29140', parent: 'gwangju' },
]);
const listing = (overrides: Partial<Listing>): Listing => ({
  kind: 'policy',
  id: 'x',
  title: '청년월세 지원',
  summary: '',
  category: 'housing',
  regions: ['gwangju'],
  tags: [],
  period: { type: 'fixed', start: '2026-03-01', end: '2026-12-31' },
  updated: '2026-10-01',
  ...overrides,
});

describe('search filters of an entry', () => {
  it('lets a resident of a district find what their city offers', () => {
    expect(searchFilters(listing({}), regions, '2026-06-01').region).toEqual(['gwangju', 'gwangju-seogu']);
  });
  it('files closing-soon entries under 신청 가능 and names the program type', () => {
    const program = listing({ kind: 'program', programType: 'course' });
    const filters = searchFilters(program, regions, '2026-12-28');
    expect(filters.status).toEqual(['open']);
    expect(filters.kind).toEqual(['program']);
    expect(filters.type).toEqual(['course']);
    expect(searchFilters(listing({}), regions, '2027-01-01').status).toEqual(['closed']);
  });
  it('sorts by deadline with 상시 after dated entries and closed ones last', () => {
    expect(deadlineSortKey(listing({}), '2026-06-01')).toBe('2026-12-31');
    const always = deadlineSortKey(listing({ period: { type: 'always' } }), '2026-06-01');
    const closed = deadlineSortKey(listing({}), '2027-01-01');
    expect(['2026-12-31', always, closed].sort()).toEqual(['2026-12-31', always, closed]);
    expect(searchSorts(listing({}), '2026-06-01').updated).toBe('2026-10-01');
  });
});

describe('search state in the URL', () => {
  it('reads at most 100 characters of a search from a link, so broadening it ends within 100 searches', () => {
    const params = new URLSearchParams({ q: '월세 '.repeat(20_000), category: 'x'.repeat(50_000) });
    const state = parseSearchState(params);
    expect([...state.query].length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(state.query.startsWith('월세 월세')).toBe(true);
    expect(state.filters.category?.length).toBe(MAX_QUERY_LENGTH);
    let steps = 0;
    for (let current: typeof state | undefined = state; current !== undefined; current = broaderQuery(current)) steps++;
    expect(steps).toBeLessThan(MAX_QUERY_LENGTH);
  });

  it('reads the query, known filters and sort, and ignores the rest', () => {
    const state = parseSearchState(new URLSearchParams('q=%EC%9B%94%EC%84%B8&category=housing&region=&sort=bogus&x=1'));
    expect(state).toEqual({ query: '월세', filters: { category: 'housing' }, sort: undefined });
  });
  it('writes the same state back to the same URL', () => {
    const query = 'q=%EC%9B%94%EC%84%B8&category=housing&status=open&sort=deadline';
    expect(searchParams(parseSearchState(new URLSearchParams(query))).toString()).toBe(query);
  });
  it('sorts closing soonest ascending and newest descending', () => {
    expect(pagefindSort('deadline')).toEqual({ deadline: 'asc' });
    expect(pagefindSort('updated')).toEqual({ updated: 'desc' });
    expect(pagefindSort(undefined)).toBeUndefined();
  });
  it('offers a broader search: no filters, then fewer words, then a shorter word', () => {
    expect(broaderQuery({ query: '월세', filters: { category: 'jobs' }, sort: undefined })?.filters).toEqual({});
    expect(broaderQuery({ query: '광주 월세 지원', filters: {}, sort: undefined })?.query).toBe('광주 월세');
    expect(broaderQuery({ query: '주택임차보증금', filters: {}, sort: undefined })?.query).toBe('주택');
    expect(broaderQuery({ query: '월세', filters: {}, sort: undefined })).toBeUndefined();
  });
});
