import type { ImportReport } from './plan';

/**
 * Text printed to the editor's terminal: control characters (a terminal escape, a line
 * break inside a title) are shown as `\u001b`, never acted on. `lines` keeps line breaks.
 */
export function printable(text: string, lines = false): string {
  return text.replace(/[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu, (character) =>
    lines && character === '\n' ? character : `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The import report as editors read it in the terminal and in a pull request. */
export function formatReport(report: ImportReport, options: { dryRun: boolean }): string {
  const lines: string[] = [];
  const section = (title: string, items: readonly string[]) => {
    lines.push(`${title}: ${items.length}건`);
    for (const item of items) lines.push(`  ${item}`);
  };
  section(
    '추가',
    report.added.map((item) => `+ ${item.path}  ${item.title}`),
  );
  section(
    '갱신',
    report.updated.map((item) => `~ ${item.path}  ${item.title}`),
  );
  section(
    '유지 (편집자가 고친 항목은 덮어쓰지 않음)',
    report.kept.map(
      (item) =>
        `= ${item.path}  ${item.title} — ${item.reason}${item.upstreamChanged ? '. 원본도 바뀌었으니 비교해 반영하세요' : ''}`,
    ),
  );
  section(
    '변경 없음',
    report.unchanged.map((item) => `  ${item.path}`),
  );
  section(
    '원본에서 사라짐 (삭제하지 않음, 확인하세요)',
    report.disappeared.map((item) => `? ${item.path}  ${item.title} (${item.key})`),
  );
  section(
    '건너뜀',
    report.skipped.map((item) => `- ${item.label}: ${item.reason}`),
  );
  section(
    '새 기관',
    report.organizations.map((item) => `+ ${item.path}  ${item.name} (${item.kind})`),
  );
  lines.push(`확인할 점: ${report.warnings.length}건`);
  for (const warning of report.warnings) {
    lines.push(`  ${warning.label}`);
    for (const message of warning.messages) lines.push(`    · ${message}`);
  }
  lines.push(options.dryRun ? '미리 보기(--dry-run)라서 아무 파일도 쓰지 않았습니다.' : '');
  return lines.join('\n').trimEnd();
}
