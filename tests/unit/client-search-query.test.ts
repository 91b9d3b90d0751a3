import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Pagefind, PagefindResult, PagefindSearchOptions } from '../../src/client/pagefind';
import type { SearchState } from '../../src/lib/search/state';

interface Page {
  id: string;
  content: string;
  score: number;
  meta?: Record<string, string>;
  closed?: boolean;
}

/**
 * A stand-in for Pagefind's browser API over a few pages: a query word matches the start of
 * a page's word, as Pagefind matches; a search without words lists what passes the filters.
 */
function fakePagefind(pages: Page[]): Pagefind & { queries: (string | null)[] } {
  const queries: (string | null)[] = [];
  const resultOf = (page: Page): PagefindResult => ({
    id: page.id,
    score: page.score,
    data: async () => ({ url: `/policies/${page.id}/`, content: page.content, meta: page.meta ?? {} }),
  });
  return {
    queries,
    options: async () => {},
    init: async () => {},
    search: async (query: string | null, options?: PagefindSearchOptions) => {
      queries.push(query);
      const passes = (page: Page) => options?.filters?.status !== 'closed' || page.closed === true;
      const matches = (page: Page) =>
        query === null ||
        query.split(' ').every((word) => page.content.split(/\s+/).some((term) => term.startsWith(word)));
      return { results: pages.filter((page) => passes(page) && matches(page)).map(resultOf) };
    },
  };
}

const state = (query: string, filters: SearchState['filters'] = {}): SearchState => ({
  query,
  filters,
  sort: undefined,
});
const ids = (results: PagefindResult[]) => results.map((result) => result.id);

// src/client/search-query.ts: what the search page asks Pagefind and how it combines the answers.
describe('the search page’s queries', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-10T03:00:00Z')); // 2026-03-10 in Seoul
  });
  afterEach(() => vi.useRealTimers());

  // The module keeps the closed pages of the index it first asked for the page's lifetime:
  // each test loads it afresh, as each page load does.
  const answer = async (pagefind: Pagefind, searched: SearchState) => {
    vi.resetModules();
    return (await import('../../src/client/search-query')).answer(pagefind, searched);
  };

  it('finds a compound typed joined or spaced alike, what the typed form finds first', async () => {
    const pagefind = fakePagefind([
      { id: 'spaced', content: '청년 수당 안내', score: 3 },
      { id: 'joined', content: '청년수당 지원', score: 1 },
    ]);
    expect(ids((await answer(pagefind, state('청년수당'))).current)).toEqual(['joined', 'spaced']);
    expect(ids((await answer(pagefind, state('청년 수당'))).current)).toEqual(['spaced', 'joined']);
  });

  it('tries one-syllable typos only when no spelling finds anything', async () => {
    // A corrected query counts when a title among the first results shows the corrected word.
    const pagefind = fakePagefind([
      { id: 'allowance', content: '구직활동비 지원', score: 1, meta: { title: '구직활동비 지원' } },
    ]);
    const found = await answer(pagefind, state('구직활동비용'));
    expect(ids(found.current)).toEqual(['allowance']);
    expect(pagefind.queries).toContain('구직활동비');
    const exact = fakePagefind([{ id: 'allowance', content: '구직활동비 지원', score: 1 }]);
    await answer(exact, state('구직활동비'));
    expect(exact.queries).not.toContain('구직활동');
  });

  it('puts closed results apart, unless the person asked for closed ones', async () => {
    const pages = [
      { id: 'last-year', content: '청년 월세 지원', score: 2, closed: true },
      { id: 'this-year', content: '청년 월세 지원', score: 1 },
    ];
    const found = await answer(fakePagefind(pages), state('월세'));
    expect(ids(found.current)).toEqual(['this-year']);
    expect(ids(found.closed)).toEqual(['last-year']);
    const asked = await answer(fakePagefind(pages), state('월세', { status: 'closed' }));
    expect(ids(asked.current)).toEqual(['last-year']);
    expect(asked.closed).toEqual([]);
  });

  it('among equally relevant results puts what is open today before what opens later, never above a better match', async () => {
    const upcoming = { period_type: 'fixed', period_start: '2026-04-01', period_end: '2026-04-30' };
    const open = { period_type: 'fixed', period_start: '2026-03-01', period_end: '2026-03-31' };
    const pagefind = fakePagefind([
      { id: 'best-upcoming', content: '청년 면접 정장', score: 10, meta: upcoming },
      { id: 'upcoming', content: '청년 면접 수당', score: 5, meta: upcoming },
      { id: 'open', content: '청년 면접 비용', score: 4.9, meta: open },
    ]);
    expect(ids((await answer(pagefind, state('면접'))).current)).toEqual(['best-upcoming', 'open', 'upcoming']);
  });
});
