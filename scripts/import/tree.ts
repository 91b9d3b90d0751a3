import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Region } from '../../src/lib/regions';

/** A content tree read from disk the way the build reads it (YAML 1.1 frontmatter). */
export interface TreeFile {
  /** Relative to the content root, `/`-separated. */
  path: string;
  text: string;
  data: Record<string, unknown>;
}

export interface ContentFiles {
  regions: Region[];
  organizations: TreeFile[];
  centers: TreeFile[];
  policies: TreeFile[];
  programs: TreeFile[];
}

export const parseYaml = (text: string): unknown => parse(text, { version: '1.1' });

export function frontmatterOf(text: string): Record<string, unknown> {
  const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  const data = block === undefined ? {} : parseYaml(block);
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
}

export function parseFile(path: string, text: string): TreeFile {
  const isYaml = /\.ya?ml$/.test(path);
  const data = isYaml ? parseYaml(text) : frontmatterOf(text);
  return { path, text, data: typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {} };
}

function filesUnder(root: string, folder: string, extensions: RegExp): TreeFile[] {
  const base = join(root, folder);
  if (!existsSync(base)) return [];
  return (readdirSync(base, { recursive: true }) as string[])
    .map((path) => path.split('\\').join('/'))
    .filter((path) => extensions.test(path) && !path.split('/').at(-1)?.startsWith('_'))
    .sort()
    .map((path) => parseFile(`${folder}/${path}`, readFileSync(join(base, path), 'utf8')));
}

export function readContentFiles(root: string): ContentFiles {
  const regionsPath = join(root, 'regions.yaml');
  if (!existsSync(regionsPath))
    throw new Error(`${regionsPath}이(가) 없습니다. CONTENT_DIR이 콘텐츠 폴더를 가리키는지 확인하세요.`);
  const regions = parseYaml(readFileSync(regionsPath, 'utf8'));
  return {
    regions: Array.isArray(regions) ? (regions as Region[]) : [],
    organizations: filesUnder(root, 'organizations', /\.ya?ml$/),
    centers: filesUnder(root, 'centers', /\.mdx?$/),
    policies: filesUnder(root, 'policies', /\.mdx?$/),
    programs: filesUnder(root, 'programs', /\.mdx?$/),
  };
}

/** An entry's id: its path under the collection folder without the extension. */
export const idOf = (file: TreeFile) => file.path.replace(/^[^/]+\//, '').replace(/\.(mdx?|ya?ml)$/, '');
