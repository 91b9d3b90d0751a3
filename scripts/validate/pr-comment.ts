/**
 * `node scripts/validate/pr-comment.ts REPORT.json`: the Korean pull-request comment from
 * a validation report (report.ts). Run by .github/workflows/pr-comment.yml in a job that can
 * write comments, on a report made from the pull request's content: the report is
 * untrusted, so only known fields are read, their shape checked, every text escaped so it
 * cannot add links, mentions, images or HTML, and the length bounded. No imports beyond
 * Node and only erasable TypeScript: the job runs it with plain `node`, without `npm ci`.
 */
import { readFileSync } from 'node:fs';
import { groupProblems } from './problem-groups.ts';

export const COMMENT_MARKER = '<!-- content-check-report -->';
const MAX_PROBLEMS = 50;
const MAX_KINDS = 20;

interface ReportedProblem {
  severity: 'error' | 'warning';
  file: string;
  line: number;
  field: string;
  label: string;
  message: string;
  kind: string | undefined;
}

/**
 * Plain text in Markdown, on one line: no HTML, links (`www.` hosts included), images,
 * mentions, code or table syntax, and no control, bidirectional or invisible characters.
 */
export function plain(text: unknown, max = 300): string {
  const value = typeof text === 'string' ? text : '';
  return value
    .slice(0, max)
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]+/gu, ' ')
    .replace(/[\\`*_{}[\]()<>#+!|~&]/g, (character) => `&#${character.charCodeAt(0)};`)
    .replace(/@/g, '@\u200b')
    .replace(/:\/\//g, ':\u200b//')
    .replace(/(www)\./gi, '$1\u200b.');
}

function problemsOf(report: unknown): { files: number; problems: ReportedProblem[] } {
  const data = (report && typeof report === 'object' ? report : {}) as { files?: unknown; problems?: unknown };
  const list = Array.isArray(data.problems) ? data.problems : [];
  const problems = list.flatMap((item): ReportedProblem[] => {
    const problem = (item && typeof item === 'object' ? item : {}) as Record<string, unknown>;
    if (typeof problem.file !== 'string' || !/^[\w./-]{1,200}$/.test(problem.file)) return [];
    return [
      {
        severity: problem.severity === 'warning' ? 'warning' : 'error',
        file: problem.file,
        line: Number.isInteger(problem.line) ? (problem.line as number) : 0,
        field: typeof problem.field === 'string' ? problem.field : '',
        label: typeof problem.label === 'string' ? problem.label : '',
        message: typeof problem.message === 'string' ? problem.message : '',
        kind: typeof problem.kind === 'string' ? problem.kind : undefined,
      },
    ];
  });
  return { files: Number.isInteger(data.files) ? (data.files as number) : 0, problems };
}

function problemLine(problem: ReportedProblem): string {
  const kind = problem.severity === 'warning' ? '확인' : '고칠 것';
  const field =
    problem.label && problem.label !== problem.field
      ? `${plain(problem.label, 60)} (${plain(problem.field, 80)})`
      : plain(problem.field, 80);
  return `- **${kind}** · ${problem.line}번째 줄 · 항목 ${field}: ${plain(problem.message)}`;
}

export function commentBody(report: unknown): string {
  const { files, problems } = problemsOf(report);
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const lines = [COMMENT_MARKER, '### 콘텐츠 검사 결과', ''];
  if (problems.length === 0) {
    lines.push(`파일 ${files}개를 검사했고 고칠 것이 없습니다. 검토자가 내용을 확인하고 병합하면 사이트에 반영됩니다.`);
    return lines.join('\n');
  }
  lines.push(
    errors > 0
      ? `고칠 것이 ${errors}건 있습니다. 편집 화면에서 아래 항목을 고쳐 다시 저장하면 이 댓글이 새 결과로 바뀝니다.`
      : '병합을 막는 문제는 없지만 확인할 것이 있습니다.',
    '',
  );
  // Errors each under its file; warnings by kind with a count and examples (problem-groups.ts).
  const errorList = problems.filter((problem) => problem.severity === 'error');
  let lastFile = '';
  for (const problem of errorList.slice(0, MAX_PROBLEMS)) {
    if (problem.file !== lastFile) lines.push('', `**${plain(problem.file, 200)}**`, '');
    lastFile = problem.file;
    lines.push(problemLine(problem));
  }
  if (errorList.length > MAX_PROBLEMS)
    lines.push('', `그 밖에 ${errorList.length - MAX_PROBLEMS}건은 검사 기록(로그)에 있습니다.`);
  const groups = groupProblems(problems.filter((problem) => problem.severity === 'warning'));
  for (const group of groups.slice(0, MAX_KINDS)) {
    lines.push('', `**확인할 것 ${group.count}건: ${plain(group.kind, 120)}**`, '');
    for (const problem of group.examples) lines.push(`${problemLine(problem)} (${plain(problem.file, 200)})`);
    if (group.count > group.examples.length)
      lines.push(`- 그 밖에 ${group.count - group.examples.length}건은 검사 기록(로그)에 있습니다.`);
  }
  if (groups.length > MAX_KINDS)
    lines.push('', `그 밖의 확인할 것 ${groups.length - MAX_KINDS}종류는 검사 기록(로그)에 있습니다.`);
  return lines.join('\n');
}

if (process.argv[1]?.endsWith('pr-comment.ts') && process.argv[2]) {
  let report: unknown;
  try {
    report = JSON.parse(readFileSync(process.argv[2], 'utf8').slice(0, 2_000_000));
  } catch {
    report = undefined;
  }
  process.stdout.write(
    report === undefined
      ? `${COMMENT_MARKER}\n### 콘텐츠 검사 결과\n\n검사 결과를 읽지 못했습니다. 검사 기록을 확인해 주세요.`
      : commentBody(report),
  );
}
