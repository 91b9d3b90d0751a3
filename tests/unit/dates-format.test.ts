import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  formatKoreanDate,
  formatSeoulDateTime,
  formatSessionRange,
  isCalendarDate,
  seoulDate,
} from '../../src/lib/dates';
import { formatAgeRange, formatApplicationMethods, formatPeriod, formatWon, telHref } from '../../src/lib/format';

describe('dates', () => {
  it('accepts real dates and rejects impossible ones', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-3-1')).toBe(false);
  });

  it('gives the Seoul calendar date of a moment', () => {
    expect(seoulDate(new Date('2026-12-31T15:00:00Z'))).toBe('2027-01-01');
    expect(seoulDate(new Date('2026-12-31T14:59:59Z'))).toBe('2026-12-31');
  });

  it('writes moments in Seoul time with their offset', () => {
    expect(formatSeoulDateTime(new Date('2026-04-07T10:00:00Z'))).toBe('2026-04-07T19:00+09:00');
  });

  it('counts days across months and years', () => {
    expect(daysBetween('2026-12-25', '2027-01-01')).toBe(7);
    expect(daysBetween('2026-03-31', '2026-03-24')).toBe(-7);
  });

  it('formats dates the way Korean notices do', () => {
    expect(formatKoreanDate('2026-03-02')).toBe('2026년 3월 2일(월)');
    expect(formatSessionRange('2026-12-02T19:00+09:00', '2026-12-02T21:00+09:00')).toBe('12월 2일(수) 19:00 ~ 21:00');
    expect(formatSessionRange('2026-12-02T10:00+09:00', '2026-12-03T17:00+09:00')).toBe(
      '12월 2일(수) 10:00 ~ 12월 3일(목) 17:00',
    );
  });
});

describe('format', () => {
  it('reads amounts in 만원 and 억원', () => {
    expect(formatWon(500_000)).toBe('50만원');
    expect(formatWon(12_000_000)).toBe('1,200만원');
    expect(formatWon(300_000_000)).toBe('3억원');
    expect(formatWon(150_000_000)).toBe('1억 5,000만원');
    expect(formatWon(5_000)).toBe('5,000원');
    expect(formatWon(0)).toBe('무료');
  });

  it('describes age ranges in 만 나이', () => {
    expect(formatAgeRange({ min: 19, max: 39 })).toBe('만 19~39세');
    expect(formatAgeRange({ min: 18 })).toBe('만 18세 이상');
    expect(formatAgeRange({ max: 34 })).toBe('만 34세 이하');
    expect(formatAgeRange(undefined)).toBeUndefined();
  });

  it('describes periods', () => {
    expect(formatPeriod({ type: 'always' })).toBe('상시 (연중 신청)');
    expect(formatPeriod({ type: 'closed' })).toBe('마감');
    expect(formatPeriod({ type: 'fixed', start: '2026-03-02', end: '2026-12-31' })).toBe(
      '2026년 3월 2일(월) ~ 2026년 12월 31일(목)',
    );
  });

  it('names the ways to apply in Korean, in the order the entry gives them', () => {
    expect(formatApplicationMethods(['email', 'visit'])).toBe('이메일, 방문');
    expect(formatApplicationMethods(['online'])).toBe('온라인');
  });

  it('makes dialable tel: links', () => {
    expect(telHref('063-000-0000')).toBe('tel:0630000000');
  });
});
