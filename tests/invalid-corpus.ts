import { readFileSync } from 'node:fs';
import { listContentFiles } from '../scripts/lib/content-files';
import { decodeContent } from '../scripts/lib/content-limits';
import type { Collection, ContentSource } from '../scripts/validate/validate-tree';

/**
 * The bad-input corpus (`tests/fixtures/invalid/`): each file breaks one rule. A case is
 * the valid minimal tree plus that one file (a `regions/*.yaml` file replaces the tree's
 * regions.yaml), so the file's problem is the only one.
 */
export const corpusRoot = 'tests/fixtures/invalid';
export const validTree = 'tests/fixtures/trees/minimal';

export function corpusCase(path: string): ContentSource[] {
  const file = `${corpusRoot}/${path}`;
  // Through the reader's own decoding, so encoding cases are judged as on disk.
  const decoded = decodeContent(readFileSync(file));
  const read = 'text' in decoded ? { text: decoded.text } : { text: '', readProblem: decoded.problem };
  const base = listContentFiles(validTree);
  const folder = path.replace(/^warnings\//, '').split('/')[0] ?? '';
  if (folder === 'regions') {
    return [
      { collection: 'regions', path, file, id: 'regions', ...read },
      ...base.filter((source) => source.collection !== 'regions'),
    ];
  }
  const id = path
    .replace(/^warnings\//, '')
    .split('/')
    .slice(1)
    .join('/')
    .replace(/\.(mdx?|ya?ml)$/, '');
  return [...base, { collection: folder as Collection, path, file, id, ...read }];
}
