import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Pages and data files bounded by design: no file of the built site may grow with the whole
 * catalogue. A list is paged, a feed capped, a data file split, so at 10,000 or 50,000
 * entries every file stays under the same budget and a phone (or a municipal site's embed)
 * downloads what one view needs. `npm run budgets` checks every file; run it on a build of
 * a generated catalogue (scripts/generate-content.ts --entries 10000) to see what grows.
 */

/** Bytes, uncompressed: what a parser or a phone holds in memory. */
export const FILE_BUDGET = 300 * 1024;

/**
 * Outputs bounded by something else, and why. Everything else is held to FILE_BUDGET.
 * - pagefind/: Pagefind splits the index into chunks of its own and ships fixed-size scripts;
 *   its size is measured in docs/search.md.
 * - admin/: the CMS bundle, the same size whatever the content.
 * - sitemap-N.xml: for crawlers; @astrojs/sitemap starts a new file every 45,000 addresses.
 */
const boundedElsewhere = [/^pagefind\//, /^admin\//, /^sitemap-\d+\.xml$/];

export interface OversizedFile {
  path: string;
  bytes: number;
}

/** Every file of a built site over the budget, largest first, with its path under the site. */
export function oversizedFiles(root: string, budget = FILE_BUDGET): OversizedFile[] {
  const found: OversizedFile[] = [];
  for (const path of readdirSync(root, { recursive: true }) as string[]) {
    const name = path.split('\\').join('/');
    if (boundedElsewhere.some((pattern) => pattern.test(name))) continue;
    const stats = statSync(join(root, path));
    if (stats.isFile() && stats.size > budget) found.push({ path: name, bytes: stats.size });
  }
  return found.sort((a, b) => b.bytes - a.bytes);
}
