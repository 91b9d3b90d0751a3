import type { Props as BrowseLinksProps } from './components/BrowseLinks.astro';
import type { Props as ChipNavProps } from './components/ChipNav.astro';
import type { Props as KindListPageProps } from './components/KindListPage.astro';
import {
  buildDate,
  centers,
  listingIndex,
  nearestRegionPages,
  policyListings,
  programListings,
  regions,
  regionsWithPages,
} from './content';
import { countsByCategory, countsByLevel } from './lib/list-counts';
import { countApplicable, type Listing, sortForBrowsing } from './lib/listing';
import { type ListPage, pageParam, paginate } from './lib/pagination';
import { paths } from './lib/paths';
import { isNationwide, NATIONWIDE, type Region } from './lib/regions';
import { type Category, categoryLabel, type EntryKind, entryKindInfo } from './lib/vocabulary';
import { href } from './site';

/**
 * The paged lists of the site (every policy, every program, a category, a region), sorted
 * and split once per build. A list's first page and its later pages are different routes
 * (`policies/index.astro`, `policies/page/[page].astro`) and take their pages from here.
 */

export type EntryPage = ListPage<Listing>;
type ChipLink = ChipNavProps['links'][number];

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
 * With `kind`, the category chips count only entries of that kind and lead to the
 * category's list of that kind (`/categories/housing/policies/`), so a chip's count is
 * what the list it opens shows; those lists exist only for categories with entries.
 */
export function browseLinks(current?: string, kind?: EntryKind): BrowseLinksProps {
  const counted = countsByCategory(
    kind === undefined ? listingIndex.all : listingIndex.all.filter((l) => l.kind === kind),
  );
  return {
    categoryLinks: counted
      .filter(({ count }) => kind === undefined || count > 0)
      .map(({ category, label, count }) => ({
        href: href(kind === undefined ? paths.category(category) : paths.categoryOfKind(category, kind)),
        label,
        count,
        current: current === category,
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
      ? browseLinks(undefined, 'policy')
      : {
          // Only centres that run a programme: the national list has hundreds without one.
          centerLinks: centers.flatMap((center) => {
            const count = listingIndex.ofCenter(center.id).length;
            return count === 0 ? [] : [{ href: href(paths.center(center.id)), label: center.data.name, count }];
          }),
        };
  return { kind, page, today: buildDate, regions, applicableCount: applicableCounts[kind], narrowing };
}

/** Static paths of `<list>/page/[page].astro`: every page but the first. */
export function laterPagePaths(pages: readonly EntryPage[]) {
  return pages.slice(1).map((page) => ({ params: { page: String(page.number) }, props: { page } }));
}

/**
 * Static paths of `categories/[id]/[...page].astro`: policies and programs together, and
 * the category's policies alone (`/categories/housing/policies/`, where the policy list's
 * chips lead) when it has any.
 */
export function categoryPagePaths(categories: readonly Category[]) {
  return categories.flatMap((category) => {
    const listings = listingIndex.inCategory(category.id);
    const policies = listings.filter((listing) => listing.kind === 'policy');
    const counts = { policies: policies.length, programs: listings.length - policies.length };
    const lists = [
      { kind: undefined, items: listings },
      ...(hasPolicyList(category.id) ? [{ kind: 'policy' as const, items: policies }] : []),
    ];
    return lists.flatMap(({ kind, items }) =>
      paginate(sortForBrowsing(items, buildDate)).map((page) => ({
        params: {
          id: category.id,
          page: pageParam(page.number, kind === undefined ? undefined : entryKindInfo[kind].folder),
        },
        props: { category, counts, page, kind },
      })),
    );
  });
}

/** Whether a category has a list of its policies alone (`/categories/<id>/policies/`, where /policies/'s chips lead). */
const hasPolicyList = (category: string) =>
  listingIndex.inCategory(category).some((listing) => listing.kind === 'policy');

/**
 * What an embed's "전체 목록 보기" may lead to besides a region, center or category page:
 * the region × category pages built (from the region chips) and, for policies, the
 * categories with a policy-only list.
 */
export function embedMorePages(kind: EntryKind, categories: readonly Category[]) {
  const regionCategories = Object.fromEntries(
    regions
      .all()
      .filter((region) => regionsWithPages.has(region.id))
      .map((region) => [region.id, ownCategories(regionCategoryLinks(region))]),
  );
  const kindCategories = kind === 'policy' ? categories.map(({ id }) => id).filter(hasPolicyList) : [];
  return { regionPages: nearestRegionPages, regionCategories, kindCategories };
}

/** How many cards of a longer list a region's first page shows before linking to it. */
export const REGION_PREVIEW_SIZE = 6;

const national = sortForBrowsing(listingIndex.eligibleFor(NATIONWIDE), buildDate);

/**
 * Static paths of `regions/[id]/[...page].astro`: for each region with a page, what its
 * residents may use, and the same narrowed to each category they have entries in
 * (`/regions/gwangju-seogu/housing/`). Each page carries the category chips of its
 * region, so every page leads to every narrowing.
 */
export function regionPagePaths() {
  return regions
    .all()
    .filter((region) => regionsWithPages.has(region.id))
    .flatMap((region: Region) => {
      const categoryLinks = regionCategoryLinks(region);
      return [undefined, ...ownCategories(categoryLinks)].flatMap((category) =>
        regionListPaths(region, category, categoryLinks),
      );
    });
}

/**
 * A chip of a region page; `shows` names the page of this region it leads to (`all`, or
 * the category whose page is built with it), absent when it leads to another region's page.
 */
type RegionCategoryLink = ChipLink & { shows?: string };
const ALL_CATEGORIES = 'all';

/** The categories whose page of this region is built, from its chips. */
const ownCategories = (links: readonly RegionCategoryLink[]) =>
  links.flatMap(({ shows }) => (shows && shows !== ALL_CATEGORIES ? [shows] : []));

/**
 * "전체 31", then one chip per category the region's residents have entries in, with its
 * count. Where the region has nothing of its own in a category (only nationwide entries),
 * its page would repeat the nationwide one, so the chip leads to `/regions/kr/<category>/`,
 * which lists the same entries, and no page is built: most 시·도 of a city's catalogue
 * have only nationwide entries.
 */
function regionCategoryLinks(region: Region): RegionCategoryLink[] {
  const eligible = listingIndex.eligibleFor(region.id);
  return [
    { href: href(paths.region(region.id)), label: '전체', count: eligible.length, shows: ALL_CATEGORIES },
    ...countsByCategory(eligible)
      .filter(({ count }) => count > 0)
      .map(({ category, label, count }) => {
        const ownPage =
          region.id === NATIONWIDE ||
          listingIndex.eligibleFor(region.id, category).some((listing) => !isNationwide(listing.regions));
        return ownPage
          ? { href: href(paths.regionCategory(region.id, category)), label, count, shows: category }
          : { href: href(paths.regionCategory(NATIONWIDE, category)), label, count };
      }),
  ];
}

/**
 * The pages of one region list, optionally of one category. The paged list is what is
 * meant for the region and the regions enclosing it, short of nationwide entries (for
 * `kr`: the nationwide entries); the first page also previews the nationwide entries and
 * the entries only parts of the region may use, each linking to where all of them are.
 */
function regionListPaths(region: Region, category: string | undefined, categoryLinks: readonly RegionCategoryLink[]) {
  const inCategory = (listing: Listing) => category === undefined || listing.category === category;
  const eligible = listingIndex.eligibleFor(region.id, category);
  const nationalHere = national.filter(inCategory);
  const own =
    region.id === NATIONWIDE
      ? nationalHere
      : sortForBrowsing(
          eligible.filter((listing) => !isNationwide(listing.regions)),
          buildDate,
        );
  const inner = sortForBrowsing(listingIndex.onlyWithin(region.id).filter(inCategory), buildDate);
  const extras = {
    category: category === undefined ? undefined : { id: category, label: categoryLabel(category) },
    categoryLinks: categoryLinks.map(({ shows, ...link }) => ({
      ...link,
      current: shows === (category ?? ALL_CATEGORIES),
    })),
    levels: countsByLevel(regions, region.id, eligible),
    eligibleCount: eligible.length,
    nationalPreview: region.id === NATIONWIDE ? [] : nationalHere.slice(0, REGION_PREVIEW_SIZE),
    nationalCount: nationalHere.length,
    innerPreview: inner.slice(0, REGION_PREVIEW_SIZE),
    innerCount: inner.length,
  };
  return paginate(own).map((page) => ({
    params: { id: region.id, page: pageParam(page.number, category) },
    props: { region, page, ...extras },
  }));
}
