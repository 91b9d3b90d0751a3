/**
 * 기준 중위소득 (monthly, KRW, by household size) as the 보건복지부 publishes it each
 * year. Kept as data with its source: a limit like "기준 중위소득 150% 이하" is read
 * against the table of the year in which a person uses the finder (today in Seoul).
 *
 * Above 6 people: the 고시 also publishes a 7인 amount and adds the 7인−6인 difference
 * for each further person. We keep only the amounts we could check against the official
 * figures (1~6인), so for 7 or more people the finder uses the 6인 amount as a floor: an
 * income within the limit for 6 people is within it for any larger household, and one
 * above it is left to the notice rather than guessed.
 */

export interface MedianIncomeTable {
  year: number;
  /** Where the figures come from. */
  source: string;
  /** Index 0 is a 1인 가구. */
  amounts: readonly number[];
}

export const medianIncomeTables: readonly MedianIncomeTable[] = [
  {
    year: 2025,
    source: '보건복지부 고시, 2025년 기준 중위소득 (가구원 수별 월 금액)',
    amounts: [2_392_013, 3_932_658, 5_025_353, 6_097_773, 7_108_192, 8_064_805],
  },
  {
    year: 2026,
    source: '보건복지부 고시, 2026년 기준 중위소득 (가구원 수별 월 금액)',
    amounts: [2_564_238, 4_199_292, 5_359_036, 6_494_738, 7_556_719, 8_555_952],
  },
];

/** The largest household the tables list; bigger households are compared with this one. */
export const largestListedHousehold = 6;

/** The table of `today`'s year, or the nearest year we have (the newest for a later year). */
export function medianIncomeTableFor(today: string): MedianIncomeTable {
  const year = Number(today.slice(0, 4));
  const sorted = [...medianIncomeTables].sort((a, b) => a.year - b.year);
  const chosen = sorted.filter((table) => table.year <= year).at(-1) ?? sorted[0];
  if (chosen === undefined) throw new Error('기준 중위소득 표가 비어 있습니다.');
  return chosen;
}

export type MedianIncomeComparison = 'within' | 'above' | 'unknown';

/**
 * Is a monthly household income (KRW) at most `percent`% of the 기준 중위소득 for its size?
 * `unknown` only for a household above 6 people whose income is above the 6인 limit.
 */
export function compareWithMedianIncome(
  monthlyIncome: number,
  householdSize: number,
  percent: number,
  table: MedianIncomeTable,
): MedianIncomeComparison {
  const size = Math.min(Math.max(1, Math.trunc(householdSize)), largestListedHousehold);
  const amount = table.amounts[size - 1];
  if (amount === undefined) return 'unknown';
  // Whole won, as the notices print them (150% of 2,564,238 is 3,846,357원).
  const limit = Math.floor((amount * percent) / 100);
  if (monthlyIncome <= limit) return 'within';
  return householdSize > largestListedHousehold ? 'unknown' : 'above';
}
