// Builds the Pagefind search index of a built site, through Pagefind's Node API, into
// <site>/pagefind/. Only what entry pages mark with data-pagefind-body is indexed; the
// extra Korean terms come from src/components/SearchMeta.astro.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Bytes, file count and HTML file count of a folder, recursively. @param {string} dir */
export async function folderSize(dir) {
  let bytes = 0;
  let files = 0;
  let htmlFiles = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
    files += 1;
    if (entry.name.endsWith('.html')) htmlFiles += 1;
  }
  return { bytes, files, htmlFiles };
}

/**
 * @param {string} siteDir the built site
 * @returns {Promise<{ pages: number, seconds: number, bytes: number, files: number }>}
 */
export async function buildSearchIndex(siteDir) {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ko' });
  if (!index) throw new Error(`검색 색인을 만들 수 없습니다: ${errors.join('; ')}`);
  try {
    // Only the folders of the pages that mark data-pagefind-body (policies, programs,
    // centers): Pagefind would otherwise read every list, region and embed page only to
    // find nothing to index, about half of its time on a large catalogue.
    const added = await index.addDirectory({ path: siteDir, glob: '{policies,programs,centers}/**/*.html' });
    if (added.errors.length > 0) throw new Error(`검색 색인 오류: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`검색 색인을 쓰지 못했습니다: ${written.errors.join('; ')}`);
    await preloadSearchFiles(siteDir);
    const seconds = (performance.now() - started) / 1000;
    const { bytes, files } = await folderSize(join(siteDir, 'pagefind'));
    return { pages: added.page_count, seconds, bytes, files };
  } finally {
    await pagefind.close();
  }
}

/**
 * Tells the search page, in its <head>, every file Pagefind fetches before it can search
 * (its script, the WebAssembly, the entry and the metadata), so the browser fetches them
 * together while the page renders rather than one after another: five round trips to
 * one, about 8 s on a slow 3G connection. The names are known only once the index is
 * written. `data-pagefind-version` becomes Pagefind's `metaCacheTag` (src/client/pagefind.ts):
 * the entry file is asked for as ?ts=<index hash>, which changes only with the index.
 * @param {string} siteDir
 */
export async function preloadSearchFiles(siteDir) {
  const entry = JSON.parse(await readFile(join(siteDir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
  const [language] = Object.values(entry.languages);
  if (!language) return;
  const file = join(siteDir, 'search', 'index.html');
  const html = await readFile(file, 'utf8').catch(() => undefined);
  if (html === undefined) return;
  // Relative to /search/, so the links hold under any base path.
  const links = [
    ...(await importedModules(siteDir, html)).map((path) => `<link rel="modulepreload" href="..${path}">`),
    '<link rel="modulepreload" href="../pagefind/pagefind.js" fetchpriority="low">',
    // The search runs in Pagefind's worker (src/client/pagefind.ts); a worker's script cannot be preloaded, only prefetched into the cache.
    '<link rel="prefetch" href="../pagefind/pagefind-worker.js">',
    `<link rel="preload" href="../pagefind/pagefind-entry.json?ts=${language.hash}" as="fetch" crossorigin="anonymous" fetchpriority="low" data-pagefind-version="${language.hash}">`,
    `<link rel="preload" href="../pagefind/pagefind.${language.hash}.pf_meta" as="fetch" crossorigin="anonymous" fetchpriority="low">`,
    `<link rel="preload" href="../pagefind/wasm.${language.wasm ?? 'unknown'}.pagefind" as="fetch" crossorigin="anonymous" fetchpriority="low">`,
  ].join('');
  await writeFile(file, html.replace('</head>', `${links}</head>`));
}

/**
 * The page's own module scripts and every module they import, transitively (search.js
 * imports paths.js, which imports vocabulary.js): the browser finds an import only once
 * the module that names it has arrived, one more round trip each (2 s apiece on Slow 3G),
 * and Chromium holds back body scripts while the stylesheet loads.
 * @param {string} siteDir
 * @param {string} html
 */
export async function importedModules(siteDir, html) {
  const found = new Set();
  const queue = [...html.matchAll(/<script type="module" src="[^"]*?(\/_astro\/[^"]+)"/g)].map(([, src]) => src);
  while (queue.length > 0) {
    const path = queue.shift();
    if (found.has(path)) continue;
    found.add(path);
    const code = await readFile(join(siteDir, path), 'utf8').catch(() => '');
    for (const [, name] of code.matchAll(/(?:import|from)\s*"\.\/([^"]+\.js)"/g)) queue.push(`/_astro/${name}`);
  }
  return [...found];
}
