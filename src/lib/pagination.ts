/**
 * Long lists (every policy, a category, a region) are split into numbered pages of a
 * fixed size, so a page stays small on a phone and the build renders each card a bounded
 * number of times however large the catalogue grows. Page 1 lives at the list's own
 * address (`/policies/`), later pages under `page/<n>/` (`/policies/page/2/`).
 */

/** Cards per list page: two columns on wider screens, about ten screens on a phone. */
export const PAGE_SIZE = 20;

/** The folder later pages live under; an entry may not use it as its id (validate). */
export const PAGE_FOLDER = 'page';

export interface ListPage<T> {
  /** 1 for the first page. */
  number: number;
  /** How many pages the list has (at least 1, even when empty). */
  count: number;
  items: T[];
  /** Items on all pages together. */
  total: number;
  /** 1-based position of this page's first item (0 on an empty list). */
  first: number;
  /** 1-based position of this page's last item (0 on an empty list). */
  last: number;
}

/** Splits `items` into pages of `size`; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size = PAGE_SIZE): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a positive integer: ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => {
    const pageItems = items.slice(index * size, (index + 1) * size);
    const first = pageItems.length === 0 ? 0 : index * size + 1;
    return {
      number: index + 1,
      count,
      items: pageItems,
      total: items.length,
      first,
      last: pageItems.length === 0 ? 0 : first + pageItems.length - 1,
    };
  });
}

/** The route of page `number` of the list at `listRoute` (`/policies/`, 2 → `/policies/page/2/`). */
export function pageRoute(listRoute: string, number: number): string {
  const base = listRoute.endsWith('/') ? listRoute : `${listRoute}/`;
  return number <= 1 ? base : `${base}${PAGE_FOLDER}/${number}/`;
}

/**
 * The rest parameter of a route such as `categories/[id]/[...page].astro`: undefined for
 * page 1 (the list's own address), `page/2` for page 2. `narrowing` is a segment before
 * them for a narrowed list served by the same route (`housing`, `housing/page/2`).
 */
export function pageParam(number: number, narrowing?: string): string | undefined {
  const parts = [narrowing, number <= 1 ? undefined : `${PAGE_FOLDER}/${number}`].filter((part) => part !== undefined);
  return parts.length === 0 ? undefined : parts.join('/');
}

/**
 * Which page numbers a pager shows: the first, the last and two either side of the
 * current one, with `gap` where numbers are left out (1 … 4 5 [6] 7 8 … 20).
 */
export function pagerNumbers(current: number, count: number): (number | 'gap')[] {
  const shown = [...new Set([1, count, ...[-2, -1, 0, 1, 2].map((offset) => current + offset)])]
    .filter((number) => number >= 1 && number <= count)
    .sort((a, b) => a - b);
  return shown.flatMap((number, index) => {
    const previous = shown[index - 1];
    if (previous === undefined || number === previous + 1) return [number];
    // A gap of exactly one number shows that number rather than "…".
    return number === previous + 2 ? [previous + 1, number] : ['gap' as const, number];
  });
}

/** ` (2쪽)` after a title on later pages, so every page has its own title. */
export function pageTitleSuffix(number: number): string {
  return number <= 1 ? '' : ` (${number}쪽)`;
}
