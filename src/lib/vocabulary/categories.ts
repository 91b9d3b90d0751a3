/**
 * The five fixed categories (온통청년 대분류): ids as stored in content, Korean labels and
 * the line shown under each on the home page, in display order.
 */
export const categoryIds = ['jobs', 'housing', 'education', 'welfare-culture', 'participation'] as const;
export type CategoryId = (typeof categoryIds)[number];

const categoryText = {
  jobs: { label: '일자리', description: '취업 준비, 구직 수당, 일경험, 창업' },
  housing: { label: '주거', description: '월세·보증금 지원, 전세 대출, 청년 주택' },
  education: { label: '교육', description: '장학금, 학자금, 직업훈련, 자격증' },
  'welfare-culture': { label: '복지·문화', description: '마음건강, 생활 지원, 자산 형성, 문화' },
  participation: { label: '참여·권리', description: '청년 정책 참여, 네트워크, 권리 보호' },
} as const satisfies Record<CategoryId, { label: string; description: string }>;

export const categories = categoryIds.map((id) => ({ id, ...categoryText[id] }));
export type Category = (typeof categories)[number];

export function categoryLabel(id: string): string {
  return (categoryText as Record<string, { label: string }>)[id]?.label ?? id;
}
