import { printable } from '../import/report';
import { plain } from '../validate/pr-comment';

/**
 * The weekly pull request's body (weekly-import.ts). Upstream values reach it inside the
 * import report: each is on one line with control, bidirectional and invisible characters
 * shown as `\u…` (import/report.ts), and the report sits in a code block whose fence is
 * longer than any run of backticks in it, so no value can close the block and write
 * Markdown (headings, mentions, images, links, an HTML comment hiding the file list).
 * The summary lines outside the block are escaped as plain text (validate/pr-comment.ts).
 */
export function importReportBody(steps: { fetched: string; imported: string; validated: string }): string {
  const report = printable(steps.imported.trim(), true);
  const longestRun = Math.max(0, ...(report.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  const lastLine = (text: string) => plain(text.trim().split('\n').at(-1) ?? '', 500);
  return [
    '## 온통청년 정기 가져오기',
    '',
    '매주 온통청년 청년정책 API에서 받은 정책을 가져온 결과입니다. 추가·갱신된 파일을 훑어보고, 건너뜀과 확인할 점을 살핀 뒤 합치세요. 편집자가 고친 파일은 덮어쓰지 않았습니다.',
    '',
    `- 받기: ${lastLine(steps.fetched)}`,
    `- 검사: ${lastLine(steps.validated)}`,
    '',
    `${fence}text`,
    report,
    fence,
    '',
  ].join('\n');
}
