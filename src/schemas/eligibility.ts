import { z } from 'astro/zod';
import { educationValues, employmentValues, maritalValues } from '../lib/vocabulary';
import { textList } from './common';

const age = z.int({ error: '나이는 만 나이 정수로 적으세요. 예: 19' }).min(0).max(120);

/** 신청 자격. An absent field means "no condition"; free-text fields are checked by the person. */
export const eligibilitySchema = z.strictObject({
  /** 만 나이 범위 (두 값 모두 포함), 예: `{ min: 19, max: 39 }` */
  age: z
    .strictObject({
      /** 최소 만 나이 (포함) */
      min: age.optional(),
      /** 최대 만 나이 (포함) */
      max: age.optional(),
    })
    .refine((range) => range.min === undefined || range.max === undefined || range.min <= range.max, {
      error: '최소 나이가 최대 나이보다 큽니다. 나이 범위를 확인하세요.',
      path: ['max'],
    })
    .optional(),
  /** 취업 상태: employed, self-employed, unemployed, freelancer, founder, farmer. 없으면 조건 없음 */
  employment: z.array(z.enum(employmentValues)).min(1).optional(),
  /** 학력: high-school-student, high-school-graduate, university-student, university-graduate, graduate-school. 없으면 조건 없음 */
  education: z.array(z.enum(educationValues)).min(1).optional(),
  /** 혼인 여부: single 또는 married. 없으면 조건 없음 */
  marital: z.enum(maritalValues).optional(),
  /** 소득 기준 (자유 기술), 예: 기준 중위소득 150% 이하 */
  income: z.string().min(1).optional(),
  /** 그 밖의 자격 조건 (무주택자 등), 한 줄에 하나 */
  conditions: textList.optional(),
  /** 참여 제한 대상, 한 줄에 하나 */
  excluded: textList.optional(),
});

export type Eligibility = z.infer<typeof eligibilitySchema>;
