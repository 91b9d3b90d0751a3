import { daysBetween } from '../../src/lib/dates';
import type { Period } from '../../src/lib/status';

/**
 * Warnings about content that is valid but probably stale. They do not stop the build:
 * they ask an editor to look again.
 */

/** An entry not checked against its source for this long should be checked again. */
export const STALE_AFTER_DAYS = 180;
/** An entry closed for this long should be archived. */
export const ARCHIVE_AFTER_DAYS = 365;

/** The warnings' kinds, under which logs and reports group them (problem-groups.ts). */
export const WARNING_KINDS = {
  stale: `확인한 지 ${STALE_AFTER_DAYS}일이 넘은 항목 (updated)`,
  archive: `마감된 지 ${ARCHIVE_AFTER_DAYS}일이 넘은 항목`,
  duplicateTitle: '다른 항목과 제목이 같은 항목',
} as const;

export function staleMessage(updated: string, today: string): string | undefined {
  const days = daysBetween(updated, today);
  if (days <= STALE_AFTER_DAYS) return undefined;
  return `마지막 확인일(updated)이 ${days}일 전입니다. 출처를 다시 확인하고 확인한 날짜로 updated를 고치세요.`;
}

/** `updated` after today would top the feeds and "recently checked" lists until that day. */
export function futureUpdatedMessage(updated: string, today: string): string | undefined {
  if (updated <= today) return undefined;
  return `확인한 날(updated) ${updated}이(가) 오늘(${today})보다 뒤입니다. 출처를 실제로 확인한 날짜를 적으세요.`;
}

export function archiveMessage(period: Period, today: string): string | undefined {
  if (period.type !== 'fixed') return undefined;
  const days = daysBetween(period.end, today);
  if (days <= ARCHIVE_AFTER_DAYS) return undefined;
  return `마감된 지 ${days}일이 지났습니다. 다시 열리지 않으면 파일을 지우거나(보관) draft: true로 바꾸세요.`;
}

/** Files (in order) whose title another policy or program already uses. */
export function duplicateTitles(entries: readonly { file: string; title: string }[]): Map<string, string> {
  const firstFileByTitle = new Map<string, string>();
  const duplicates = new Map<string, string>();
  for (const entry of entries) {
    const key = entry.title.trim();
    const first = firstFileByTitle.get(key);
    if (first === undefined) firstFileByTitle.set(key, entry.file);
    else duplicates.set(entry.file, first);
  }
  return duplicates;
}
