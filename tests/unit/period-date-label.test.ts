import { describe, expect, it } from 'vitest';
import { formatCardDate } from '../../src/lib/dates';
import { periodDateLabel } from '../../src/lib/status';

const period = { type: 'fixed', start: '2026-12-01', end: '2026-12-09' } as const;

describe('the date on a card', () => {
  it('writes month/day and the weekday', () => {
    expect(formatCardDate('2026-12-09')).toBe('12/9(수)');
    expect(formatCardDate('2027-01-01')).toBe('1/1(금)');
  });

  it('says when an open period ends, and when an upcoming one starts', () => {
    expect(periodDateLabel(period, '2026-12-05')).toBe('12/9(수) 마감');
    expect(periodDateLabel(period, '2026-12-09')).toBe('12/9(수) 마감');
    expect(periodDateLabel(period, '2026-11-20')).toBe('12/1(화) 시작');
  });

  it('says nothing once closed, or for an always-open or closed entry', () => {
    expect(periodDateLabel(period, '2026-12-10')).toBeUndefined();
    expect(periodDateLabel({ type: 'always' }, '2026-12-05')).toBeUndefined();
    expect(periodDateLabel({ type: 'closed' }, '2026-12-05')).toBeUndefined();
  });
});
