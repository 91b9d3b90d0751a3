import {
  type Applicant,
  applicantLabels,
  applicantValues,
  groupLabels,
  groupValues,
  housingLabels,
  housingValues,
  majorLabels,
  majorValues,
} from '../../src/lib/vocabulary';
import type { Eligibility, MedianIncomeLimit } from '../../src/schemas/eligibility';
import { splitList } from './text';

/**
 * The spreadsheet columns of the structured conditions (docs/content-model.md: medianIncome,
 * annualIncome, housing, groups, majors, residenceMonths, applicant). Like the other
 * columns, a value that cannot be placed exactly is an error naming the column.
 */
export const eligibilityColumns = [
  { header: '중위소득', required: false, help: '예: 청년가구 60; 원가구 100 (기준 중위소득 % 이하, 모두 충족)' },
  { header: '연소득한도', required: false, help: '원 단위 숫자, 예: 50000000' },
  { header: '연소득대상', required: false, help: '본인 또는 가구 (연소득한도를 쓸 때 필수)' },
  { header: '주거조건', required: false, help: '무주택, 부모님과 따로 사는 청년, 세대주 (쉼표로 구분)' },
  {
    header: '특화대상',
    required: false,
    help: `하나라도 해당하면 신청 가능: ${Object.values(groupLabels).join(', ')}`,
  },
  { header: '전공', required: false, help: Object.values(majorLabels).join(', ') },
  { header: '거주기간', required: false, help: '정책 지역에 산 최소 개월 수, 예: 6' },
  { header: '신청주체', required: false, help: '청년 본인(기본), 기업 대상, 모임으로 신청' },
] as const;

export type EligibilityHeader = (typeof eligibilityColumns)[number]['header'];

type Cell = (header: EligibilityHeader) => string;
type FromLabels = <T extends string>(
  raw: string,
  values: readonly T[],
  labels: Record<string, string>,
  column: string,
) => T[];

const households: Record<string, MedianIncomeLimit['household']> = {
  청년가구: 'own',
  본인가구: 'own',
  own: 'own',
  원가구: 'parents',
  부모가구: 'parents',
  parents: 'parents',
};

function medianIncome(raw: string, errors: string[]): MedianIncomeLimit[] {
  return splitList(raw, /[;\n]/).flatMap((item) => {
    const match = /^(\S+)\s*(\d{1,4})\s*%?$/.exec(item.replace(/\s+/g, ' '));
    const household = match?.[1] === undefined ? undefined : households[match[1]];
    if (match === null || household === undefined) {
      errors.push(`중위소득 '${item}'을(를) 읽을 수 없습니다. '청년가구 60' 또는 '원가구 100'처럼 적으세요.`);
      return [];
    }
    return [{ percent: Number(match[2]), household }];
  });
}

function annualIncome(cell: Cell, errors: string[]): Eligibility['annualIncome'] {
  const max = cell('연소득한도').replace(/,/g, '');
  const of = cell('연소득대상');
  if (max === '' && of === '') return undefined;
  const holder =
    of === '본인' || of === 'self' ? 'self' : of === '가구' || of === 'household' ? 'household' : undefined;
  if (!/^\d+$/.test(max) || Number(max) < 1) errors.push(`연소득한도 '${max}'은(는) 원 단위 숫자로 적으세요.`);
  if (holder === undefined) errors.push(`연소득대상 '${of}'은(는) 본인 또는 가구로 적으세요.`);
  return holder === undefined || !/^\d+$/.test(max) ? undefined : { max: Number(max), of: holder };
}

/** The structured conditions of one row; absent columns add nothing. */
export function spreadsheetEligibility(cell: Cell, fromLabels: FromLabels, errors: string[]): Partial<Eligibility> {
  const months = cell('거주기간').replace(/개월$/, '');
  if (months !== '' && !/^\d{1,3}$/.test(months)) errors.push(`거주기간 '${months}'은(는) 개월 수 숫자로 적으세요.`);
  const housing = fromLabels(
    cell('주거조건'),
    housingValues,
    { ...housingLabels, apart: '부모님과 따로 사는 청년' },
    '주거조건',
  );
  const applicants = [...new Set(fromLabels(cell('신청주체'), applicantValues, applicantLabels, '신청주체'))];
  // Who applies is one answer: two would silently become the first (a business).
  if (applicants.length > 1) {
    errors.push(
      `신청주체 '${cell('신청주체')}'에 값이 여러 개입니다. 하나만 적으세요: ${applicantValues.map((value) => applicantLabels[value]).join(', ')}`,
    );
  }
  const applicant: Applicant | undefined = applicants.length === 1 ? applicants[0] : undefined;
  const groups = fromLabels(cell('특화대상'), groupValues, groupLabels, '특화대상');
  const majors = fromLabels(cell('전공'), majorValues, majorLabels, '전공');
  const limits = medianIncome(cell('중위소득'), errors);
  const yearly = annualIncome(cell, errors);
  return {
    ...(limits.length > 0 ? { medianIncome: limits } : {}),
    ...(yearly ? { annualIncome: yearly } : {}),
    ...(housing.length > 0 ? { housing: Object.fromEntries(housing.map((condition) => [condition, true])) } : {}),
    ...(groups.length > 0 ? { groups } : {}),
    ...(majors.length > 0 ? { majors } : {}),
    ...(/^\d{1,3}$/.test(months) && Number(months) > 0 ? { residenceMonths: Number(months) } : {}),
    ...(applicant && applicant !== 'person' ? { applicant } : {}),
  };
}
