import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectionOfPath, listContentFiles, parseContentFile, readContentTree } from '../../scripts/lib/content-files';
import { collectionGlob, locationDescription } from '../../src/collections';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'content-files-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const entry = (title: string) => `---\ntitle: ${title}\n---\n\n본문\n`;

describe('the content reader', () => {
  const root = tree({
    'regions.yaml': '- id: kr\n  name: 전국\n  code: "00"\n',
    'organizations/city.yaml': 'name: 시청\nkind: city\n',
    'policies/gwangju/rent.mdx': entry('월세'),
    'policies/gwangju/_draft.md': entry('초안'),
    'policies/notes.txt': 'not content',
    'programs/course.md': entry('강좌'),
    'centers/center.md': entry('센터'),
  });

  it('reads the files the build loads, with ids from their paths, and skips _ files and other extensions', () => {
    const files = listContentFiles(root).map(({ collection, path, id }) => ({ collection, path, id }));
    expect(files).toEqual([
      { collection: 'regions', path: 'regions.yaml', id: 'regions' },
      { collection: 'organizations', path: 'organizations/city.yaml', id: 'city' },
      { collection: 'centers', path: 'centers/center.md', id: 'center' },
      { collection: 'policies', path: 'policies/gwangju/rent.mdx', id: 'gwangju/rent' },
      { collection: 'programs', path: 'programs/course.md', id: 'course' },
    ]);
  });

  it('parses every file of a tree, grouped by collection', () => {
    const content = readContentTree(root);
    expect(content.regions).toEqual([{ id: 'kr', name: '전국', code: '00' }]);
    expect(content.policies.map((file) => file.data.title)).toEqual(['월세']);
    expect(content.organizations[0]?.data).toEqual({ name: '시청', kind: 'city' });
  });

  it('says in Korean when a folder is not a content tree', () => {
    expect(() => readContentTree(tree({ 'policies/a.md': entry('a') }))).toThrow(/regions\.yaml이\(가\) 없습니다/);
  });

  it('parses a file that is not written yet as the reader would', () => {
    const file = parseContentFile('policies/ontong/r1.md', entry('가져온 정책'));
    expect(file).toMatchObject({ collection: 'policies', id: 'ontong/r1', data: { title: '가져온 정책' } });
    expect(collectionOfPath('organizations/x.yaml')).toBe('organizations');
    expect(collectionOfPath('elsewhere/x.md')).toBeUndefined();
  });
});

describe('the declared layout', () => {
  it('gives the Astro loaders and the field reference the same folders and extensions', () => {
    expect(collectionGlob('policies')).toBe('**/[^_]*.{md,mdx}');
    expect(collectionGlob('organizations')).toBe('**/[^_]*.{yaml,yml}');
    expect(locationDescription('policies')).toBe('`policies/**/<이름>.md` 또는 `.mdx`');
    expect(locationDescription('organizations')).toBe('`organizations/<id>.yaml`');
    expect(locationDescription('regions')).toBe('`regions.yaml`의 한 항목');
  });
});
