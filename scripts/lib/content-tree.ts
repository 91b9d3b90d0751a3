import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

/**
 * Reads a content tree the way the build does (YAML 1.1, so unquoted dates become
 * Date objects as in Astro's frontmatter parser), for tests that check every file.
 */

export interface ContentFile {
  id: string;
  filePath: string;
  data: Record<string, unknown>;
}

const parseYaml = (text: string) => parse(text, { version: '1.1' }) as unknown;

function filesUnder(root: string, folder: string, extensions: RegExp): ContentFile[] {
  const base = join(root, folder);
  return (readdirSync(base, { recursive: true }) as string[])
    .filter((path) => extensions.test(path) && !path.split('/').at(-1)?.startsWith('_'))
    .sort()
    .map((path) => {
      const text = readFileSync(join(base, path), 'utf8');
      const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
      const data =
        (path.endsWith('.md') || path.endsWith('.mdx') ? parseYaml(frontmatter ?? '') : parseYaml(text)) ?? {};
      return {
        id: path.replace(/\.(mdx?|ya?ml)$/, ''),
        filePath: relative(process.cwd(), join(base, path)),
        data: data as Record<string, unknown>,
      };
    });
}

export function readContentTree(root: string) {
  const regions = parseYaml(readFileSync(join(root, 'regions.yaml'), 'utf8')) as Record<string, unknown>[];
  return {
    regions,
    organizations: filesUnder(root, 'organizations', /\.ya?ml$/),
    centers: filesUnder(root, 'centers', /\.mdx?$/),
    policies: filesUnder(root, 'policies', /\.mdx?$/),
    programs: filesUnder(root, 'programs', /\.mdx?$/),
  };
}
