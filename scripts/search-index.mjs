// Builds the Pagefind search index of a built site, through Pagefind's Node API, into
// <site>/pagefind/. Only what entry pages mark with data-pagefind-body is indexed; the
// extra Korean terms come from src/components/SearchMeta.astro.
import { readdir, stat } from 'node:fs/promises';
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
    const seconds = (performance.now() - started) / 1000;
    const { bytes, files } = await folderSize(join(siteDir, 'pagefind'));
    return { pages: added.page_count, seconds, bytes, files };
  } finally {
    await pagefind.close();
  }
}
