import { test as base, expect } from '@playwright/test';
import { readContentTree } from '../../scripts/lib/content-files';
import { siteSettings } from '../../scripts/site-settings.mjs';

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
