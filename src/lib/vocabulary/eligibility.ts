/** The enums of `eligibility` (CONTENT-MODEL.md) with the Korean labels people see. */

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
