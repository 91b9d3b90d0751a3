import type { Listing } from '../listing';
import type { RegionTree } from '../regions';
import { type ApplicationStatus, applicationStatus } from '../status';

/**
 * Names of the Pagefind filters, sorts and metadata, in one place: the component that
 * writes them into entry pages and the search page that reads them both use these.
 * The same names are the search page's URL parameters.
 */
export const SEARCH_FILTERS = {
  category: 'category',
  region: 'region',
  status: 'status',
  kind: 'kind',
  programType: 'type',
} as const;

export type SearchFilter = (typeof SEARCH_FILTERS)[keyof typeof SEARCH_FILTERS];

export const SEARCH_SORTS = {
  /** Closing soonest first. */
  deadline: 'deadline',
  /** Most recently checked first. */
  updated: 'updated',
} as const;

export type SearchSort = (typeof SEARCH_SORTS)[keyof typeof SEARCH_SORTS];

export const SEARCH_META = {
  title: 'title',
  summary: 'summary',
  category: 'category',
  regions: 'regions',
  kind: 'kind',
  periodType: 'period_type',
  periodStart: 'period_start',
  periodEnd: 'period_end',
  benefit: 'benefit',
} as const;

/** Status filter values: "open" includes closing soon, so a person sees everything they can apply for by date. */
export type StatusFacet = 'open' | 'always' | 'upcoming' | 'closed';

export function statusFacet(status: ApplicationStatus): StatusFacet {
  return status === 'closing-soon' ? 'open' : status;
}

export const statusFacetLabels: Record<StatusFacet, string> = {
  open: '신청 가능',
  always: '상시 신청',
  upcoming: '접수 예정',
  closed: '마감',
};

/** Sort key for "closing soonest": open and upcoming by last day, then 상시, then closed. */
export function deadlineSortKey(listing: Listing, today: string): string {
  const status = applicationStatus(listing.period, today);
  if (status === 'closed') return '9999-12-31';
  if (listing.period.type === 'fixed') return listing.period.end;
  return '9000-01-01';
}

/**
 * Filter values of one entry. Region holds the entry's regions and every region below
 * them, because a resident of 광주 서구 can use what 광주광역시 and 전국 offer.
 */
export function searchFilters(listing: Listing, regions: RegionTree, today: string): Record<SearchFilter, string[]> {
  return {
    [SEARCH_FILTERS.category]: [listing.category],
    [SEARCH_FILTERS.region]: regions.residentRegions(listing.regions).sort(),
    [SEARCH_FILTERS.status]: [statusFacet(applicationStatus(listing.period, today))],
    [SEARCH_FILTERS.kind]: [listing.kind],
    [SEARCH_FILTERS.programType]: listing.programType ? [listing.programType] : [],
  };
}

export function searchSorts(listing: Listing, today: string): Record<SearchSort, string> {
  return { [SEARCH_SORTS.deadline]: deadlineSortKey(listing, today), [SEARCH_SORTS.updated]: listing.updated };
}

/**
 * The metadata a search result shows (title, summary, labels, period), as Pagefind stores
 * it for an entry page and as the quick answer file (search/quick-answer.ts) carries it.
 */
export function searchResultMeta(
  listing: Listing,
  labels: { category: string; regions: string; kind: string },
): Record<string, string> {
  const { period } = listing;
  return {
    [SEARCH_META.title]: listing.title,
    [SEARCH_META.summary]: listing.summary,
    [SEARCH_META.category]: labels.category,
    [SEARCH_META.regions]: labels.regions,
    [SEARCH_META.kind]: labels.kind,
    ...(listing.benefit ? { [SEARCH_META.benefit]: listing.benefit } : {}),
    [SEARCH_META.periodType]: period.type,
    ...(period.type === 'fixed'
      ? { [SEARCH_META.periodStart]: period.start, [SEARCH_META.periodEnd]: period.end }
      : {}),
  };
}
