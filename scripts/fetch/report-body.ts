import { printable } from '../import/report';
import { plain } from '../validate/pr-comment';

/** What the weekly run printed at each step; the centre steps are absent in a policies-only run. */
export interface WeeklySteps {
  fetched: string;
  imported: string;
  validated: string;
  centersFetched?: string | undefined;
  centersImported?: string | undefined;
  /** The validator's warnings grouped by kind (problem-groups.ts), as the build's log shows them. */
  warningGroups?: readonly string[] | undefined;
}

/**
 * Text in a code block whose fence is longer than any run of backticks in it, each line
 * printable (control, bidirectional and invisible characters shown as `\u…`), so no value
 * can close the block and write Markdown.
 */
function codeBlock(text: string): string[] {
  const safe = printable(text.trim(), true);
  const longestRun = Math.max(0, ...(safe.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return [`${fence}text`, safe, fence, ''];
}

/**
 * The weekly pull request's body (weekly-import.ts). Upstream values reach it inside the
 * import reports: each is on one line with control, bidirectional and invisible characters
 * shown as `\u…` (import/report.ts), and each report sits in a code block whose fence is
 * longer than any run of backticks in it, so no value can close the block and write
 * Markdown (headings, mentions, images, links, an HTML comment hiding the file list).
 * The summary lines outside the blocks are escaped as plain text (validate/pr-comment.ts).
 */
export function importReportBody(steps: WeeklySteps): string {
  const lastLine = (text: string) => plain(text.trim().split('\n').at(-1) ?? '', 500);
  const withCenters = steps.centersImported !== undefined;
  return [
    '## 온통청년 정기 가져오기',
    '',
    withCenters
      ? '매주 온통청년 청년정책 API와 청년센터 API에서 받은 정책과 청년센터를 가져온 결과입니다. 추가·갱신된 파일을 훑어보고, 건너뜀과 확인할 점을 살핀 뒤 합치세요. 편집자가 고친 파일은 덮어쓰지 않았습니다.'
      : '매주 온통청년 청년정책 API에서 받은 정책을 가져온 결과입니다. 추가·갱신된 파일을 훑어보고, 건너뜀과 확인할 점을 살핀 뒤 합치세요. 편집자가 고친 파일은 덮어쓰지 않았습니다.',
    '',
    `- ${withCenters ? '정책 받기' : '받기'}: ${lastLine(steps.fetched)}`,
    ...(steps.centersFetched === undefined ? [] : [`- 청년센터 받기: ${lastLine(steps.centersFetched)}`]),
    `- 검사: ${lastLine(steps.validated)}`,
    '',
    ...(steps.warningGroups && steps.warningGroups.length > 0 ? codeBlock(steps.warningGroups.join('\n')) : []),
    ...(withCenters ? ['### 청년정책', ''] : []),
    ...codeBlock(steps.imported),
    ...(withCenters ? ['### 청년센터', '', ...codeBlock(steps.centersImported ?? '')] : []),
  ].join('\n');
}
