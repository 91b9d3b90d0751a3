import type { z } from 'astro/zod';
import { type CollectionLayout, type CollectionName, contentLayout } from '../../src/collections';
import { type ContentFile, splitEntry } from '../lib/content-files';
import { bodyLimitProblem, yamlLimitProblem } from '../lib/content-limits';
import { ambiguousValueMessage, readsAlike } from '../lib/content-yaml';
import { bodyProblems } from './body-safety';
import { BODY_FIELD, formatFieldPath, type Problem } from './problem';
import { closestKey, objectKeys, schemaAt } from './schema-shape';
import { type Position, readYaml, type YamlSource } from './yaml-source';

/**
 * Checks of one content file on its own: YAML syntax, the schema the build uses, dates as
 * written, and body safety, each problem located at the key or body line it is about.
 */

export type Collection = CollectionName;
/** A file as the content reader gives it; `path` is optional for sources made in tests. */
export type ContentSource = Omit<ContentFile, 'path'> & { path?: string };

export type Data = Record<string, unknown>;
const FRONTMATTER_FIELD = '(머리말)';
const SYNTAX_FIELD = '(YAML)';
export const FILE_FIELD = '(파일)';
const isoDateLike = /^\d{4}-\d{1,2}-\d{1,2}/;

function setAt(data: unknown, path: readonly (string | number)[], value: unknown) {
  let node = data as Record<string | number, unknown> | undefined;
  for (const segment of path.slice(0, -1)) node = node?.[segment] as typeof node;
  const last = path.at(-1);
  if (node && typeof node === 'object' && last !== undefined) node[last] = value;
}

function schemaProblems(
  schema: z.core.$ZodType & { safeParse(data: unknown): z.ZodSafeParseResult<unknown> },
  data: unknown,
  source: YamlSource,
  basePath: (string | number)[] = [],
): Omit<Problem, 'file'>[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  const guessed = new Set<string>();
  const problems = result.error.issues.flatMap((issue) => {
    const path = [...basePath, ...(issue.path as (string | number)[])];
    if (issue.code === 'unrecognized_keys') {
      const known = Object.keys(objectKeys(schemaAt(schema, issue.path) ?? schema));
      return issue.keys.map((key) => {
        const guess = closestKey(key, known);
        if (guess !== undefined) guessed.add(formatFieldPath([...path, guess]));
        const message = `${issue.keys.length === 1 ? issue.message : issue.message.replace(issue.keys.join(', '), key)}${guess ? ` ${guess}의 오타로 보입니다.` : ''}`;
        return {
          severity: 'error' as const,
          field: formatFieldPath([...path, key]),
          ...source.locate([...path, key]),
          message,
        };
      });
    }
    return [
      {
        severity: 'error' as const,
        field: path.length === 0 ? FRONTMATTER_FIELD : formatFieldPath(path),
        ...source.locate(path),
        message: issue.message,
        missing: issue.code === 'invalid_type' && issue.input === undefined,
      },
    ];
  });
  // One problem per field (a day that does not exist also fails the start ≤ end rule), and
  // no "missing summary" next to "sumary: did you mean summary".
  const seen = new Set<string>();
  return problems
    .filter((problem) => !('missing' in problem && problem.missing && guessed.has(problem.field)))
    .filter((problem) => !seen.has(problem.field) && Boolean(seen.add(problem.field)))
    .map(({ severity, field, line, column, message }) => ({ severity, field, line, column, message }));
}

export interface Checked {
  source: ContentSource;
  yaml: YamlSource | undefined;
  /** Raw data (possibly invalid), for reference checks of every file that parsed. */
  raw: Data | undefined;
  /** Data that passed its schema. */
  valid: Data | undefined;
}

export function checkFile(source: ContentSource): { checked: Checked; problems: Problem[] } {
  const problems: Problem[] = [];
  const report = (at: Position, field: string, message: string, severity: Problem['severity'] = 'error') =>
    problems.push({ severity, file: source.file, ...at, field, message });
  const isEntry = source.collection !== 'regions' && source.collection !== 'organizations';
  const unread = { checked: { source, yaml: undefined, raw: undefined, valid: undefined }, problems };
  if (source.readProblem !== undefined) {
    report(source.readProblem, FILE_FIELD, source.readProblem.message);
    return unread;
  }
  const layout: CollectionLayout = contentLayout[source.collection];
  if (!layout.nested && source.id.includes('/') && 'folder' in layout.location) {
    report(
      { line: 1, column: 1 },
      '(파일 이름)',
      `${layout.location.folder} 파일은 하위 폴더 없이 ${layout.location.folder}/ 바로 아래에 두세요.`,
    );
    return unread;
  }
  let yamlText = source.text;
  let lineOffset = 0;
  if (isEntry) {
    const parts = splitEntry(source.text);
    if (parts.frontmatter === undefined) {
      report(
        { line: 1, column: 1 },
        FRONTMATTER_FIELD,
        '파일 맨 위에 ---로 시작하고 ---로 끝나는 머리말(frontmatter)이 없습니다. 같은 폴더의 다른 파일을 참고해 추가하세요.',
      );
      return { checked: { source, yaml: undefined, raw: undefined, valid: undefined }, problems };
    }
    yamlText = parts.frontmatter;
    lineOffset = parts.frontmatterLineOffset;
    const format = source.file.endsWith('.mdx') ? 'mdx' : 'md';
    // Limits first: a parser would overflow its stack or take minutes on what they refuse.
    const limit = bodyLimitProblem(parts.body);
    const found = limit === undefined ? bodyProblems(parts.body, format) : [limit];
    for (const problem of found) {
      report({ line: problem.line + parts.bodyLineOffset, column: problem.column }, BODY_FIELD, problem.message);
    }
  }
  const yamlLimit = yamlLimitProblem(yamlText);
  if (yamlLimit !== undefined) {
    report({ line: yamlLimit.line + lineOffset, column: yamlLimit.column }, SYNTAX_FIELD, yamlLimit.message);
    return unread;
  }
  const yaml = readYaml(yamlText, { line: 1, column: 1 }, lineOffset);
  for (const problem of yaml.syntaxProblems) report(problem, SYNTAX_FIELD, problem.message);
  if (yaml.syntaxProblems.length > 0) return { checked: { source, yaml, raw: undefined, valid: undefined }, problems };

  // A plain value YAML readers disagree on (`yes`, `0150`, `1:30`) is refused before the
  // schemas see the build's reading of it.
  const ambiguous = yaml.plainScalars().filter((scalar) => !readsAlike(scalar.source));
  for (const scalar of ambiguous) {
    report(
      { line: scalar.line, column: scalar.column },
      formatFieldPath(scalar.path),
      ambiguousValueMessage(scalar.source),
    );
  }
  if (ambiguous.length > 0) return { checked: { source, yaml, raw: undefined, valid: undefined }, problems };

  // js-yaml reads an unquoted 2026-02-30 as the date 2026-03-02 without a word; give the
  // schemas the text as written so they refuse a day that does not exist.
  const data = yaml.data;
  for (const scalar of yaml.plainScalars()) {
    if (isoDateLike.test(scalar.source)) setAt(data, scalar.path, scalar.source);
  }
  const raw = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Data) : undefined;

  if (source.collection === 'regions') {
    if (!Array.isArray(data)) {
      report({ line: 1, column: 1 }, FILE_FIELD, 'regions.yaml은 "- id: …" 항목의 목록이어야 합니다.');
      return { checked: { source, yaml, raw: undefined, valid: undefined }, problems };
    }
    data.forEach((region, index) => {
      // Name a region by its id (`testcity.code`), as the reference rules do.
      const id = stringOrUndefined((region as Data | null)?.id);
      for (const problem of schemaProblems(contentLayout.regions.schema, region, yaml, [index])) {
        const field = id === undefined ? problem.field : problem.field.replace(`[${index}]`, id);
        problems.push({ ...problem, field, file: source.file });
      }
    });
    return { checked: { source, yaml, raw: undefined, valid: undefined }, problems };
  }
  const schema: z.ZodType = contentLayout[source.collection].schema;
  const found = schemaProblems(schema, data ?? undefined, yaml);
  for (const problem of found) problems.push({ ...problem, file: source.file });
  return {
    checked: {
      source,
      yaml,
      raw,
      valid: found.length === 0 ? (schema.parse(data) as Data) : undefined,
    },
    problems,
  };
}

export const stringOrUndefined = (value: unknown) => (typeof value === 'string' ? value : undefined);
export const stringList = (value: unknown) =>
  Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item : '')) : undefined;
