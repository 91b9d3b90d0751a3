import { describe, expect, it } from 'vitest';
import { orderByTime, placeRank, resultStatus } from '../../../src/lib/search/ranking';

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

describe('placeRank', () => {
  it('puts the region a query names first, then nationwide, then elsewhere', () => {
    expect(placeRank('부산광역시', ['부산', '월세'])).toBe(0);
    expect(placeRank('광주 서구, 광주광역시', ['광주', '면접정장'])).toBe(0);
    expect(placeRank('전국', ['부산', '월세'])).toBe(1);
    expect(placeRank('제주특별자치도', ['부산', '월세'])).toBe(2);
    expect(placeRank('경상남도', ['경남', '교통비'])).toBe(0);
  });

  it('orders equally relevant results by place before time, and never a clearly better one down', () => {
    const r = (id: string, score: number, place: number) => ({ id, score, status: 'open' as const, place });
    expect(orderByTime([r('jeju', 10, 2), r('kr', 9.9, 1), r('busan', 9.8, 0)]).map((x) => x.id)).toEqual([
      'busan',
      'kr',
      'jeju',
    ]);
    expect(orderByTime([r('jeju', 10, 2), r('busan', 5, 0)]).map((x) => x.id)).toEqual(['jeju', 'busan']);
  });
});
