import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type Document, isAlias, parseDocument, visit } from 'yaml';
import { type CollectionName, contentLayout, folderCollections, hasCollectionExtension } from '../../src/collections';
import { idFromPath, isIgnoredPath } from '../../src/lib/ids';
import type { Region } from '../../src/lib/regions';
import { readYamlData } from './content-yaml';
import { splitEntry } from './entry-text';

export { type EntryText, splitEntry } from './entry-text';

import { decodeContent, type LimitProblem, MAX_FILE_BYTES, yamlLimitProblem } from './content-limits';

/** YAML aliases (`*name`) can multiply a few lines into gigabytes; content never needs them. */
export const ALIAS_MESSAGE = 'YAML 별칭(&이름, *이름)은 쓸 수 없습니다. 값을 그대로 다시 적으세요.';

/** The first alias of a document, if any. */
export function firstAlias(document: Document): { range?: [number, number, number] | null } | undefined {
  let found: { range?: [number, number, number] | null } | undefined;
  visit(document, {
    Alias(_key, node) {
      found = node;
      return visit.BREAK;
    },
  });
  return found;
}
const hasAlias = (document: Document) => firstAlias(document) !== undefined || isAlias(document.contents);

/**
 * The one reader of content files on disk, for every tool (validator, importers, link
 * checker, new-entry, tests): which files the build would load, each file's id, and its
 * frontmatter and body with the line each starts on, so problems can be reported as
 * positions in the file.
 */

export interface ContentFile {
  collection: CollectionName;
  /** Path under the content root, `/`-separated: `policies/gwangju/rent.mdx`. */
  path: string;
  /** Path shown to editors, relative to the working directory: `content/policies/gwangju/rent.mdx`. */
  file: string;
  /** Path under the collection folder without the extension (`gwangju/rent`); `regions` for regions.yaml. */
  id: string;
  text: string;
  /** Why the file was not read (too big, not UTF-8, …); `text` is then empty. */
  readProblem?: LimitProblem;
}

/** A content file with its YAML (whole file, or the frontmatter of an entry) parsed. */
export interface ParsedFile extends ContentFile {
  data: Record<string, unknown>;
}

/** Every file of a content tree the build would load, in a stable order. */
export function listContentFiles(root: string): ContentFile[] {
  const files: ContentFile[] = [];
  const regionsPath = contentLayout.regions.location.file;
  if (existsSync(join(root, regionsPath))) files.push(readContentFile(root, 'regions', regionsPath));
  for (const collection of folderCollections) {
    const { folder } = contentLayout[collection].location;
    const base = join(root, folder);
    if (!existsSync(base)) continue;
    const paths = (readdirSync(base, { recursive: true }) as string[])
      .map((path) => path.split('\\').join('/'))
      .filter((path) => hasCollectionExtension(collection, path) && !isIgnoredPath(path))
      .sort();
    for (const path of paths) files.push(readContentFile(root, collection, `${folder}/${path}`));
  }
  return files;
}

function readContentFile(root: string, collection: CollectionName, path: string): ContentFile {
  const file = { collection, path, file: relative(process.cwd(), join(root, path)), id: idOfPath(collection, path) };
  const bytes =
    statSync(join(root, path)).size > MAX_FILE_BYTES
      ? new Uint8Array(MAX_FILE_BYTES + 1)
      : readFileSync(join(root, path));
  const decoded = decodeContent(bytes);
  return 'problem' in decoded ? { ...file, text: '', readProblem: decoded.problem } : { ...file, text: decoded.text };
}

/** A file the reader refused, or whose YAML cannot be read: the Korean reason and where. */
export class ContentReadError extends Error {
  constructor(
    readonly file: string,
    readonly problem: LimitProblem,
  ) {
    super(`${file}:${problem.line}:${problem.column}  ${problem.message}`);
  }
}

function idOfPath(collection: CollectionName, path: string): string {
  const { location } = contentLayout[collection];
  return 'folder' in location ? idFromPath(path.slice(location.folder.length + 1)) : collection;
}

/**
 * The data of a YAML text as the build reads it (js-yaml, content-yaml.ts): unquoted
 * dates become Dates. Nesting is bounded and aliases refused (content-limits.ts,
 * yaml-source.ts); a problem is thrown as a ContentReadError naming `file`.
 */
export function parseYaml(text: string, file = '(YAML)'): unknown {
  const limit = yamlLimitProblem(text);
  if (limit !== undefined) throw new ContentReadError(file, limit);
  const document = parseDocument(text, { version: '1.1', prettyErrors: false });
  const failure = document.errors[0] ?? (hasAlias(document) ? 'alias' : undefined);
  if (failure !== undefined) {
    const line = failure === 'alias' ? 1 : text.slice(0, failure.pos[0]).split('\n').length;
    throw new ContentReadError(file, {
      line,
      column: 1,
      message:
        failure === 'alias'
          ? ALIAS_MESSAGE
          : 'YAML 문법 오류가 있습니다. npm run validate로 줄 번호와 고칠 점을 확인하세요.',
    });
  }
  try {
    return readYamlData(text);
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    throw new ContentReadError(file, {
      line: (mark?.line ?? 0) + 1,
      column: 1,
      message: 'YAML 문법 오류가 있습니다. npm run validate로 줄 번호와 고칠 점을 확인하세요.',
    });
  }
}

const isYamlFile = (path: string) => /\.ya?ml$/.test(path);

/** The data of a file: the whole YAML file, or an entry's frontmatter (`{}` when unreadable). */
export function dataOf(path: string, text: string, file = path): Record<string, unknown> {
  const yaml = isYamlFile(path) ? text : splitEntry(text).frontmatter;
  const data = yaml === undefined ? undefined : parseYaml(yaml, file);
  return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

/** The folder collection a path under the content root belongs to, if any. */
export function collectionOfPath(path: string): CollectionName | undefined {
  return folderCollections.find((name) => path.startsWith(`${contentLayout[name].location.folder}/`));
}

/**
 * A file that is not on disk yet (an importer's write), parsed as the reader would;
 * `file` is the path editors will see.
 */
export function parseContentFile(path: string, text: string, file = path): ParsedFile {
  const collection = collectionOfPath(path) ?? 'regions';
  return { collection, path, file, id: idOfPath(collection, path), text, data: dataOf(path, text) };
}

export interface ContentTree {
  regions: Region[];
  organizations: ParsedFile[];
  centers: ParsedFile[];
  policies: ParsedFile[];
  programs: ParsedFile[];
}

/**
 * A whole content tree with every file parsed, grouped by collection. The regions file
 * must exist: without it the folder is not a content tree.
 */
export function readContentTree(root: string): ContentTree {
  const files = listContentFiles(root);
  const regionsFile = files.find((file) => file.collection === 'regions');
  if (regionsFile === undefined)
    throw new Error(`${join(root, 'regions.yaml')}이(가) 없습니다. CONTENT_DIR이 콘텐츠 폴더를 가리키는지 확인하세요.`);
  const refused = files.find((file) => file.readProblem !== undefined);
  if (refused?.readProblem !== undefined) throw new ContentReadError(refused.file, refused.readProblem);
  const regions = parseYaml(regionsFile.text, regionsFile.file);
  const parsed = (collection: CollectionName) =>
    files
      .filter((file) => file.collection === collection)
      .map((file) => ({ ...file, data: dataOf(file.path, file.text, file.file) }));
  return {
    regions: Array.isArray(regions) ? (regions as Region[]) : [],
    organizations: parsed('organizations'),
    centers: parsed('centers'),
    policies: parsed('policies'),
    programs: parsed('programs'),
  };
}
