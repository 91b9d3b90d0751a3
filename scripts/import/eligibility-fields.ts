import type { Group, Major } from '../../src/lib/vocabulary';
import type { Eligibility } from '../../src/schemas/eligibility';
import { incomeConditionCodes, mapCodeList } from './codes';
import { cleanText, oneLine, textLines, unique } from './text';

/**
 * The structured conditions of docs/content-model.md (`groups`, `majors`, `annualIncome`,
 * `medianIncome`) from what a 온통청년 record says exactly. As for the other codes, a list
 * with a code we cannot place exactly (기타) stays a plain-Korean condition, and an income
 * text becomes `medianIncome` only when it says nothing but one 기준 중위소득 limit.
 */

/** 정책특화요건코드 (sbizCd). 기타 has no equivalent. */
export const specialGroupCodes: Record<string, { label: string; value?: Group }> = {
  '0014001': { label: '중소기업', value: 'sme-worker' },
  '0014002': { label: '여성', value: 'woman' },
  '0014003': { label: '기초생활수급자', value: 'basic-livelihood' },
  '0014004': { label: '한부모가정', value: 'single-parent' },
  '0014005': { label: '장애인', value: 'disabled' },
  '0014006': { label: '농업인', value: 'farmer' },
  '0014007': { label: '군인', value: 'military' },
  '0014008': { label: '지역인재', value: 'local-talent' },
  '0014009': { label: '기타' },
  '0014010': { label: '제한없음' },
};

/** 정책전공요건코드 (plcyMajorCd). */
export const majorCodes: Record<string, { label: string; value?: Major }> = {
  '0011001': { label: '인문계열', value: 'humanities' },
  '0011002': { label: '사회계열', value: 'social' },
  '0011003': { label: '상경계열', value: 'business' },
  '0011004': { label: '이학계열', value: 'science' },
  '0011005': { label: '공학계열', value: 'engineering' },
  '0011006': { label: '예체능계열', value: 'arts' },
  '0011007': { label: '농산업계열', value: 'agriculture' },
  '0011008': { label: '기타', value: 'other' },
  '0011009': { label: '제한없음' },
};

/** The record fields read here. */
export interface EligibilityCodes {
  sbizCd?: unknown;
  plcyMajorCd?: unknown;
  earnCndSeCd?: unknown;
  earnMaxAmt?: unknown;
  earnMinAmt?: unknown;
  earnEtcCn?: unknown;
}

/** `만원` below 100,000, else 원, as formatIncome reads them (see ontong.ts). */
function won(raw: unknown): number | undefined {
  const text = cleanText(raw).replace(/,/g, '');
  if (!/^\d+$/.test(text) || Number(text) <= 0) return undefined;
  const value = Number(text);
  return value >= 100_000 ? value : value * 10_000;
}

/** `기준 중위소득 150% 이하`, `2025년 가구 기준중위소득 150%(3,588,020원) 이하인 자`: one limit and nothing else. */
const onlyMedianIncome =
  /^(?:\d{4}년도?\s*)?(?:가구\s*)?(?:기준\s*)?중위\s*소득\s*(\d{1,3})\s*%\s*(?:\([\d,\s]+원\)\s*)?(?:이하|이내)(?:인\s*자|자)?\.?$/;

export function medianIncomeFrom(text: string): Eligibility['medianIncome'] {
  const match = onlyMedianIncome.exec(text.trim());
  return match?.[1] === undefined ? undefined : [{ percent: Number(match[1]), household: 'own' }];
}

/** 연소득 limit; whose income it is comes from the note (가구, 부부 합산), else the person's own. */
export function annualIncomeFrom(record: EligibilityCodes): {
  limit?: Eligibility['annualIncome'];
  conditions: string[];
} {
  if (cleanText(record.earnCndSeCd) !== incomeConditionCodes.annual) return { conditions: [] };
  const max = won(record.earnMaxAmt);
  const min = won(record.earnMinAmt);
  const note = oneLine(textLines(record.earnEtcCn).join(' '));
  // A lower bound has no field: it stays a condition, as does any note beside the numbers.
  const conditions = [
    ...(min === undefined ? [] : [`연소득 ${(min / 10_000).toLocaleString('ko-KR')}만원 이상`]),
    ...(note === '' ? [] : [note]),
  ];
  if (max === undefined) return { conditions };
  return { limit: { max, of: /가구|부부|합산|세대/.test(note) ? 'household' : 'self' }, conditions };
}

/**
 * Adds the structured conditions of a record to its eligibility, conditions for what has no
 * exact field, and warnings for unknown codes. Called once from mapOntongRecord.
 */
export function addEligibilityFields(record: EligibilityCodes, eligibility: Eligibility, warnings: string[]): void {
  const groups = mapCodeList<Group>(record.sbizCd, specialGroupCodes, '0014010', '특화 대상');
  const majors = mapCodeList<Major>(record.plcyMajorCd, majorCodes, '0011009', '전공');
  const annual = annualIncomeFrom(record);
  const median =
    cleanText(record.earnCndSeCd) === incomeConditionCodes.other
      ? medianIncomeFrom(oneLine(cleanText(record.earnEtcCn)))
      : undefined;
  if (groups.values) eligibility.groups = groups.values;
  if (majors.values) eligibility.majors = majors.values;
  if (annual.limit) eligibility.annualIncome = annual.limit;
  if (median) eligibility.medianIncome = median;
  const conditions = [groups.condition, majors.condition, ...(annual.limit ? annual.conditions : [])];
  eligibility.conditions = unique([...(eligibility.conditions ?? []), ...conditions.flatMap((text) => text ?? [])]);
  for (const [name, mapping] of [
    ['sbizCd', groups],
    ['plcyMajorCd', majors],
  ] as const) {
    if (mapping.unknown.length > 0) warnings.push(`알 수 없는 ${name} 코드: ${mapping.unknown.join(', ')}`);
  }
}
