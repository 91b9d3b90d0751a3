import { allListings, buildDate, listingIndex, regions, regionsWithPages } from './content';
import { entryEventsOf } from './entry-calendars';
import { serializeCalendar, subscriptionEvents } from './lib/calendar';
import { type Feed, renderAtom, renderRss, selectFeedItems } from './lib/feeds';
import { formatPeriod } from './lib/format';
import type { Listing } from './lib/listing';
import { paths } from './lib/paths';
import { isNationwide, NATIONWIDE } from './lib/regions';
import { categories, categoryLabel, entryKindInfo } from './lib/vocabulary';
import { href, siteName } from './site';

/**
 * Feeds and calendar subscriptions cover the same scopes: the whole site, one category,
 * or what residents of one region may apply for (a resident of 광주 서구 also gets
 * 광주광역시 and 전국 entries, by RegionTree.isResidentEligible).
 */

export interface Scope {
  /** Path segment under /feeds/ and /calendar/: `all`, `categories/housing`, `regions/gwangju-seogu`. */
  key: string;
  /** `광주 서구`, `주거`, or the site name. */
  name: string;
  /** The site page with the same entries. */
  page: string;
  listings: Listing[];
  /**
   * The entries whose dates go into the scope's calendar subscription. A region's
   * calendar leaves nationwide entries to the 전국 calendar: a national catalogue has
   * thousands of deadlines, too many for a phone calendar and for every region's file.
   */
  calendarListings: Listing[];
}

export const scopes: Scope[] = [
  { key: 'all', name: '전체', page: paths.home(), listings: allListings, calendarListings: allListings },
  ...categories.map((category) => {
    const listings = [...listingIndex.inCategory(category.id)];
    return {
      key: `categories/${category.id}`,
      name: category.label,
      page: paths.category(category.id),
      listings,
      calendarListings: listings,
    };
  }),
  ...regions
    .all()
    .filter((region) => regionsWithPages.has(region.id))
    .map((region) => {
      const listings = [...listingIndex.eligibleFor(region.id)];
      return {
        key: `regions/${region.id}`,
        name: region.name,
        page: paths.region(region.id),
        listings,
        calendarListings:
          region.id === NATIONWIDE ? listings : listings.filter((listing) => !isNationwide(listing.regions)),
      };
    }),
];

const scopesByKey = new Map(scopes.map((scope) => [scope.key, scope]));

const absolute = (path: string, site: URL | undefined) => new URL(href(path), site).href;

export type FeedFormat = 'rss' | 'atom';
export const feedFile: Record<FeedFormat, string> = { rss: 'rss.xml', atom: 'atom.xml' };

/** `/feeds/rss.xml` for the whole site, `/feeds/regions/gwangju/atom.xml` for a scope. */
export function feedPath(scope: Scope, format: FeedFormat): string {
  return scope.key === 'all' ? `/feeds/${feedFile[format]}` : `/feeds/${scope.key}/${feedFile[format]}`;
}

export function calendarPath(scope: Scope): string {
  return `/calendar/${scope.key}.ics`;
}

export function feedTitle(scope: Scope): string {
  return scope.key === 'all' ? `${siteName} 새 소식` : `${siteName} ${scope.name} 새 소식`;
}

export function renderFeed(scope: Scope, format: FeedFormat, site: URL | undefined): string {
  const feed: Feed = {
    title: feedTitle(scope),
    description: `${scope.key === 'all' ? '' : `${scope.name} `}청년 정책과 청년센터 프로그램 중 새로 올라오거나 다시 확인한 항목 (샘플 데이터)`,
    siteUrl: absolute(scope.page, site),
    feedUrl: absolute(feedPath(scope, format), site),
    author: siteName,
    buildDate,
    items: selectFeedItems(scope.listings).map((listing) => ({
      title: listing.title,
      summary: listing.summary,
      url: absolute(paths.entry(listing.kind, listing.id), site),
      updated: listing.updated,
      category: categoryLabel(listing.category),
      details: [
        `${entryKindInfo[listing.kind].periodVerb} 기간: ${formatPeriod(listing.period)}`,
        `대상 지역: ${regions.names(listing.regions)}`,
      ],
    })),
  };
  return format === 'rss' ? renderRss(feed) : renderAtom(feed);
}

/** Deadlines, openings and program sessions of a scope, with the UIDs of src/lib/calendar.ts. */
export function renderScopeCalendar(scope: Scope): string {
  const events = subscriptionEvents(
    scope.calendarListings.flatMap((listing) => entryEventsOf(listing.kind, listing.id)),
    buildDate,
  );
  const name = scope.key === 'all' ? `${siteName} 신청 일정` : `${siteName} ${scope.name} 신청 일정`;
  return serializeCalendar(name, events);
}

export function scopeByKey(key: string): Scope | undefined {
  return scopesByKey.get(key);
}

export function calendarResponse(scope: Scope | undefined): Response {
  if (!scope) throw new Error('알 수 없는 달력 범위입니다.');
  return new Response(renderScopeCalendar(scope), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
}
