import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Collection, ContentSource } from './validate-tree';

/**
 * Reads every file of a content tree the build would load (CONTENT-MODEL.md layout; files
 * starting with `_` are ignored), with paths shown relative to the working directory.
 */
const folders: { collection: Collection; folder: string; pattern: RegExp }[] = [
  { collection: 'organizations', folder: 'organizations', pattern: /\.ya?ml$/ },
  { collection: 'centers', folder: 'centers', pattern: /\.mdx?$/ },
  { collection: 'policies', folder: 'policies', pattern: /\.mdx?$/ },
  { collection: 'programs', folder: 'programs', pattern: /\.mdx?$/ },
];

export function readContentSources(root: string): ContentSource[] {
  const sources: ContentSource[] = [];
  const regionsFile = join(root, 'regions.yaml');
  if (existsSync(regionsFile)) {
    sources.push({
      collection: 'regions',
      file: relative(process.cwd(), regionsFile),
      id: 'regions',
      text: readFileSync(regionsFile, 'utf8'),
    });
  }
  for (const { collection, folder, pattern } of folders) {
    const base = join(root, folder);
    if (!existsSync(base)) continue;
    const paths = (readdirSync(base, { recursive: true }) as string[])
      .filter((path) => pattern.test(path) && !(path.split('/').at(-1) ?? '').startsWith('_'))
      .sort();
    for (const path of paths) {
      sources.push({
        collection,
        file: relative(process.cwd(), join(base, path)),
        id: path.replace(/\.(mdx?|ya?ml)$/, ''),
        text: readFileSync(join(base, path), 'utf8'),
      });
    }
  }
  return sources;
}
