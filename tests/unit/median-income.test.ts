import { describe, expect, it } from 'vitest';
import { compareWithMedianIncome, medianIncomeTableFor, medianIncomeTables } from '../../src/lib/median-income';

describe('기준 중위소득 tables', () => {
  it('pins the 보건복지부 amounts for 2025 and 2026, 1 to 6 people, with their source', () => {
    expect(medianIncomeTables.map((table) => [table.year, table.amounts])).toEqual([
      [2025, [2_392_013, 3_932_658, 5_025_353, 6_097_773, 7_108_192, 8_064_805]],
      [2026, [2_564_238, 4_199_292, 5_359_036, 6_494_738, 7_556_719, 8_555_952]],
    ]);
    for (const table of medianIncomeTables) expect(table.source).toContain('보건복지부 고시');
  });

  it("chooses the table of today's year, the newest for a later year and the oldest for an earlier one", () => {
    expect(medianIncomeTableFor('2025-12-31').year).toBe(2025);
    expect(medianIncomeTableFor('2026-01-01').year).toBe(2026);
    expect(medianIncomeTableFor('2027-03-01').year).toBe(2026);
    expect(medianIncomeTableFor('2024-06-01').year).toBe(2025);
  });
});

describe('compareWithMedianIncome', () => {
  const table2026 = medianIncomeTableFor('2026-06-01');

  it.each([
    // [monthly income, household, percent, expected]
    [2_564_238, 1, 100, 'within'],
    [2_564_239, 1, 100, 'above'],
    [1_538_542, 1, 60, 'within'],
    [1_800_000, 1, 60, 'above'],
    [3_846_357, 1, 150, 'within'],
    [3_846_358, 1, 150, 'above'],
    [6_494_738, 4, 100, 'within'],
    [8_555_952, 6, 100, 'within'],
  ] as const)('%i원, %i인 가구, %i%% → %s', (income, household, percent, expected) => {
    expect(compareWithMedianIncome(income, household, percent, table2026)).toBe(expected);
  });

  it('compares households above 6 people with the 6인 amount and leaves a higher income undecided', () => {
    expect(compareWithMedianIncome(8_555_952, 7, 100, table2026)).toBe('within');
    expect(compareWithMedianIncome(8_555_953, 7, 100, table2026)).toBe('unknown');
  });

  it('uses the 2025 amounts in 2025', () => {
    expect(compareWithMedianIncome(2_392_013, 1, 100, medianIncomeTableFor('2025-05-01'))).toBe('within');
    expect(compareWithMedianIncome(2_392_014, 1, 100, medianIncomeTableFor('2025-05-01'))).toBe('above');
  });
});
