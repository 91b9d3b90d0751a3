import { type CollectionEntry, getCollection } from 'astro:content';
import { cacheKeyOf } from './lib/cache-key';
import type { CalendarSource } from './lib/calendar';
import { CenterDirectory } from './lib/center-directory';
import type { Listing } from './lib/listing';
import { ListingIndex } from './lib/listing-index';
import { centerPaths, paths } from './lib/paths';
import { findReferenceProblems, formatReferenceProblems } from './lib/references';
import { RegionTree } from './lib/regions';
import { relatedListings } from './lib/related';
import { buildDate, href, leanBuild } from './site';

/**
 * The content tree, read once per build and checked as a whole: a reference that does
 * not resolve stops the build with every problem listed, so nothing is published from a
 * half-valid tree. Pages import the ready-made lists from here and never filter again.
 */

export type Policy = CollectionEntry<'policies'>;
export type Program = CollectionEntry<'programs'>;
export type Center = CollectionEntry<'centers'>;
export type Organization = CollectionEntry<'organizations'>;

const [regionEntries, organizationEntries, centerEntries, policyEntries, programEntries] = await Promise.all([
  getCollection('regions'),
  getCollection('organizations'),
  getCollection('centers'),
  getCollection('policies'),
  getCollection('programs'),
]);

const problems = findReferenceProblems({
  regions: regionEntries.map((entry) => ({ ...entry.data, id: entry.id, filePath: 'regions.yaml' })),
  organizations: organizationEntries,
  centers: centerEntries,
  policies: policyEntries,
  programs: programEntries,
});
if (problems.length > 0) {
  throw new Error(
    `콘텐츠에서 찾을 수 없는 참조가 ${problems.length}건 있어 사이트를 만들지 않았습니다.\n${formatReferenceProblems(problems)}`,
  );
}

/** The build's "today", read with every other build setting in src/site.ts. */
export { buildDate };

const published = <T extends { data: { draft?: boolean | undefined } }>(entries: T[]) =>
  entries.filter((entry) => import.meta.env.DEV || entry.data.draft !== true);

export const regions = new RegionTree(regionEntries.map((entry) => entry.data));
export const organizations = new Map(organizationEntries.map((entry) => [entry.id, entry]));
export const centers = centerEntries;
export const policies = published(policyEntries);
export const programs = published(programEntries);

/**
 * Entries a business or a group applies for, and those no one applies for, say so on every
 * card (docs/content-model.md `applicant`).
 */
function applicantOf(eligibility: { applicant?: string | undefined } | undefined): Pick<Listing, 'applicant'> {
  const applicant = eligibility?.applicant;
  return applicant === 'business' || applicant === 'group' || applicant === 'none' ? { applicant } : {};
}

export function policyListing(policy: Policy): Listing {
  const { data } = policy;
  return {
    kind: 'policy',
    id: policy.id,
    title: data.title,
    summary: data.summary,
    category: data.category,
    regions: data.regions,
    tags: data.tags ?? [],
    benefit: data.support.summary,
    period: data.application.period,
    updated: data.updated,
    ...applicantOf(data.eligibility),
  };
}

export function programListing(program: Program): Listing {
  const { data } = program;
  return {
    kind: 'program',
    id: program.id,
    title: data.title,
    summary: data.summary,
    category: data.category,
    regions: data.regions,
    tags: data.tags ?? [],
    benefit: data.outcome,
    period: data.registration,
    updated: data.updated,
    ...applicantOf(data.eligibility),
    programType: data.type,
    center: data.center,
  };
}

export const policyListings = policies.map(policyListing);
export const programListings = programs.map(programListing);
export const allListings: Listing[] = [...policyListings, ...programListings];
/** Per-region, per-category and per-center lookups; pages never scan every entry. */
export const listingIndex = new ListingIndex(allListings, regions);
/** Regions with their own pages and feeds (RegionTree.withPages). */
export const regionsWithPages = regions.withPages([
  ...allListings.flatMap((listing) => listing.regions),
  ...centers.map((center) => center.data.region),
]);
/** The page of a region: its own, or the nearest enclosing region's. */
export const regionPage = (id: string) => paths.region(regions.pageOf(id, regionsWithPages));
/** Region id -> the region whose page lists it, for the regions without a page of their own. */
export const nearestRegionPages: Record<string, string> = Object.fromEntries(
  regions
    .all()
    .filter((region) => !regionsWithPages.has(region.id))
    .map((region) => [region.id, regions.pageOf(region.id, regionsWithPages)]),
);
const programsById = new Map(programs.map((program) => [program.id, program]));
const centersById = new Map(centers.map((center) => [center.id, center]));
/** Centres by region: lists, counts and "help near you" (lib/center-directory.ts). */
export const centerDirectory = new CenterDirectory(
  centers.map(({ id, data }) => ({ id, name: data.name, region: data.region, address: data.address, kind: data.kind })),
  regions,
);

/** "Help near you" for an entry of `entryRegions`: props of NearbyCenters.astro. */
export function nearbyCenters(entryRegions: readonly string[]) {
  const { listRegion, centers: near } = centerDirectory.nearEntry(entryRegions);
  const list =
    listRegion === undefined
      ? { href: href(paths.centers()), label: '사는 곳의 청년센터 찾기' }
      : {
          href: href(centerPaths.region(listRegion)),
          label: `${regions.name(listRegion)} 청년센터 ${centerDirectory.within(listRegion).length}곳 모두 보기`,
        };
  return { centers: near, list };
}

export function organizationName(id: string): string {
  return organizations.get(id)?.data.name ?? id;
}

export function centerById(id: string): Center | undefined {
  return centersById.get(id);
}

/** What calendars (a file per entry, subscriptions) need about an entry; `site` is Astro.site. */
export function calendarSourceOf(listing: Listing, site: URL | undefined): CalendarSource {
  const program = listing.kind === 'program' ? programsById.get(listing.id) : undefined;
  return {
    kind: listing.kind,
    id: listing.id,
    title: listing.title,
    period: listing.period,
    sessions: program?.data.schedule.sessions,
    updated: listing.updated,
    pageUrl: new URL(href(paths.entry(listing.kind, listing.id)), site).href,
  };
}

/**
 * What every page may show besides its own entry: the day (statuses), regions,
 * organizations and centers. Part of every page cache key, so a change to any of them
 * renders every page again.
 */
const siteDataKey = cacheKeyOf(
  buildDate,
  leanBuild,
  regionEntries.map((entry) => entry.data),
  organizationEntries.map((entry) => [entry.id, entry.data]),
  centerEntries.map((entry) => [entry.id, entry.digest ?? entry.data]),
);

/** Cache key of a page made from one entry file only (its embed card, its .ics file). */
export function entryCacheKey(entry: Policy | Program): string {
  return cacheKeyOf(siteDataKey, entry.collection, entry.id, entry.digest ?? [entry.data, entry.body]);
}

/**
 * Static paths of the detail pages of one kind. The related cards are chosen here, so the
 * page's cache key for Astro's incremental build covers them: the page is rendered again
 * when the entry, a related card or the shared data changes, and copied otherwise.
 */
export function detailPagePaths<E extends Policy | Program>(entries: readonly E[], toListing: (entry: E) => Listing) {
  return entries.map((entry) => {
    const listing = toListing(entry);
    const related = relatedListings(listing, listingIndex.relatedCandidates(listing), regions, buildDate);
    return {
      params: { id: entry.id },
      props: { entry, listing, related },
      cacheKey: cacheKeyOf(entryCacheKey(entry), related),
    };
  });
}
