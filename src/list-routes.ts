import type { Props as BrowseLinksProps } from './components/BrowseLinks.astro';
import type { Props as KindListPageProps } from './components/KindListPage.astro';
import {
  buildDate,
  centers,
  listingIndex,
  policyListings,
  programListings,
  regions,
  regionsWithPages,
} from './content';
import { countApplicable, type Listing, sortForBrowsing } from './lib/listing';
import { type ListPage, pageParam, paginate } from './lib/pagination';
import { paths } from './lib/paths';
import { isNationwide, NATIONWIDE, type Region } from './lib/regions';
import { type Category, categories, type EntryKind } from './lib/vocabulary';
import { href } from './site';

/**
 * The paged lists of the site (every policy, every program, a category, a region), sorted
 * and split once per build. A list's first page and its later pages are different routes
 * (`policies/index.astro`, `policies/page/[page].astro`) and take their pages from here.
 */

export type EntryPage = ListPage<Listing>;

export const policyPages = paginate(sortForBrowsing(policyListings, buildDate));
export const programPages = paginate(sortForBrowsing(programListings, buildDate));
/** "지금 신청 가능 N건" of the policy and program lists, counted once rather than per page. */
export const applicableCounts = {
  policy: countApplicable(policyListings, buildDate),
  program: countApplicable(programListings, buildDate),
};

/**
 * The chips that lead from a list to the category and region lists, with `current` (a
 * category or region id) marked. 시·도 only: a national tree has about 250 시·군·구, too
 * many chips for every list page; each 시·도 page leads on to its 시·군·구.
 */
export function browseLinks(current?: string): BrowseLinksProps {
  return {
    categoryLinks: categories.map((category) => ({
      href: href(paths.category(category.id)),
      label: category.label,
      count: listingIndex.inCategory(category.id).length,
      current: current === category.id,
    })),
    regionLinks: [
      ...regions.provinces().map((region) => ({
        href: href(paths.region(region.id)),
        label: region.name,
        current: current === region.id,
      })),
      { href: href(paths.regions()), label: '모든 지역' },
    ],
  };
}

/** What a page of /policies/ or /programs/ shows besides its cards. */
export function kindListProps(kind: EntryKind, page: EntryPage): KindListPageProps {
  const narrowing =
    kind === 'policy'
      ? browseLinks()
      : {
          centerLinks: centers.map((center) => ({
            href: href(paths.center(center.id)),
            label: center.data.name,
            count: listingIndex.ofCenter(center.id).length,
          })),
        };
  return { kind, page, today: buildDate, regions, applicableCount: applicableCounts[kind], narrowing };
}

/** Static paths of `<list>/page/[page].astro`: every page but the first. */
export function laterPagePaths(pages: readonly EntryPage[]) {
  return pages.slice(1).map((page) => ({ params: { page: String(page.number) }, props: { page } }));
}

/** Static paths of `categories/[id]/[...page].astro`: policies and programs together. */
export function categoryPagePaths(categories: readonly Category[]) {
  return categories.flatMap((category) => {
    const listings = listingIndex.inCategory(category.id);
    const counts = {
      policies: listings.filter((listing) => listing.kind === 'policy').length,
      programs: listings.filter((listing) => listing.kind === 'program').length,
    };
    return paginate(sortForBrowsing(listings, buildDate)).map((page) => ({
      params: { id: category.id, page: pageParam(page.number) },
      props: { category, counts, page },
    }));
  });
}

/** How many cards of a longer list a region's first page shows before linking to it. */
export const REGION_PREVIEW_SIZE = 6;

const national = sortForBrowsing(listingIndex.eligibleFor(NATIONWIDE), buildDate);

/**
 * Static paths of `regions/[id]/[...page].astro`. The paged list is what is meant for
 * the region and the regions enclosing it, short of nationwide entries (for `kr`: the
 * nationwide entries); the first page also previews the nationwide entries and the
 * entries only parts of the region may use, each linking to where all of them are.
 */
export function regionPagePaths() {
  return regions
    .all()
    .filter((region) => regionsWithPages.has(region.id))
    .flatMap((region: Region) => {
      const eligible = listingIndex.eligibleFor(region.id);
      const own =
        region.id === NATIONWIDE
          ? national
          : sortForBrowsing(
              eligible.filter((listing) => !isNationwide(listing.regions)),
              buildDate,
            );
      const inner = sortForBrowsing(listingIndex.onlyWithin(region.id), buildDate);
      const extras = {
        eligibleCount: eligible.length,
        nationalPreview: region.id === NATIONWIDE ? [] : national.slice(0, REGION_PREVIEW_SIZE),
        nationalCount: national.length,
        innerPreview: inner.slice(0, REGION_PREVIEW_SIZE),
        innerCount: inner.length,
      };
      return paginate(own).map((page) => ({
        params: { id: region.id, page: pageParam(page.number) },
        props: { region, page, ...extras },
      }));
    });
}
