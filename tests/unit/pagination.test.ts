import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, pageParam, pageRoute, pagerNumbers, pageTitleSuffix, paginate } from '../../src/lib/pagination';

const numbers = (count: number) => Array.from({ length: count }, (_, index) => index + 1);

describe('paginate', () => {
  it('splits a list into pages of the page size, the last one shorter', () => {
    const pages = paginate(numbers(45));
    expect(PAGE_SIZE).toBe(20);
    expect(pages.map((page) => page.items.length)).toEqual([20, 20, 5]);
    expect(pages[2]).toMatchObject({ number: 3, count: 3, total: 45, first: 41, last: 45 });
  });

  it('keeps every item exactly once and in order', () => {
    expect(paginate(numbers(101), 7).flatMap((page) => page.items)).toEqual(numbers(101));
  });

  it('gives an empty list one empty page, so the list address still shows "none yet"', () => {
    expect(paginate([])).toEqual([{ number: 1, count: 1, items: [], total: 0, first: 0, last: 0 }]);
  });

  it('fills the last page exactly when the list divides evenly', () => {
    expect(paginate(numbers(40)).map((page) => page.items.length)).toEqual([20, 20]);
  });

  it('refuses a page size that is not a positive integer', () => {
    expect(() => paginate(numbers(3), 0)).toThrow(/positive integer/);
  });
});

describe('page addresses', () => {
  it('keeps page 1 at the list address and puts later pages under page/<n>/', () => {
    expect(pageRoute('/policies/', 1)).toBe('/policies/');
    expect(pageRoute('/policies/', 2)).toBe('/policies/page/2/');
    expect(pageRoute('/regions/gwangju-seogu', 12)).toBe('/regions/gwangju-seogu/page/12/');
  });

  it('gives the rest parameter of a paged route', () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(3)).toBe('page/3');
    expect(pageParam(1, 'housing')).toBe('housing');
    expect(pageParam(2, 'housing')).toBe('housing/page/2');
  });

  it('adds the page number to the titles of later pages only', () => {
    expect(pageTitleSuffix(1)).toBe('');
    expect(pageTitleSuffix(4)).toBe(' (4쪽)');
  });
});

describe('pager numbers', () => {
  it('shows every page of a short list', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(3, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('shows the first, the last and two either side of the current page, with gaps', () => {
    expect(pagerNumbers(10, 20)).toEqual([1, 'gap', 8, 9, 10, 11, 12, 'gap', 20]);
    expect(pagerNumbers(1, 20)).toEqual([1, 2, 3, 'gap', 20]);
    expect(pagerNumbers(20, 20)).toEqual([1, 'gap', 18, 19, 20]);
  });

  it('shows a single missing number instead of a gap', () => {
    expect(pagerNumbers(5, 20)).toEqual([1, 2, 3, 4, 5, 6, 7, 'gap', 20]);
  });
});
