import { load } from 'js-yaml';
import { type Document, isScalar, parse, visit } from 'yaml';

/**
 * The one reading of content YAML, for the validator, the importers and every tool: the
 * build's own. Astro reads frontmatter and .yaml files with js-yaml (YAML 1.2 with
 * timestamps), so every tool takes its data from js-yaml too. The `yaml` package still
 * reads the same text for what js-yaml cannot give: the line of each key, syntax errors
 * an editor can act on. A plain value that YAML 1.1 reads differently (`yes`, `0150`,
 * `1:30`, `1_000`, `0o17`) is refused: an editor or another tool may read it either way,
 * so it must be quoted or written plainly.
 */

/** The data of a YAML text exactly as the build reads it; throws js-yaml's error on bad YAML. */
export function readYamlData(text: string): unknown {
  return load(text);
}

/** Dates are read alike (Date either way) or checked as written by the validator. */
const isoDateLike = /^\d{4}-\d{1,2}-\d{1,2}/;
/** Only values that start like a number or are a word YAML 1.1 treats as true, false or null. */
const mayDiffer = /^[-+.\d]|^(?:y|n|yes|no|on|off|true|false|null)$/i;

const sameValue = (a: unknown, b: unknown) =>
  a instanceof Date && b instanceof Date
    ? a.getTime() === b.getTime()
    : a === b || (Number.isNaN(a) && Number.isNaN(b));

/** Whether a plain (unquoted) scalar means the same to YAML 1.1 and to the build's js-yaml. */
export function readsAlike(source: string): boolean {
  if (!mayDiffer.test(source) || isoDateLike.test(source)) return true;
  let build: unknown;
  try {
    build = load(source);
  } catch {
    return false;
  }
  return sameValue(build, parse(source, { version: '1.1' }));
}

/** The Korean fix for a plain value that YAML readers read differently. */
export function ambiguousValueMessage(source: string): string {
  const shown = source.length > 40 ? `${source.slice(0, 40)}…` : source;
  return `값 ${shown}은(는) YAML을 읽는 도구마다 다르게 읽힙니다(예: 0150은 150 또는 104, yes는 참 또는 글자). 글자라면 따옴표로 감싸 "${shown}"처럼, 숫자라면 앞의 0과 _ 없이 숫자만 적으세요.`;
}

/**
 * Quotes every string of a document that a plain scalar would not carry back as the same
 * string to both readers (js-yaml reads `0o17` as 15, YAML 1.1 `yes` as true): what an
 * importer writes reads back as what it meant.
 */
export function quoteAmbiguousStrings(document: Document): Document {
  visit(document, {
    Scalar(_key, node) {
      if (!isScalar(node) || typeof node.value !== 'string') return;
      const value = node.value;
      // Only what may look like a number, a date or a truth value; other strings keep their style.
      if (!mayDiffer.test(value) || /^\d{4}-\d{2}-\d{2}$/.test(value)) return;
      let build: unknown;
      try {
        build = load(value);
      } catch {
        build = undefined;
      }
      if (build !== value || !readsAlike(value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return document;
}
