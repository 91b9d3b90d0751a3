import { isCalendarDate } from '../../src/lib/dates';
import type { PeriodData } from '../../src/schemas/period';
import { applicationPeriodCodes } from './codes';
import { cleanText } from './text';

export interface DateRange {
  start: string;
  end: string;
}

/**
 * `aplyYmd`: empty, `YYYYMMDD ~ YYYYMMDD`, or several such ranges separated by the
 * characters `\N`, line breaks or commas. Returns an error for anything else, so a typo
 * in a date stops the import instead of publishing a wrong deadline.
 */
export function parseApplicationRanges(raw: unknown): { ranges: DateRange[]; error?: string } {
  const text = cleanText(raw);
  if (text === '') return { ranges: [] };
  const ranges: DateRange[] = [];
  for (const part of text.split(/\\[nN]|\r?\n|,/)) {
    const piece = part.trim();
    if (piece === '') continue;
    const match = /^(\d{4})[.-]?(\d{2})[.-]?(\d{2})\s*~\s*(\d{4})[.-]?(\d{2})[.-]?(\d{2})$/.exec(piece);
    if (!match)
      return {
        ranges: [],
        error: `신청 기간(aplyYmd) '${piece}'을(를) 읽을 수 없습니다. YYYYMMDD ~ YYYYMMDD 형식이어야 합니다.`,
      };
    const start = `${match[1]}-${match[2]}-${match[3]}`;
    const end = `${match[4]}-${match[5]}-${match[6]}`;
    if (!isCalendarDate(start) || !isCalendarDate(end)) {
      return { ranges: [], error: `신청 기간(aplyYmd) '${piece}'에 존재하지 않는 날짜가 있습니다.` };
    }
    if (start > end) return { ranges: [], error: `신청 기간(aplyYmd) '${piece}'의 종료일이 시작일보다 빠릅니다.` };
    ranges.push({ start, end });
  }
  ranges.sort((a, b) => a.start.localeCompare(b.start));
  return { ranges };
}

/**
 * Several ranges cannot be one period: we take the one that is open or comes next on
 * `today`, or the last one when all have passed, and the body lists them all.
 */
export function currentRange(ranges: readonly DateRange[], today: string): DateRange | undefined {
  return ranges.find((range) => range.end >= today) ?? ranges.at(-1);
}

export interface PeriodMapping {
  period: PeriodData;
  ranges: DateRange[];
  /** Set when the period could not be known: the entry is imported as a draft. */
  review?: string;
  warning?: string;
  error?: string;
}

/** `aplyPrdSeCd` 0057001 특정기간, 0057002 상시, 0057003 마감, with `aplyYmd`. */
export function mapApplicationPeriod(code: unknown, aplyYmd: unknown, today: string): PeriodMapping {
  const { ranges, error } = parseApplicationRanges(aplyYmd);
  const closed: PeriodData = { type: 'closed' };
  if (error !== undefined) return { period: closed, ranges, error };
  const kind = cleanText(code);
  if (kind === applicationPeriodCodes.always) return { period: { type: 'always' }, ranges };
  if (kind === applicationPeriodCodes.closed) return { period: closed, ranges };
  const warning =
    kind === '' || kind === applicationPeriodCodes.fixed ? undefined : `알 수 없는 신청기간구분코드 '${kind}'입니다.`;
  const range = currentRange(ranges, today);
  if (range === undefined) {
    return {
      period: closed,
      ranges,
      review: '신청 기간이 비어 있어 초안으로 가져왔습니다. 기간을 확인해 적으세요.',
      ...(warning === undefined ? {} : { warning }),
    };
  }
  return { period: { type: 'fixed', ...range }, ranges, ...(warning === undefined ? {} : { warning }) };
}

/** `20250101` as `2025년 1월 1일`, or undefined when it is not a date. */
function businessDate(raw: unknown): string | undefined {
  const match = /^(\d{4})[.-]?(\d{2})[.-]?(\d{2})$/.exec(cleanText(raw));
  if (!match || !isCalendarDate(`${match[1]}-${match[2]}-${match[3]}`)) return undefined;
  return `${match[1]}년 ${Number(match[2])}월 ${Number(match[3])}일`;
}

/**
 * 사업 기간 (`bizPrdBgngYmd`, `bizPrdEndYmd`, `bizPrdEtcCn`) as the page says it: the
 * dates, the writer's words, or both. Left out when it only repeats the application period.
 */
export function businessPeriod(
  record: { bizPrdBgngYmd?: unknown; bizPrdEndYmd?: unknown; bizPrdEtcCn?: unknown },
  application: PeriodData,
): string | undefined {
  const start = businessDate(record.bizPrdBgngYmd);
  const end = businessDate(record.bizPrdEndYmd);
  const sameAsApplication =
    application.type === 'fixed' &&
    cleanText(record.bizPrdBgngYmd).replace(/\D/g, '') === application.start.replace(/-/g, '') &&
    cleanText(record.bizPrdEndYmd).replace(/\D/g, '') === application.end.replace(/-/g, '');
  const dates = sameAsApplication || (start ?? end) === undefined ? '' : `${start ?? ''} ~ ${end ?? ''}`.trim();
  const words = cleanText(record.bizPrdEtcCn).replace(/\s+/g, ' ');
  const text = [dates, words].filter((part) => part !== '').join(', ');
  if (text === '') return undefined;
  const chars = [...text];
  return chars.length <= 160 ? text : `${chars.slice(0, 159).join('').trimEnd()}…`;
}
