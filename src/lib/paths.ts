import { type EntryKind, entryKindInfo } from './vocabulary';

/**
 * Site routes, without the deployment base path. Pages turn them into links with
 * `withBase`, so the site works under a subpath such as `https://example.go.kr/youth/`.
 */

export const paths = {
  home: () => '/',
  entry: (kind: EntryKind, id: string) => `/${entryKindInfo[kind].folder}/${id}/`,
  list: (kind: EntryKind) => `/${entryKindInfo[kind].folder}/`,
  category: (id: string) => `/categories/${id}/`,
  /** A category's list narrowed to one kind: `/categories/housing/policies/`. */
  categoryOfKind: (id: string, kind: EntryKind) => `/categories/${id}/${entryKindInfo[kind].folder}/`,
  region: (id: string) => `/regions/${id}/`,
  /** What a region's residents may use in one category: `/regions/gwangju-seogu/housing/`. */
  regionCategory: (id: string, category: string) => `/regions/${id}/${category}/`,
  regions: () => '/regions/',
  center: (id: string) => `/centers/${id}/`,
  centers: () => '/centers/',
  about: () => '/about/',
  search: () => '/search/',
  finder: () => '/finder/',
};

/** Joins the deployment base (`/` or `/youth/`) and a site route (`/policies/`). */
export function withBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${prefix}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The `.ics` file of one entry (deadline, opening, sessions): `/calendar/policies/<id>.ics`. */
export function entryCalendarPath(kind: EntryKind, id: string): string {
  return `/calendar/${entryKindInfo[kind].folder}/${id}.ics`;
}

/** The person's own tools: 나의 정책 찾기, the entries file it reads, and 관심 목록. */
export const personalPaths = {
  finder: () => '/finder/',
  finderEntries: () => '/finder/entries.json',
  saved: () => '/saved/',
};

/** A region's youth centres (`/centers/regions/seoul/`), and the file the finder and search read to link them. */
export const centerPaths = {
  regions: () => '/centers/regions/',
  region: (id: string) => `${centerPaths.regions()}${id}/`,
  nearMap: () => '/centers/near.json',
};
