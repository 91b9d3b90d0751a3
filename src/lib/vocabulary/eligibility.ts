/** The enums of `eligibility` (docs/content-model.md) with the Korean labels people see. */

export const employmentValues = ['employed', 'self-employed', 'unemployed', 'freelancer', 'founder', 'farmer'] as const;
export type Employment = (typeof employmentValues)[number];
export const employmentLabels = {
  employed: '재직자',
  'self-employed': '자영업자',
  unemployed: '미취업자',
  freelancer: '프리랜서',
  founder: '(예비)창업자',
  farmer: '농업인',
} as const satisfies Record<Employment, string>;

export const educationValues = [
  'high-school-student',
  'high-school-graduate',
  'university-student',
  'university-graduate',
  'graduate-school',
] as const;
export type Education = (typeof educationValues)[number];
export const educationLabels = {
  'high-school-student': '고등학교 재학',
  'high-school-graduate': '고등학교 졸업',
  'university-student': '대학 재학',
  'university-graduate': '대학 졸업',
  'graduate-school': '대학원',
} as const satisfies Record<Education, string>;

export const maritalValues = ['single', 'married'] as const;
export type Marital = (typeof maritalValues)[number];
export const maritalLabels = { single: '미혼', married: '기혼' } as const satisfies Record<Marital, string>;

/** 특화 대상 (`eligibility.groups`): the person must belong to at least one listed group. */
export const groupValues = [
  'sme-worker',
  'woman',
  'basic-livelihood',
  'near-poverty',
  'single-parent',
  'disabled',
  'farmer',
  'military',
  'veteran',
  'care-leaver',
  'local-talent',
] as const;
export type Group = (typeof groupValues)[number];
export const groupLabels = {
  'sme-worker': '중소기업 재직자',
  woman: '여성',
  'basic-livelihood': '기초생활수급자',
  'near-poverty': '차상위계층',
  'single-parent': '한부모가족',
  disabled: '장애인',
  farmer: '농업인',
  military: '군 복무 중',
  veteran: '제대군인',
  'care-leaver': '자립준비청년·보호종료아동',
  'local-talent': '지역인재',
} as const satisfies Record<Group, string>;

export const majorValues = [
  'humanities',
  'social',
  'business',
  'science',
  'engineering',
  'arts',
  'agriculture',
  'other',
] as const;
export type Major = (typeof majorValues)[number];
export const majorLabels = {
  humanities: '인문계열',
  social: '사회계열',
  business: '상경계열',
  science: '자연계열',
  engineering: '공학계열',
  arts: '예체능계열',
  agriculture: '농산업계열',
  other: '기타 전공',
} as const satisfies Record<Major, string>;

/**
 * Who applies: a young person (the default), a business, a group of young people, or no one
 * (`none`: information, infrastructure or a plan; shown and findable, never given a finder
 * verdict or an apply button).
 */
export const applicantValues = ['person', 'business', 'group', 'none'] as const;
export type Applicant = (typeof applicantValues)[number];
export const applicantLabels = {
  person: '청년 본인',
  business: '기업 대상',
  group: '모임으로 신청',
  none: '신청하는 사업이 아님',
} as const satisfies Record<Applicant, string>;

/** Whose household a 기준 중위소득 limit reads: the young person's own or the parents' (원가구). */
export const medianHouseholdValues = ['own', 'parents'] as const;
export type MedianHousehold = (typeof medianHouseholdValues)[number];
export const medianHouseholdLabels = {
  own: '청년 가구',
  parents: '원가구(부모님 가구)',
} as const satisfies Record<MedianHousehold, string>;

/** Whose yearly income an 연소득 limit reads. */
export const incomeHolderValues = ['self', 'household'] as const;
export type IncomeHolder = (typeof incomeHolderValues)[number];
export const incomeHolderLabels = { self: '본인', household: '가구' } as const satisfies Record<IncomeHolder, string>;

/** 주거 조건 (`eligibility.housing`): each is required when `true`. */
export const housingValues = ['homeless', 'apart', 'householder'] as const;
export type HousingCondition = (typeof housingValues)[number];
export const housingLabels = {
  homeless: '무주택',
  apart: '부모님과 따로 사는 청년',
  householder: '세대주',
} as const satisfies Record<HousingCondition, string>;
