/**
 * One problem an editor has to fix (error) or should look at (warning), located at the
 * line and column of the key or body construct it is about.
 */
export interface Problem {
  severity: 'error' | 'warning';
  /** Content file, relative to the project (e.g. `content/policies/gwangju/rent.mdx`). */
  file: string;
  line: number;
  column: number;
  /** Dotted field path (`application.period.end`, `regions[1]`) or `(본문)` for the body. */
  field: string;
  /** Korean, and says how to fix it. */
  message: string;
  /**
   * For warnings a person reads by the hundred: a short Korean name of the kind, under
   * which logs and reports group them (problem-groups.ts).
   */
  kind?: string;
}

export const BODY_FIELD = '(본문)';

/**
 * Text from content files (a key, a value quoted in a message, a file name) shown on one
 * line: a line break or a terminal escape in it must not start a line of its own, where
 * GitHub Actions would read `::error …` as a command, or recolour the editor's terminal.
 */
export function printable(text: string): string {
  return text.replace(/[\p{Cc}\u2028\u2029]/gu, (character) => {
    if (character === '\n') return '\\n';
    if (character === '\r') return '\\r';
    if (character === '\t') return '\\t';
    return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/** `path:line:column  field  message`, the line editors read in a terminal and in CI logs. */
export function formatProblem(problem: Problem): string {
  const prefix = problem.severity === 'warning' ? '경고: ' : '';
  return printable(`${problem.file}:${problem.line}:${problem.column}  ${problem.field}  ${prefix}${problem.message}`);
}

// GitHub workflow commands: data and properties need these characters escaped.
const escapeData = (text: string) =>
  printable(text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A'));
const escapeProperty = (text: string) => escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');

/** `::error file=…,line=…,col=…,title=…::message`, shown on the pull request's diff. */
export function formatAnnotation(problem: Problem): string {
  const properties = [
    `file=${escapeProperty(problem.file)}`,
    `line=${problem.line}`,
    `col=${problem.column}`,
    `title=${escapeProperty(problem.field)}`,
  ].join(',');
  return `::${problem.severity} ${properties}::${escapeData(problem.message)}`;
}

/** Files in path order, then by position, so the report reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column,
  );
}

/** `regions[1].id` -> `['regions', 1, 'id']` */
export function parseFieldPath(field: string): (string | number)[] {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) =>
    match[2] === undefined ? (match[1] ?? '') : Number(match[2]),
  );
}

/** `['regions', 1, 'id']` -> `regions[1].id` */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? String(part) : `.${String(part)}`))
    .join('');
}
