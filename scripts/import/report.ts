import type { PolicyDraft } from './draft';
import type { ImportReport } from './plan';

/**
 * Text printed to the editor's terminal, a workflow log or a pull request: control,
 * bidirectional and invisible characters (a terminal escape, a line break inside a title,
 * a right-to-left override) are shown as `\u001b`, never acted on. `lines` keeps line breaks.
 */
export function printable(text: string, lines = false): string {
  return text.replace(/[\p{Cc}\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/gu, (character) =>
    lines && character === '\n' ? character : `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The import report as editors read it in the terminal and in a pull request. */
export function formatReport(report: ImportReport, options: { dryRun: boolean }): string {
  const lines: string[] = [...summaryLines(report), ''];
  // Every item on one line: upstream values with line breaks must not start lines of their
  // own (a workflow command, a heading in the pull request).
  const section = (title: string, items: readonly string[]) => {
    lines.push(`${title}: ${items.length}건`);
    for (const item of items) lines.push(`  ${printable(item)}`);
  };
  section(
    '추가',
    report.added.map((item) => `+ ${item.path}  ${item.title}${item.review === undefined ? '' : ' (초안)'}`),
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
  lines.push(...decisionLines(report.decisions));
  lines.push(...providerChangeLines(report.providerChanges));
  lines.push(`확인할 점: ${report.warnings.length}건`);
  for (const warning of report.warnings) {
    lines.push(`  ${printable(warning.label)}`);
    for (const message of warning.messages) lines.push(`    · ${printable(message)}`);
  }
  lines.push(options.dryRun ? '미리 보기(--dry-run)라서 아무 파일도 쓰지 않았습니다.' : '');
  return lines.join('\n').trimEnd();
}

/**
 * A reason without the record's own values, so that reasons can be counted:
 * `'29140'` and numbers become `…`, and only the first sentence is kept.
 */
export function reasonGroup(reason: string): string {
  const first = /^.*?[.다](?=\s|$)/.exec(reason)?.[0] ?? reason;
  return first
    .replace(/https?:\/\/\S+/g, '…')
    .replace(/'[^']*'/g, '…')
    .replace(/\([^)]*\d[^)]*\)/g, '(…)')
    .replace(/\d[\d,]*/g, '…');
}

function countBy(items: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([item, count]) => `    ${count}건  ${item}`);
}

/** The numbers first: what a reviewer of the pull request reads before the lists. */
function summaryLines(report: ImportReport): string[] {
  const written = [...report.added, ...report.updated];
  const drafts = written.flatMap((item) => (item.review === undefined ? [] : [item.review]));
  const notes = report.warnings.flatMap((warning) => warning.messages);
  return [
    '요약',
    `  추가 ${report.added.length}건, 갱신 ${report.updated.length}건, 유지 ${report.kept.length}건, 변경 없음 ${report.unchanged.length}건, 원본에서 사라짐 ${report.disappeared.length}건`,
    `  건너뜀 ${report.skipped.length}건`,
    ...countBy(report.skipped.flatMap((item) => item.reason.split(/(?<=[.다])\s+/).map(reasonGroup))),
    `  초안으로 쓴 항목 ${drafts.length}건`,
    ...countBy(drafts.map(reasonGroup)),
    ...(report.filled === undefined || report.filled.length === 0
      ? []
      : [`  채운 항목: ${report.filled.map((field) => `${field.label} ${field.count}건`).join(', ')}`]),
    `  확인할 점 ${notes.length}개 (${report.warnings.length}건)`,
    ...countBy(notes.map(reasonGroup)),
  ];
}

/** The fields beside the text, and how many records of this import fill each: a reviewer sees at once what reached the pages. */
const filledFields: [string, (data: PolicyDraft['data']) => boolean][] = [
  ['문의처', (data) => data.application.contact !== undefined],
  ['전화번호', (data) => data.application.contact?.phone !== undefined],
  ['선정 방법', (data) => data.application.selection !== undefined],
  ['지원 규모', (data) => data.support.scale !== undefined],
  ['사업 기간', (data) => data.support.period !== undefined],
  ['제출 서류', (data) => (data.application.documents?.length ?? 0) > 0],
  ['상시', (data) => data.application.period.type === 'always'],
];

export function filledCounts(drafts: readonly Pick<PolicyDraft, 'data'>[]): { label: string; count: number }[] {
  return filledFields.map(([label, filled]) => ({ label, count: drafts.filter((draft) => filled(draft.data)).length }));
}

/**
 * What rules decided, per topic: the count of each decision, then every record whose
 * decision is not the routine one, with its reason.
 */
export function decisionLines(decisions: ImportReport['decisions']): string[] {
  const lines: string[] = [];
  for (const topic of [...new Set(decisions.map((decision) => decision.topic))]) {
    const mine = decisions.filter((decision) => decision.topic === topic);
    lines.push(`${topic}: ${mine.length}건`);
    lines.push(...countBy(mine.map((decision) => decision.kind)));
    for (const decision of mine.filter((item) => item.routine !== true)) {
      lines.push(`  ${decision.label}`, `    · ${decision.kind}: ${decision.reason}`);
    }
  }
  return lines;
}

/**
 * Entries that moved to another organization, by pair: an old id that sends entries to
 * several new ones was split (나눔), a new id that takes entries from several old ones
 * merges them (합침). The old files are kept; an editor deletes one no entry uses.
 */
export function providerChangeLines(changes: ImportReport['providerChanges']): string[] {
  if (changes.length === 0) return [];
  const pairs = countBy(changes.map((change) => `${change.from} → ${change.to}`));
  const targets = (from: string) => new Set(changes.filter((c) => c.from === from).map((c) => c.to)).size;
  const sources = (to: string) => new Set(changes.filter((c) => c.to === to).map((c) => c.from)).size;
  const split = [...new Set(changes.map((c) => c.from))].filter((from) => targets(from) > 1);
  const merged = [...new Set(changes.map((c) => c.to))].filter((to) => sources(to) > 1);
  return [
    `기관 바뀜: ${changes.length}건 (나눔 ${split.length}곳: ${split.join(', ') || '없음'}; 합침 ${merged.length}곳: ${merged.join(', ') || '없음'})`,
    ...pairs,
  ];
}
