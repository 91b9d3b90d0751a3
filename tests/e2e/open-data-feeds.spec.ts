import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { content, expect, regionsWithPages, test } from './fixtures';
import { e2eSites } from './sites.mjs';

// Every open data file, feed and calendar of the built test site, read from disk and
// checked with independent parsers. No browser needed, so these run once (@phone-only).
const outDir = e2eSites.root.env.OUT_DIR;
const filesUnder = (folder: string, extension: string) =>
  (readdirSync(join(outDir, folder), { recursive: true }) as string[])
    .filter((path) => path.endsWith(extension))
    .map((path) => join(outDir, folder, path));
const read = (path: string) => readFileSync(path, 'utf8');
const published = (entries: typeof content.policies) => entries.filter((entry) => entry.data.draft !== true);

test.describe('open data @phone-only', () => {
  const counts = {
    policies: published(content.policies).length,
    programs: published(content.programs).length,
    centers: content.centers.length,
    regions: content.regions.length,
  };

  for (const [name, count] of Object.entries(counts)) {
    test(`/api/${name}.json has every item, a version, and matches /api/schema/${name}.json`, () => {
      const data = JSON.parse(read(join(outDir, 'api', `${name}.json`)));
      const schema = JSON.parse(read(join(outDir, 'api', 'schema', `${name}.json`)));
      expect(data.version).toBe(1);
      expect(data.items).toHaveLength(count);
      const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
      const validate = ajv.compile(schema);
      expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      // The schema is strict: a field nobody documented fails validation.
      expect(validate({ ...data, items: [{ ...data.items[0], undocumented: true }] })).toBe(false);
    });
  }
});

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

test.describe('feeds @phone-only', () => {
  const rss = filesUnder('feeds', 'rss.xml');
  const atom = filesUnder('feeds', 'atom.xml');

  test('there is a site-wide feed, one per category and one per region with a page, in both formats', () => {
    const expected = 1 + 5 + regionsWithPages.size;
    expect(rss).toHaveLength(expected);
    expect(atom).toHaveLength(expected);
  });

  test('every RSS feed is well-formed RSS 2.0 with the required elements', () => {
    for (const file of rss) {
      const text = read(file);
      expect(SyntaxValidator.validate(text), relative(outDir, file)).toBe(true);
      const channel = parser.parse(text).rss.channel;
      expect(parser.parse(text).rss['@version']).toBe('2.0');
      for (const field of ['title', 'link', 'description']) expect(channel[field], `${file} ${field}`).toBeTruthy();
      for (const item of asArray(channel.item)) {
        for (const field of ['title', 'link', 'guid', 'pubDate', 'description'])
          expect(item[field], `${file} ${field}`).toBeTruthy();
        expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
      }
    }
  });

  test('every Atom feed is well-formed with id, title, updated and entries that link to our pages', () => {
    for (const file of atom) {
      const text = read(file);
      expect(SyntaxValidator.validate(text), relative(outDir, file)).toBe(true);
      const feed = parser.parse(text).feed;
      expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
      for (const field of ['id', 'title', 'updated', 'author']) expect(feed[field], `${file} ${field}`).toBeTruthy();
      const pageUrl = new RegExp(`^${e2eSites.root.env.SITE_URL}/(policies|programs)/`);
      const broken = asArray(feed.entry).filter(
        (entry: Record<string, string>) =>
          !pageUrl.test(entry.id ?? '') || Number.isNaN(Date.parse(entry.updated ?? '')),
      );
      expect(broken, file).toEqual([]);
    }
  });

  test('a region feed includes what its city and the whole country offer', () => {
    const feed = parser.parse(read(join(outDir, 'feeds/regions/gwangju-seogu/atom.xml'))).feed;
    const ids = asArray(feed.entry).map((entry: { id: string }) => entry.id);
    const cityWide = published(content.policies).find((policy) =>
      (policy.data.regions as string[]).includes('gwangju'),
    );
    if (!cityWide) throw new Error('no city-wide policy in the sample');
    expect(ids).toContain(`${e2eSites.root.env.SITE_URL}/policies/${cityWide.id}/`);
  });
});

/**
 * Content lines of an iCalendar file (unfolded), and what breaks RFC 5545 in it. Problems
 * are collected and asserted once: thousands of expect() calls would take minutes.
 */
function readCalendar(file: string): { lines: string[]; problems: string[] } {
  const text = read(file);
  const problems: string[] = [];
  if (!text.endsWith('\r\n')) problems.push('does not end with CRLF');
  const encoder = new TextEncoder();
  for (const line of text.slice(0, -2).split('\r\n')) {
    if (/[\r\n]/.test(line)) problems.push(`bare line break: ${line}`);
    if (encoder.encode(line).length > 75) problems.push(`longer than 75 octets: ${line}`);
  }
  const lines = text
    .slice(0, -2)
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n');
  for (const line of lines) if (!/^[A-Z][A-Z0-9-]*(;[^:]+)?:/.test(line)) problems.push(`not a content line: ${line}`);
  return { lines, problems };
}

test.describe('calendar subscriptions @phone-only', () => {
  const calendars = filesUnder('calendar', '.ics').filter((file) => !/calendar\/(policies|programs)\//.test(file));

  test('there is one for everything, each category and each region with a page', () => {
    expect(calendars).toHaveLength(1 + 5 + regionsWithPages.size);
  });

  test('every file follows RFC 5545: folded lines, balanced components, required properties, unique UIDs', () => {
    const problems: string[] = [];
    for (const file of calendars) {
      const { lines, problems: lineProblems } = readCalendar(file);
      problems.push(...lineProblems.map((problem) => `${file}: ${problem}`));
      if (lines[0] !== 'BEGIN:VCALENDAR' || lines.at(-1) !== 'END:VCALENDAR')
        problems.push(`${file}: not one VCALENDAR`);
      if (!lines.includes('VERSION:2.0') || !lines.some((line) => line.startsWith('PRODID:'))) {
        problems.push(`${file}: no VERSION or PRODID`);
      }
      const stack: string[] = [];
      const uids: string[] = [];
      let event: string[] = [];
      for (const line of lines) {
        if (line.startsWith('BEGIN:')) stack.push(line.slice(6));
        if (line === 'BEGIN:VEVENT') event = [];
        event.push(line);
        if (line.startsWith('END:') && stack.pop() !== line.slice(4)) problems.push(`${file}: unbalanced ${line}`);
        if (line === 'END:VEVENT') {
          for (const name of ['UID:', 'DTSTAMP:', 'DTSTART', 'SUMMARY:']) {
            if (!event.some((property) => property.startsWith(name))) problems.push(`${file}: event without ${name}`);
          }
          uids.push(event.find((property) => property.startsWith('UID:')) ?? '');
        }
      }
      if (stack.length > 0) problems.push(`${file}: ${stack.join(', ')} not closed`);
      if (new Set(uids).size !== uids.length) problems.push(`${file}: duplicate UIDs`);
    }
    expect(problems).toEqual([]);
  });

  test('the same event has the same UID in every subscription, so calendar apps update it', () => {
    const uidsOf = (file: string) =>
      readCalendar(join(outDir, 'calendar', file)).lines.filter((line) => line.startsWith('UID:'));
    const all = new Set(uidsOf('all.ics'));
    const region = uidsOf('regions/gwangju-seogu.ics');
    expect(region.length).toBeGreaterThan(0);
    for (const uid of region) expect(all.has(uid), uid).toBe(true);
  });
});
