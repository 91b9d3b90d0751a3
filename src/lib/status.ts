import { daysBetween, formatCardDate } from './dates';

/**
 * Application status from dates. This module is shared by the build and by the small
 * script that refreshes statuses in the browser, so a page cached for weeks on a CDN
 * still shows the right badge. Keep it free of imports beyond `dates`.
 */

export type Period = { type: 'always' } | { type: 'closed' } | { type: 'fixed'; start: string; end: string };

export const applicationStatuses = ['upcoming', 'open', 'closing-soon', 'closed', 'always'] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

/** Open entries whose last day is at most this many days away are "closing soon". */
export const CLOSING_SOON_DAYS = 7;

export function applicationStatus(period: Period, today: string): ApplicationStatus {
  if (period.type === 'always') return 'always';
  if (period.type === 'closed') return 'closed';
  if (today < period.start) return 'upcoming';
  if (today > period.end) return 'closed';
  return daysBetween(today, period.end) <= CLOSING_SOON_DAYS ? 'closing-soon' : 'open';
}

export const statusLabels = {
  upcoming: '접수 예정',
  open: '신청 가능',
  'closing-soon': '마감 임박',
  closed: '마감',
  always: '상시 신청',
} as const satisfies Record<ApplicationStatus, string>;

/** Order for lists: what a person can apply for now comes first. */
const statusRank: Record<ApplicationStatus, number> = {
  'closing-soon': 0,
  open: 1,
  always: 2,
  upcoming: 3,
  closed: 4,
};

export function compareByStatus(a: ApplicationStatus, b: ApplicationStatus): number {
  return statusRank[a] - statusRank[b];
}

/** True when a person can apply today. */
export function isApplicable(status: ApplicationStatus): boolean {
  return status === 'open' || status === 'closing-soon' || status === 'always';
}

/** `D-3`, `오늘 마감` for an open fixed period; undefined otherwise. */
export function deadlineLabel(period: Period, today: string): string | undefined {
  if (period.type !== 'fixed') return undefined;
  const status = applicationStatus(period, today);
  if (status !== 'open' && status !== 'closing-soon') return undefined;
  const days = daysBetween(today, period.end);
  return days === 0 ? '오늘 마감' : `D-${days}`;
}

/** `12/9(수) 마감` while a fixed period is open, `12/1(월) 시작` before it opens; undefined otherwise. */
export function periodDateLabel(period: Period, today: string): string | undefined {
  if (period.type !== 'fixed') return undefined;
  const status = applicationStatus(period, today);
  if (status === 'upcoming') return `${formatCardDate(period.start)} 시작`;
  if (status === 'open' || status === 'closing-soon') return `${formatCardDate(period.end)} 마감`;
  return undefined;
}
