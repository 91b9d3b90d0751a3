/**
 * Calendar dates are `YYYY-MM-DD` strings, and "today" is today in Asia/Seoul (UTC+9,
 * no daylight saving), whatever the time zone of the build machine or the browser.
 */

const SEOUL_OFFSET_MS = 9 * 60 * 60 * 1000;

/** True for a real date in `YYYY-MM-DD` form (rejects 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The Seoul calendar date of a moment. */
export function seoulDate(moment: Date): string {
  return new Date(moment.getTime() + SEOUL_OFFSET_MS).toISOString().slice(0, 10);
}

/** `2026-04-07T19:00+09:00` for a moment, in Seoul time. */
export function formatSeoulDateTime(moment: Date): string {
  return `${new Date(moment.getTime() + SEOUL_OFFSET_MS).toISOString().slice(0, 16)}+09:00`;
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00Z`) - Date.parse(`${from}T00:00Z`)) / 86_400_000);
}

const weekdays = ['일', '월', '화', '수', '목', '금', '토'];

/** `2026년 3월 2일(월)` */
export function formatKoreanDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const weekday = weekdays[new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1)).getUTCDay()];
  return `${year}년 ${month}월 ${day}일(${weekday})`;
}

/** `2026.3.2.` — compact, for cards. */
export function formatShortDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}. ${month}. ${day}.`;
}

/** `12/9(수)`: a date on a card, short enough to sit beside a status. */
export function formatCardDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const weekday = weekdays[new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1)).getUTCDay()];
  return `${month}/${day}(${weekday})`;
}

/** `12월 2일(수) 19:00` for a session start, in Seoul time. */
export function formatSessionTime(dateTime: string): string {
  const seoul = formatSeoulDateTime(new Date(dateTime));
  const [month, day] = seoul.slice(5, 10).split('-').map(Number);
  const weekday = weekdays[new Date(`${seoul.slice(0, 10)}T00:00Z`).getUTCDay()];
  return `${month}월 ${day}일(${weekday}) ${seoul.slice(11, 16)}`;
}

/** `12월 2일(수) 19:00 ~ 21:00`, or both dates when a session spans days. */
export function formatSessionRange(start: string, end: string): string {
  const sameDay = formatSeoulDateTime(new Date(start)).slice(0, 10) === formatSeoulDateTime(new Date(end)).slice(0, 10);
  const endText = formatSessionTime(end);
  return `${formatSessionTime(start)} ~ ${sameDay ? endText.slice(-5) : endText}`;
}
