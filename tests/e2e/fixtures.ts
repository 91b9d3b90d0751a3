import { test as base, expect } from '@playwright/test';
import { readContentTree } from '../../scripts/lib/content-files';
import { siteSettings } from '../../scripts/site-settings.mjs';
import { RegionTree } from '../../src/lib/regions';

/**
 * Browser tests never reach an outside address: every request that is not to the local
 * test servers is aborted, and the test fails if one was attempted by a page.
 */
export const test = base.extend<{ externalRequests: string[] }>({
  externalRequests: [
    async ({ context }, use) => {
      const attempted: string[] = [];
      await context.route(/^(?!http:\/\/(127\.0\.0\.1|localhost)[:/])/, (route) => {
        attempted.push(route.request().url());
        return route.abort('blockedbyclient');
      });
      await use(attempted);
      expect(attempted, 'pages must not load anything from outside the site').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The sample content the site under test was built from. */
export const content = readContentTree(siteSettings(process.env).contentDir);

/**
 * The regions with their own pages, feeds and calendars, by the site's own rule
 * (RegionTree.withPages): 전국, the 시·도, and the regions published entries and centers name.
 */
export const regionsWithPages = new RegionTree(content.regions).withPages([
  ...[...content.policies, ...content.programs]
    .filter((entry) => entry.data.draft !== true)
    .flatMap((entry) => (entry.data.regions as string[] | undefined) ?? []),
  ...content.centers.map((center) => String(center.data.region)),
]);

type Entry = (typeof content.policies)[number];

export function field<T>(entry: Entry, path: string): T {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)?.[key], entry.data) as T;
}

export function entryById(kind: 'policies' | 'programs', id: string): Entry {
  const entry = content[kind].find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`sample content has no ${kind}/${id}`);
  return entry;
}

/** Calendar date as a Seoul-noon moment, for page.clock. */
export const seoulNoon = (date: string) => new Date(`${date}T12:00:00+09:00`);
