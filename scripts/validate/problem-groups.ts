/**
 * Warnings grouped by kind, so a log, a pull-request comment or an import report reads at
 * any catalogue size: at 1,604 real records there are over two thousand warnings of three
 * kinds, and a person needs the kinds, how many of each and a few examples, not every line.
 * Errors are never grouped: each one stops the build and has to be fixed where it is.
 *
 * No imports and only erasable TypeScript: scripts/validate/pr-comment.ts imports this and
 * runs under plain `node`.
 */

/** The parts of a problem grouping reads (validate's Problem and the report's entries). */
export interface Groupable {
  severity: 'error' | 'warning';
  field: string;
  message: string;
  /** A short Korean name for the kind of problem; without one, the message with its numbers and quoted values taken out. */
  kind?: string | undefined;
}

export interface ProblemGroup<T extends Groupable> {
  kind: string;
  count: number;
  /** The first few, in the order given (validate sorts by file and line). */
  examples: T[];
}

/** Examples shown per kind. */
export const EXAMPLES_PER_KIND = 3;

export function kindOf(problem: Groupable): string {
  if (problem.kind) return problem.kind;
  const field = problem.field.replace(/\[\d+\]/g, '[]');
  const message = problem.message.replace(/'[^']*'/g, "'…'").replace(/\d[\d,]*/g, 'N');
  return `${field}: ${message}`;
}

/** Groups in order of size, largest first; ties keep the order their kinds first appear. */
export function groupProblems<T extends Groupable>(
  problems: readonly T[],
  examples = EXAMPLES_PER_KIND,
): ProblemGroup<T>[] {
  const groups = new Map<string, ProblemGroup<T>>();
  for (const problem of problems) {
    const kind = kindOf(problem);
    const group = groups.get(kind) ?? { kind, count: 0, examples: [] };
    group.count += 1;
    if (group.examples.length < examples) group.examples.push(problem);
    groups.set(kind, group);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count);
}

/**
 * Terminal lines: the group's heading, its examples as `format` prints them, and how many
 * more there are and where to read them (`fullList`).
 */
export function groupLines<T extends Groupable>(
  groups: readonly ProblemGroup<T>[],
  format: (problem: T) => string,
  fullList: string,
): string[] {
  return groups.flatMap((group) => [
    `경고 ${group.count.toLocaleString('en-US')}건: ${group.kind}`,
    ...group.examples.map((problem) => `  ${format(problem)}`),
    ...(group.count > group.examples.length
      ? [`  … 그 밖에 ${(group.count - group.examples.length).toLocaleString('en-US')}건은 ${fullList}에 있습니다.`]
      : []),
  ]);
}
