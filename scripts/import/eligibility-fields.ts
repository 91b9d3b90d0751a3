import type { Group, Major } from '../../src/lib/vocabulary';
import type { Eligibility } from '../../src/schemas/eligibility';
import { incomeConditionCodes, mapCodeList } from './codes';
import { annualIncomeIn, medianIncomeIn, offersChoices, readQualificationLine } from './eligibility-text';
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
  addAplyQlfcCndCn?: unknown;
  plcyExplnCn?: unknown;
  plcySprtCn?: unknown;
  zipCd?: unknown;
  pvsnInstGroupCd?: unknown;
  rgtrInstCdNm?: unknown;
  rgtrHghrkInstCdNm?: unknown;
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

/** `(대상) 청년 누구나`, `지원대상 : 관내 대학생`: who a description says the policy is for. */
const targetLine = /\(\s*(?:지원\s*)?대상\s*\)\s*[:：]?\s*(.+)|(?:지원|참여|모집)\s*대상\s*[:：]\s*(.+)/;

/** Lines that say nothing: a record writes `-` for "no text". */
const blank = (line: string) => /^[-–—\s]*$|^(?:없음|해당\s*없음)$/.test(line);

/**
 * When the record's qualification field is empty, who may apply is only in its
 * description: the finder must not read the silence as "no condition", so the description's
 * 대상 line (or a sentence saying where to look) becomes a condition to read.
 */
export function qualificationFallback(record: EligibilityCodes): string | undefined {
  if (textLines(record.addAplyQlfcCndCn).some((line) => !blank(line))) return undefined;
  for (const field of [record.plcyExplnCn, record.plcySprtCn]) {
    for (const line of textLines(field)) {
      const match = targetLine.exec(line);
      const target = oneLine(match?.[1] ?? match?.[2] ?? '');
      // `청년 누구나` says there is no condition beyond the age the record gives.
      if (/^(?:청년\s*)?누구나\.?$/.test(target)) return undefined;
      if (target !== '' && !blank(target)) return `지원 대상: ${target}`;
    }
  }
  return '온통청년에 자격 조건이 따로 적혀 있지 않아요. 정책 설명과 공고에서 대상을 확인하세요.';
}

/** 제공기관그룹 (pvsnInstGroupCd) of a 지방자치단체. */
const localGovernment = '0054002';
/** A nationwide record lists every 시·군·구 code: 252 in 2025, 256 from September 2026. */
const nationwideCodeCount = 250;

/**
 * A 시·도 or 시·군·구 that lists every district of the country rarely means it: its
 * programme is most often for its own residents. Until the notice says outsiders may
 * apply, that is a condition to read, never a green verdict for someone elsewhere.
 */
export function localBodyCondition(record: EligibilityCodes): string | undefined {
  if (cleanText(record.pvsnInstGroupCd) !== localGovernment) return undefined;
  if (cleanText(record.zipCd).split(',').filter(Boolean).length < nationwideCodeCount) return undefined;
  const body = cleanText(record.rgtrInstCdNm) || cleanText(record.rgtrHghrkInstCdNm);
  if (body === '') return undefined;
  return `${body}에서 운영해요. 다른 지역 주민도 신청할 수 있는지 공고에서 확인하세요.`;
}

/**
 * 무주택, 부모와 따로, 세대주, 거주 기간 and 특화 대상 from the qualification lines (and the
 * income note, which some records use for them); a line the rule said entirely leaves the
 * conditions.
 */
function addTextFields(record: EligibilityCodes, eligibility: Eligibility, groupsFromText: boolean): void {
  const lines = [...textLines(record.addAplyQlfcCndCn), ...textLines(record.earnEtcCn)];
  if (offersChoices(lines.join('\n'))) return;
  const said = new Set<string>();
  for (const line of lines) {
    const { findings, whole } = readQualificationLine(line);
    if (findings.housing) eligibility.housing = { ...eligibility.housing, ...findings.housing };
    if (findings.residenceMonths !== undefined && eligibility.residenceMonths === undefined) {
      eligibility.residenceMonths = findings.residenceMonths;
    }
    if (findings.groups && groupsFromText && eligibility.groups === undefined) eligibility.groups = findings.groups;
    if (whole) said.add(line);
  }
  if (eligibility.conditions) eligibility.conditions = eligibility.conditions.filter((line) => !said.has(line));
}

/**
 * 기준 중위소득 or 연소득 in an income note that says more than the limit: the limit becomes
 * a field the finder judges, and the whole note a condition to read beside it.
 */
function addIncomeInText(record: EligibilityCodes, eligibility: Eligibility): void {
  // 무관 (any) with a note is a record contradicting itself: the note stays text.
  if (cleanText(record.earnCndSeCd) !== incomeConditionCodes.other) return;
  if (eligibility.medianIncome || eligibility.annualIncome) return;
  const note = oneLine(textLines(record.earnEtcCn).join(' '));
  if (note === '') return;
  const median = medianIncomeIn(note);
  const annual = median ? undefined : annualIncomeIn(note);
  if (!median && !annual) return;
  if (median) eligibility.medianIncome = median;
  if (annual) eligibility.annualIncome = annual;
  eligibility.conditions = [...(eligibility.conditions ?? []), `소득 기준: ${note}`];
  delete eligibility.income;
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
  const fallback = qualificationFallback(record);
  const conditions = [
    groups.condition,
    majors.condition,
    ...(annual.limit ? annual.conditions : []),
    fallback,
    localBodyCondition(record),
  ];
  eligibility.conditions = unique([
    ...(eligibility.conditions ?? []).filter((line) => !blank(line)),
    ...conditions.flatMap((text) => text ?? []),
  ]);
  // A list with 기타 (groups.condition) leaves the groups to the notice: no group from text either.
  addTextFields(record, eligibility, groups.condition === undefined);
  addIncomeInText(record, eligibility);
  for (const [name, mapping] of [
    ['sbizCd', groups],
    ['plcyMajorCd', majors],
  ] as const) {
    if (mapping.unknown.length > 0) warnings.push(`알 수 없는 ${name} 코드: ${mapping.unknown.join(', ')}`);
  }
}
