import { Document, isScalar, isSeq, parse, visit } from 'yaml';
import { splitEntry } from '../lib/entry-text';

/**
 * The file format the CMS reads and writes entries with (registered in the browser as
 * `kept-frontmatter`). Sveltia CMS would rewrite a whole file on every save: keys in its
 * own order, `[a, b]` lists as blocks, the body re-wrapped. A reviewer would then see a
 * pull request that touches every line when an editor changed one sentence. Here a saved
 * file keeps every top-level field that did not change exactly as it was written (text,
 * order, comments), changed fields are written in place, new ones added at the end, and
 * the body is kept unless its words changed.
 */

export type EntryData = Record<string, unknown> & { body?: string };

const topLevelKey = /^([A-Za-z_][\w-]*)\s*:/;

/** The original text of each file the CMS read, to borrow its formatting on save. */
const originals: string[] = [];

export function parseEntry(text: string): EntryData {
  const { frontmatter, body } = splitEntry(text);
  if (frontmatter === undefined) return { body: text };
  originals.push(text);
  const data = (parse(frontmatter) ?? {}) as Record<string, unknown>;
  return { ...data, body: body.replace(/^\r?\n/, '') };
}

/** JSON with sorted keys, so two values compare equal whatever order the CMS kept keys in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, child]) => child !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, child]) => `${JSON.stringify(key)}:${canonical(child)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** `key: …` blocks of a frontmatter, each with the lines under it. */
function blocks(frontmatter: string): { key: string; text: string }[] {
  const result: { key: string; text: string }[] = [];
  for (const line of frontmatter.split(/\r?\n/)) {
    const key = topLevelKey.exec(line)?.[1];
    const last = result.at(-1);
    if (key !== undefined || !last) result.push({ key: key ?? '', text: line });
    else last.text += `\n${line}`;
  }
  return result;
}

/** One field as YAML, short lists of words on one line as the sample content writes them. */
function fieldYaml(key: string, value: unknown): string {
  const document = new Document({ [key]: value });
  visit(document, {
    Seq(_, node) {
      if (isSeq(node) && node.items.every((item) => isScalar(item) && String(item.value).length <= 30))
        node.flow = true;
    },
  });
  return document.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd();
}

const words = (text: string) => text.replace(/\s+/g, '');

function closestOriginal(
  data: EntryData,
): { fields: Record<string, unknown>; blocks: ReturnType<typeof blocks>; body: string } | undefined {
  let best:
    | { score: number; fields: Record<string, unknown>; blocks: ReturnType<typeof blocks>; body: string }
    | undefined;
  for (const text of originals) {
    const { frontmatter = '', body } = splitEntry(text);
    const fields = (parse(frontmatter) ?? {}) as Record<string, unknown>;
    const keys = new Set([...Object.keys(fields), ...Object.keys(data).filter((key) => key !== 'body')]);
    const same = [...keys].filter((key) => canonical(fields[key]) === canonical(data[key])).length;
    const score = same / Math.max(keys.size, 1);
    if (score >= 0.5 && (!best || score > best.score)) {
      best = { score, fields, blocks: blocks(frontmatter), body: body.replace(/^\r?\n/, '') };
    }
  }
  return best;
}

// `false` is empty too: every yes/no field of the content model means "required when true".
const isEmpty = (value: unknown): boolean =>
  value === undefined ||
  value === false ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && !Array.isArray(value) && Object.values(value as object).every(isEmpty));

/** Drops empty optional values the form keeps (`[]`, `''`, `{}`): the validator refuses them. */
export function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .map(([key, child]) => [key, withoutEmpty(child)] as const)
        .filter(([, child]) => !isEmpty(child)),
    );
  }
  return value;
}

export function formatEntry(input: EntryData): string {
  const { body = '', ...rest } = input;
  const data = withoutEmpty(rest) as Record<string, unknown>;
  const original = closestOriginal(input);
  const lines: string[] = [];
  const written = new Set<string>();
  for (const block of original?.blocks ?? []) {
    if (block.key === '') lines.push(block.text);
    else if (!(block.key in data)) continue;
    else if (canonical(original?.fields[block.key]) === canonical(data[block.key])) lines.push(block.text);
    else lines.push(fieldYaml(block.key, data[block.key]));
    written.add(block.key);
  }
  // New fields go after the others; the day of checking closes a new file, as in the samples.
  const last = ['updated', 'draft'];
  const added = Object.keys(data)
    .filter((key) => !written.has(key))
    .sort((a, b) => Number(last.includes(a)) - Number(last.includes(b)));
  for (const key of added) lines.push(fieldYaml(key, data[key]));
  const keptBody = original && words(original.body) === words(body) ? original.body : body;
  return `---\n${lines.join('\n')}\n---\n\n${keptBody.replace(/^\n+/, '').replace(/\n*$/, '\n')}`;
}
