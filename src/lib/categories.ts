/** The five fixed categories (온통청년 대분류) with their Korean labels, in display order. */
export const categories = [
  { id: 'jobs', label: '일자리', description: '취업 준비, 구직 수당, 일경험, 창업' },
  { id: 'housing', label: '주거', description: '월세·보증금 지원, 전세 대출, 청년 주택' },
  { id: 'education', label: '교육', description: '장학금, 학자금, 직업훈련, 자격증' },
  { id: 'welfare-culture', label: '복지·문화', description: '마음건강, 생활 지원, 자산 형성, 문화' },
  { id: 'participation', label: '참여·권리', description: '청년 정책 참여, 네트워크, 권리 보호' },
] as const;

export type Category = (typeof categories)[number];

export function categoryLabel(id: string): string {
  return categories.find((category) => category.id === id)?.label ?? id;
}

export const programTypeLabels: Record<string, string> = {
  course: '강좌',
  certification: '자격증 과정',
  'company-visit': '기업 탐방',
  counseling: '상담',
  mentoring: '멘토링',
  event: '행사',
};

export const applicationMethodLabels: Record<string, string> = {
  online: '온라인',
  visit: '방문',
  mail: '우편',
  email: '이메일',
  phone: '전화',
};

export const employmentLabels: Record<string, string> = {
  employed: '재직자',
  'self-employed': '자영업자',
  unemployed: '미취업자',
  freelancer: '프리랜서',
  founder: '(예비)창업자',
  farmer: '농업인',
};

export const educationLabels: Record<string, string> = {
  'high-school-student': '고등학교 재학',
  'high-school-graduate': '고등학교 졸업',
  'university-student': '대학 재학',
  'university-graduate': '대학 졸업',
  'graduate-school': '대학원',
};

export const maritalLabels: Record<string, string> = {
  single: '미혼',
  married: '기혼',
};

/** `정책`, or a program's kind (`자격증 과정`, `상담`, …), for card labels. */
export function entryKindLabel(listing: { kind: string; programType?: string | undefined }): string {
  if (listing.kind === 'policy') return '정책';
  return programTypeLabels[listing.programType ?? ''] ?? '프로그램';
}
