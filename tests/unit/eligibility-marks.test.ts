import { describe, expect, it } from 'vitest';
import { marksData, marksFor } from '../../src/lib/eligibility/marks';
import { RegionTree } from '../../src/lib/regions';

const tree = new RegionTree([
  { id: 'kr', name: '전국', code: '00' },
  { id: 'gwangju', name: '광주광역시', code: '29', parent: 'kr' },
  { id: 'gwangju-seogu', name: '광주 서구', code: '29140', parent: 'gwangju' },
  { id: 'gwangju-donggu', name: '광주 동구', code: '29110', parent: 'gwangju' },
]);
const today = '2026-11-20';

describe('marks of a detail page from the remembered answers', () => {
  const rent = marksData(
    {
      age: { min: 19, max: 34 },
      housing: { homeless: true, apart: true },
      medianIncome: [{ percent: 60, household: 'own' }],
      conditions: ['재산 기준 충족'],
    },
    ['kr'],
    tree,
  );

  it('marks each condition ✓, ✗ or ? for the answers given', () => {
    const marks = marksFor({ age: { min: 27, max: 27 }, homeless: true, household: 1, income: 180 }, rent, today);
    expect(marks).toEqual({
      region: 'yes',
      age: 'yes',
      // 1인 가구 월 180만원 is above 60% (1,538,542원).
      medianIncome: 'no',
      // 무주택 holds, 부모와 따로 is not answered yet.
      housing: 'unknown',
      conditions: 'unknown',
    });
  });

  it("marks a district's entry ✓ for its residents, ✗ for another district's, ? for a 시·도-only answer", () => {
    const donggu = marksData(undefined, ['gwangju-donggu'], tree);
    expect(donggu).toMatchObject({ residents: ['gwangju-donggu'], above: ['gwangju'] });
    expect(marksFor({ region: 'gwangju-donggu' }, donggu, today).region).toBe('yes');
    expect(marksFor({ region: 'gwangju-seogu' }, donggu, today).region).toBe('no');
    expect(marksFor({ region: 'gwangju' }, donggu, today).region).toBe('unknown');
    expect(marksFor({}, donggu, today).region).toBe('unknown');
  });
});
