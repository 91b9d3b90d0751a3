import { afterEach, describe, expect, it, vi } from 'vitest';
import { seoulDate } from '../../src/lib/dates';
import { applicationStatus, deadlineLabel, type Period } from '../../src/lib/status';

const period: Period = { type: 'fixed', start: '2026-03-02', end: '2026-03-31' };

/** Today as the site computes it, with the machine clock fixed at a UTC moment. */
function todayAt(utcMoment: string): string {
  vi.useFakeTimers();
  vi.setSystemTime(new Date(utcMoment));
  return seoulDate(new Date());
}

afterEach(() => {
  vi.useRealTimers();
});

describe('applicationStatus with a fixed clock in Asia/Seoul', () => {
  it('is upcoming the day before the start', () => {
    expect(applicationStatus(period, todayAt('2026-03-01T05:00:00Z'))).toBe('upcoming');
  });

  it('opens on the start day as soon as it is that day in Seoul (00:30 KST is 15:30 UTC the day before)', () => {
    expect(applicationStatus(period, todayAt('2026-03-01T15:30:00Z'))).toBe('open');
    expect(applicationStatus(period, todayAt('2026-03-01T14:59:00Z'))).toBe('upcoming');
  });

  it('is still plainly open 8 days before the end', () => {
    expect(applicationStatus(period, todayAt('2026-03-23T03:00:00Z'))).toBe('open');
  });

  it('is closing soon 7 days before the end', () => {
    expect(applicationStatus(period, todayAt('2026-03-24T03:00:00Z'))).toBe('closing-soon');
  });

  it('is closing soon, not closed, on the end day until midnight in Seoul', () => {
    expect(applicationStatus(period, todayAt('2026-03-31T14:59:00Z'))).toBe('closing-soon');
  });

  it('shows closed the day after the deadline', () => {
    expect(applicationStatus(period, todayAt('2026-03-31T15:00:00Z'))).toBe('closed');
    expect(applicationStatus(period, todayAt('2026-04-01T09:00:00Z'))).toBe('closed');
  });

  it('is open on a one-day window and closing soon that day', () => {
    expect(applicationStatus({ type: 'fixed', start: '2026-05-05', end: '2026-05-05' }, '2026-05-05')).toBe(
      'closing-soon',
    );
  });

  it('is always "always" for 상시 and "closed" for 마감, whatever the date', () => {
    expect(applicationStatus({ type: 'always' }, '2026-01-01')).toBe('always');
    expect(applicationStatus({ type: 'closed' }, '2020-01-01')).toBe('closed');
  });
});

describe('deadlineLabel', () => {
  it('counts down the days to the deadline while open', () => {
    expect(deadlineLabel(period, '2026-03-24')).toBe('D-7');
    expect(deadlineLabel(period, '2026-03-02')).toBe('D-29');
  });

  it('says 오늘 마감 on the last day', () => {
    expect(deadlineLabel(period, '2026-03-31')).toBe('오늘 마감');
  });

  it('has no countdown before opening, after closing or for 상시', () => {
    expect(deadlineLabel(period, '2026-03-01')).toBeUndefined();
    expect(deadlineLabel(period, '2026-04-01')).toBeUndefined();
    expect(deadlineLabel({ type: 'always' }, '2026-04-01')).toBeUndefined();
  });
});
