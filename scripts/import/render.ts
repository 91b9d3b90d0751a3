import { createHash } from 'node:crypto';
import { Document } from 'yaml';
import type { CenterData } from '../../src/schemas/center';
import type { OrganizationData } from '../../src/schemas/organization';
import type { PolicyData } from '../../src/schemas/policy';
import { splitEntry } from '../lib/content-files';
import { quoteAmbiguousStrings } from '../lib/content-yaml';

/**
 * Files as the importer writes them, and the fingerprint that tells a re-import whether
 * an editor has changed a file since: `source.importHash` is a hash of the file's text
 * without that line. An editor who changes anything (even `updated`) changes the text, so
 * the next import keeps their version.
 */

const hashLine = /^[ \t]*importHash:[^\n]*\n/m;
const placeholder = '0000000000000000';

/**
 * YAML that reads back as the data meant, under the build's js-yaml and YAML 1.1 alike:
 * strings such as `yes`, `0057001` or `0o17` are quoted (scripts/lib/content-yaml.ts).
 */
const yaml = (data: unknown) =>
  quoteAmbiguousStrings(new Document(data, { version: '1.1' })).toString({ lineWidth: 0 });

/** The hash of a file's text without its `importHash` line (line endings normalised). */
export function importHashOf(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n/g, '\n').replace(hashLine, '')).digest('hex').slice(0, 16);
}

/** The `source.importHash` a file carries, if any. */
export function storedImportHash(text: string): string | undefined {
  const frontmatter = splitEntry(text).frontmatter ?? '';
  return /^[ \t]+importHash:[ \t]*['"]?([0-9a-f]{16})['"]?[ \t]*$/m.exec(frontmatter)?.[1];
}

/** Field order of the content model, so files read the same as hand-written ones. */
const policyFields = [
  'title',
  'summary',
  'category',
  'tags',
  'provider',
  'regions',
  'eligibility',
  'application',
  'support',
  'source',
  'updated',
  'draft',
] as const;
const centerFields = ['name', 'kind', 'region', 'address', 'phone', 'hours', 'url', 'source', 'updated'] as const;

function ordered<Data extends object>(data: Data, keys: readonly (keyof Data)[]): Record<string, unknown> {
  return Object.fromEntries(keys.flatMap((key) => (data[key] === undefined ? [] : [[key, data[key]]])));
}

/** An entry file with its fingerprint in `source.importHash`. */
function renderWithHash(frontmatter: Record<string, unknown>, body: string): string {
  const text = `---\n${yaml(frontmatter)}---\n${body.trim() === '' ? '' : `\n${body.trim()}\n`}`;
  const hash = importHashOf(text);
  // Always quoted: YAML 1.1 reads hashes like `1234e567…` or all digits as numbers.
  return text.replace(/importHash: "?0{16}"?/, `importHash: "${hash}"`);
}

/** A policy file with its fingerprint. */
export function renderPolicyFile(data: PolicyData, body: string): string {
  const source = { ...data.source, importHash: placeholder };
  return renderWithHash(ordered({ ...data, source }, policyFields), body);
}

/** A centre file with its fingerprint. */
export function renderCenterFile(data: CenterData, body: string): string {
  const source = { ...data.source, importHash: placeholder };
  return renderWithHash(ordered({ ...data, source }, centerFields), body);
}

export function renderOrganizationFile(data: OrganizationData): string {
  return `# 가져오기 도구가 만든 기관입니다. 이름과 종류(kind)를 확인하세요.\n${yaml(data)}`;
}
