import { writeFileSync } from 'node:fs';
import { textFor } from '../admin/field-text';
import type { Problem } from './problem';

/**
 * `npm run validate -- --report FILE`: the problems as JSON for the pull-request comment
 * (scripts/validate/pr-comment.ts), each with the field's name as the CMS form shows it,
 * so an editor who never saw the file knows where to look.
 */
export interface ValidationReport {
  files: number;
  problems: (Problem & { label: string })[];
}

export function writeReport(file: string, files: number, problems: readonly Problem[]): void {
  const labelled = problems.map((problem) => {
    const path = problem.field.replace(/\[\d+\]/g, '[]').replace(/\[\]$/, '');
    return { ...problem, label: textFor(path).label ?? problem.field };
  });
  writeFileSync(file, `${JSON.stringify({ files, problems: labelled } satisfies ValidationReport, null, 2)}\n`);
}
