import { describe, expect, it } from 'vitest';
import { orderByTime, resultStatus } from '../../../src/lib/search/ranking';

const today = '2026-11-20';

describe('resultStatus', () => {
  it('reads the period from result metadata, and counts a center (no period) as always open', () => {
    const fixed = (start: string, end: string) => ({ period_type: 'fixed', period_start: start, period_end: end });
    expect(resultStatus(fixed('2026-11-01', '2026-11-30'), today)).toBe('open');
    expect(resultStatus(fixed('2026-12-01', '2026-12-31'), today)).toBe('upcoming');
    expect(resultStatus({ period_type: 'closed' }, today)).toBe('closed');
    expect(resultStatus({ title: '청년뜰' }, today)).toBe('always');
  });
});

describe('orderByTime', () => {
  const result = (id: string, score: number, status: 'open' | 'closed' | 'upcoming' | 'always') => ({
    id,
    score,
    status,
  });

  it('puts open before upcoming before closed among equally relevant results', () => {
    const ordered = orderByTime([result('a', 10, 'closed'), result('b', 9.8, 'upcoming'), result('c', 9.7, 'open')]);
    expect(ordered.map((r) => r.id)).toEqual(['c', 'b', 'a']);
  });

  it('never moves a clearly better match below a worse one', () => {
    const ordered = orderByTime([result('a', 10, 'closed'), result('b', 5, 'open')]);
    expect(ordered.map((r) => r.id)).toEqual(['a', 'b']);
  });
});
