import { compareTitles } from './listing';
/**
 * RSS 2.0 and Atom feeds of new and updated entries. An entry's `updated` date (the day
 * an editor last checked it) is when it appears in a feed; Atom readers update an entry
 * in place by its id, and the RSS guid changes with `updated` so RSS readers show an
 * updated entry again instead of silently ignoring it.
 */

export const FEED_ITEM_LIMIT = 50;

export interface FeedItem {
  title: string;
  summary: string;
  /** Absolute URL of the entry's page. */
  url: string;
  /** YYYY-MM-DD */
  updated: string;
  /** Category label, e.g. 주거. */
  category: string;
  /** Extra lines for the description: status, period, regions. */
  details: readonly string[];
}

export interface Feed {
  title: string;
  description: string;
  /** Absolute URL of the HTML page the feed mirrors. */
  siteUrl: string;
  /** Absolute URL of this feed file. */
  feedUrl: string;
  /** Who publishes the feed (the site name); Atom requires an author. */
  author: string;
  /** Build date, YYYY-MM-DD; used when the feed has no items. */
  buildDate: string;
  items: readonly FeedItem[];
}

/** Text and attribute values: the five XML special characters, and no control characters XML forbids. */
export function escapeXml(value: string): string {
  return (
    value
      // biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids these characters; removing them is the point.
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

/** Newest `updated` first, ties by title; at most `limit` items. */
export function selectFeedItems<T extends { updated: string; title: string }>(
  entries: readonly T[],
  limit = FEED_ITEM_LIMIT,
): T[] {
  return [...entries]
    .sort((a, b) => b.updated.localeCompare(a.updated) || compareTitles(a.title, b.title))
    .slice(0, limit);
}

/** The most recent `updated` of the items, or the build date for an empty feed. */
export function feedUpdated(feed: Feed): string {
  return (
    feed.items
      .map((item) => item.updated)
      .sort()
      .at(-1) ?? feed.buildDate
  );
}

const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 822 date of a Seoul calendar day at 00:00 KST, as RSS 2.0 requires. */
export function rfc822Date(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  const dd = String(day.getUTCDate()).padStart(2, '0');
  return `${weekdays[day.getUTCDay()]}, ${dd} ${months[day.getUTCMonth()]} ${day.getUTCFullYear()} 00:00:00 +0900`;
}

/** RFC 3339 timestamp of a Seoul calendar day at 00:00 KST, for Atom. */
export function rfc3339Date(date: string): string {
  return `${date}T00:00:00+09:00`;
}

function description(item: FeedItem): string {
  return [item.summary, ...item.details].join('\n');
}

export function renderRss(feed: Feed): string {
  const items = feed.items.map((item) =>
    [
      '    <item>',
      `      <title>${escapeXml(item.title)}</title>`,
      `      <link>${escapeXml(item.url)}</link>`,
      `      <guid isPermaLink="false">${escapeXml(`${item.url}#updated-${item.updated}`)}</guid>`,
      `      <pubDate>${rfc822Date(item.updated)}</pubDate>`,
      `      <category>${escapeXml(item.category)}</category>`,
      `      <description>${escapeXml(description(item))}</description>`,
      '    </item>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${escapeXml(feed.title)}</title>`,
    `    <link>${escapeXml(feed.siteUrl)}</link>`,
    `    <description>${escapeXml(feed.description)}</description>`,
    '    <language>ko</language>',
    `    <lastBuildDate>${rfc822Date(feedUpdated(feed))}</lastBuildDate>`,
    `    <atom:link href="${escapeXml(feed.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}

export function renderAtom(feed: Feed): string {
  const entries = feed.items.map((item) =>
    [
      '  <entry>',
      `    <title>${escapeXml(item.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(item.url)}"/>`,
      `    <id>${escapeXml(item.url)}</id>`,
      `    <updated>${rfc3339Date(item.updated)}</updated>`,
      `    <category term="${escapeXml(item.category)}"/>`,
      `    <summary>${escapeXml(description(item))}</summary>`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ko">',
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <subtitle>${escapeXml(feed.description)}</subtitle>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.siteUrl)}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.feedUrl)}"/>`,
    `  <id>${escapeXml(feed.feedUrl)}</id>`,
    `  <updated>${rfc3339Date(feedUpdated(feed))}</updated>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
