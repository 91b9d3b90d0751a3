import type { CategoryId, Education, Employment, Marital } from '../../src/lib/vocabulary';
import { cleanText, splitList, unique } from './text';

/**
 * 온통청년 Open API v2 code tables (코드정보) and how they map to our content model.
 * Only exact equivalents become structured rules; everything else becomes a plain-Korean
 * condition for the person to check, never a wider rule that would tell someone they
 * qualify when they do not.
 */

/** 정책취업요건코드 (jobCd). */
export const jobCodes: Record<string, { label: string; employment?: Employment }> = {
  '0013001': { label: '재직자', employment: 'employed' },
  '0013002': { label: '자영업자', employment: 'self-employed' },
  '0013003': { label: '미취업자', employment: 'unemployed' },
  '0013004': { label: '프리랜서', employment: 'freelancer' },
  '0013005': { label: '일용근로자' },
  '0013006': { label: '(예비)창업자', employment: 'founder' },
  '0013007': { label: '단기근로자' },
  '0013008': { label: '영농종사자', employment: 'farmer' },
  '0013009': { label: '기타' },
  '0013010': { label: '제한없음' },
};
const jobUnrestricted = '0013010';

/** 정책학력요건코드 (schoolCd). 고졸 예정·대졸 예정 are narrower than any of our values. */
export const schoolCodes: Record<string, { label: string; education?: Education }> = {
  '0049001': { label: '고졸 미만' },
  '0049002': { label: '고교 재학', education: 'high-school-student' },
  '0049003': { label: '고졸 예정' },
  '0049004': { label: '고교 졸업', education: 'high-school-graduate' },
  '0049005': { label: '대학 재학', education: 'university-student' },
  '0049006': { label: '대졸 예정' },
  '0049007': { label: '대학 졸업', education: 'university-graduate' },
  '0049008': { label: '석·박사', education: 'graduate-school' },
  '0049009': { label: '기타' },
  '0049010': { label: '제한없음' },
};
const schoolUnrestricted = '0049010';

/** 결혼상태코드 (mrgSttsCd). */
export const maritalCodes: Record<string, { label: string; marital?: Marital }> = {
  '0055001': { label: '기혼', marital: 'married' },
  '0055002': { label: '미혼', marital: 'single' },
  '0055003': { label: '제한없음' },
};
const maritalUnrestricted = '0055003';

/** 소득조건구분코드 (earnCndSeCd). */
export const incomeConditionCodes = { any: '0043001', annual: '0043002', other: '0043003' } as const;

/** 신청기간구분코드 (aplyPrdSeCd). */
export const applicationPeriodCodes = { fixed: '0057001', always: '0057002', closed: '0057003' } as const;

export interface CodeMapping<T> {
  /** The structured rule, only when every listed code has an exact equivalent. */
  values?: T[];
  /** A plain-Korean condition when the list cannot be expressed exactly. */
  condition?: string;
  /** Codes not in the table, for the report. */
  unknown: string[];
}

/**
 * A comma list of codes means "any of these". The union is exact only when each code
 * has an exact equivalent; "no restriction" anywhere in the list means no rule at all.
 */
export function mapCodeList<T>(
  raw: unknown,
  table: Record<string, { label: string } & Partial<Record<'value', T>>>,
  unrestricted: string,
  subject: string,
): CodeMapping<T> {
  const codes = unique(splitList(raw, /[,\s]+/));
  if (codes.length === 0 || codes.includes(unrestricted)) return { unknown: [] };
  // Own keys only: a code such as `constructor` or `__proto__` is unknown, not a member of
  // every object (which would make an entry without a label).
  const entryOf = (code: string) => (Object.hasOwn(table, code) ? table[code] : undefined);
  const unknown = codes.filter((code) => entryOf(code) === undefined);
  const known = codes.flatMap((code) => entryOf(code) ?? []);
  const values = known.flatMap((entry) => (entry.value === undefined ? [] : [entry.value]));
  if (unknown.length === 0 && values.length === known.length) return { values: unique(values), unknown };
  const labels = known.map((entry) => entry.label);
  const condition =
    labels.length > 0
      ? `${subject}: ${labels.join(', ')}${unknown.length > 0 ? ' 등' : ''} (공고에서 확인하세요)`
      : `${subject} 조건이 있습니다 (공고에서 확인하세요)`;
  return { condition, unknown };
}

const withValue = <T, K extends string>(table: Record<string, { label: string } & Partial<Record<K, T>>>, key: K) =>
  Object.fromEntries(
    Object.entries(table).map(([code, entry]) => [code, { label: entry.label, value: entry[key] as T | undefined }]),
  ) as Record<string, { label: string; value?: T }>;

export function mapJobCodes(raw: unknown): CodeMapping<Employment> {
  return mapCodeList(raw, withValue<Employment, 'employment'>(jobCodes, 'employment'), jobUnrestricted, '취업 상태');
}

export function mapSchoolCodes(raw: unknown): CodeMapping<Education> {
  return mapCodeList(raw, withValue<Education, 'education'>(schoolCodes, 'education'), schoolUnrestricted, '학력');
}

export function mapMaritalCode(raw: unknown): CodeMapping<Marital> {
  const mapping = mapCodeList(
    raw,
    withValue<Marital, 'marital'>(maritalCodes, 'marital'),
    maritalUnrestricted,
    '혼인 여부',
  );
  // Our field holds one value; "미혼 or 기혼" is no restriction at all.
  if (mapping.values !== undefined && mapping.values.length > 1) return { unknown: mapping.unknown };
  return mapping;
}

/**
 * 대분류 (lclsfNm) of both vocabularies: 2025's 일자리, 주거, 교육, 복지문화, 참여권리 and
 * 2026's 교육･직업훈련, 금융･복지･문화, 참여･기반, written with U+FF65 (or U+00B7 and
 * friends when someone retyped them). A record may list several, comma-joined and
 * sometimes repeated (`일자리,교육`, `참여권리,참여권리`).
 */
export const categoryNames: Record<string, CategoryId> = {
  일자리: 'jobs',
  주거: 'housing',
  교육: 'education',
  교육직업훈련: 'education',
  복지문화: 'welfare-culture',
  금융복지문화: 'welfare-culture',
  참여권리: 'participation',
  참여기반: 'participation',
};

const middleDots = /[\u00b7\u2027\u2219\u22c5\u30fb\uff65\u318d.ㆍ・\s]/g;

/** Every known category of the list, once each, in the order written. */
export function mapCategories(raw: unknown): CategoryId[] {
  return unique(
    splitList(raw, /[,/]/).flatMap((name) => {
      const category = categoryNames[name.replace(middleDots, '')];
      return category === undefined ? [] : [category];
    }),
  );
}

/** The first known category: a policy has one, the others become tags. */
export function mapCategory(raw: unknown): CategoryId | undefined {
  return mapCategories(raw)[0];
}

/**
 * A whole-number age from a string or number. `0` and empty mean "no limit", and so do
 * `99`, `999`, `99999` and anything from 99 up: no youth policy stops at 99, and records
 * write 100 or 999 for "no upper limit" (`sprtTrgtAgeLmtYn` does not say; the ages do).
 */
export function parseAge(raw: unknown): { age?: number; error?: string } {
  const text = cleanText(raw);
  if (text === '') return {};
  if (!/^\d{1,6}$/.test(text)) return { error: `나이는 숫자여야 합니다: '${text}'` };
  const age = Number(text);
  return age === 0 || age >= 99 ? {} : { age };
}

/**
 * 시·도 by 행정표준기관코드, as the records name them (every one of these pairs appears in
 * ../shared/data/ontong/ontong-v2-2025-sample.json; 6420000 강원도 and 6450000 전라북도 are
 * the codes before they became 특별자치도). A department of a 시·도 (6540033 문화체육관광국)
 * finds its body here when the record names no other institution of it.
 */
export const provinceInstitutions: readonly { code: string; name: string }[] = [
  { code: '6110000', name: '서울특별시' },
  { code: '6260000', name: '부산광역시' },
  { code: '6270000', name: '대구광역시' },
  { code: '6280000', name: '인천광역시' },
  { code: '6290000', name: '광주광역시' },
  { code: '6300000', name: '대전광역시' },
  { code: '6310000', name: '울산광역시' },
  { code: '5690000', name: '세종특별자치시' },
  { code: '6410000', name: '경기도' },
  { code: '6420000', name: '강원도' },
  { code: '6530000', name: '강원특별자치도' },
  { code: '6430000', name: '충청북도' },
  { code: '6440000', name: '충청남도' },
  { code: '6450000', name: '전라북도' },
  { code: '6540000', name: '전북특별자치도' },
  { code: '6460000', name: '전라남도' },
  { code: '6470000', name: '경상북도' },
  { code: '6480000', name: '경상남도' },
  { code: '6500000', name: '제주특별자치도' },
];
