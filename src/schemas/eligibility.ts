import { z } from 'astro/zod';
import {
  applicantValues,
  educationValues,
  employmentValues,
  groupValues,
  incomeHolderValues,
  majorValues,
  maritalValues,
  medianHouseholdValues,
} from '../lib/vocabulary';
import { textList } from './common';

const age = z.int({ error: '나이는 만 나이 정수로 적으세요. 예: 19' }).min(0).max(120);
const yesNo = z.boolean({ error: 'true 또는 false로 적으세요.' });
const oneOf = (what: string, values: readonly string[]) => ({
  error: `${what}은(는) 다음 중 하나로 적으세요: ${values.join(', ')}`,
});

/** 기준 중위소득 한도 하나: 가구의 월 소득이 가구원 수별 기준 중위소득의 `percent`% 이하 */
const medianIncomeLimit = z.strictObject({
  /** 기준 중위소득 대비 비율 (%, 예: 150) */
  percent: z
    .int({ error: '비율은 % 단위 정수로 적으세요. 예: 150' })
    .min(1, { error: '비율은 1 이상으로 적으세요.' })
    .max(1000, { error: '비율은 1000% 이하로 적으세요.' }),
  /** 어느 가구의 소득인지: own(청년 본인 가구) 또는 parents(원가구, 부모님 가구) */
  household: z.enum(medianHouseholdValues, oneOf('가구', medianHouseholdValues)),
});

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
  /** 소득 기준 (공고 문구 그대로, 사람에게 보여 줌), 예: 기준 중위소득 150% 이하 */
  income: z.string().min(1).optional(),
  /**
   * 기준 중위소득 한도, 모두 충족해야 함. 예: `[{ percent: 60, household: own }, { percent: 100, household: parents }]`
   * (청년 가구 60% 이하이고 원가구 100% 이하)
   */
  medianIncome: z
    .array(medianIncomeLimit, {
      error: '기준 중위소득 한도는 목록으로 적으세요. 예: [{ percent: 150, household: own }]',
    })
    .min(1, { error: '기준 중위소득 한도를 하나 이상 적거나 항목을 지우세요.' })
    .optional(),
  /** 연소득 한도: `max`는 원 단위 최대 연소득, `of`는 self(본인) 또는 household(가구). 예: `{ max: 50000000, of: self }` */
  annualIncome: z
    .strictObject({
      /** 최대 연소득 (원, 이하 포함), 예: 50000000 */
      max: z
        .int({ error: '연소득 한도는 원 단위 정수로 적으세요. 예: 50000000' })
        .min(1, { error: '연소득 한도는 1원 이상으로 적으세요.' }),
      /** 누구의 연소득인지: self(본인) 또는 household(가구 전체) */
      of: z.enum(incomeHolderValues, oneOf('연소득 기준 대상', incomeHolderValues)),
    })
    .optional(),
  /** 주거 조건, 필요한 것만 `true` (`false`나 빈 항목은 조건 없음): homeless(무주택 세대), apart(부모와 따로 사는 청년), householder(세대주) */
  housing: z
    .strictObject({
      /** 무주택: 가구원 누구도 집을 소유하지 않아야 함 */
      homeless: yesNo.optional(),
      /** 부모님과 따로 사는 청년이어야 함 */
      apart: yesNo.optional(),
      /** 세대주여야 함 */
      householder: yesNo.optional(),
    })
    .optional(),
  /**
   * 특화 대상, 이 중 하나에 해당해야 함: sme-worker(중소기업 재직), woman(여성), basic-livelihood(기초생활수급),
   * near-poverty(차상위), single-parent(한부모가족), disabled(장애인), farmer(농업인), military(군 복무 중),
   * veteran(제대군인), care-leaver(자립준비청년·보호종료아동), local-talent(지역인재)
   */
  groups: z
    .array(z.enum(groupValues, oneOf('특화 대상', groupValues)))
    .min(1)
    .optional(),
  /** 전공, 이 중 하나여야 함: humanities, social, business, science, engineering, arts, agriculture, other */
  majors: z
    .array(z.enum(majorValues, oneOf('전공', majorValues)))
    .min(1)
    .optional(),
  /** 정책 지역에 산 최소 기간 (개월, 예: 6) */
  residenceMonths: z
    .int({ error: '거주 기간은 개월 수 정수로 적으세요. 예: 6' })
    .min(1, { error: '거주 기간은 1개월 이상으로 적으세요.' })
    .max(600, { error: '거주 기간은 600개월 이하로 적으세요.' })
    .optional(),
  /** 신청하는 쪽: person(청년 본인, 기본값), business(기업 대상 지원금), group(청년 모임·단체) */
  applicant: z.enum(applicantValues, oneOf('신청 주체', applicantValues)).optional(),
  /** 그 밖의 자격 조건, 위 항목으로 나타낼 수 없는 것만, 한 줄에 하나 */
  conditions: textList.optional(),
  /** 참여 제한 대상, 한 줄에 하나 */
  excluded: textList.optional(),
});

export type Eligibility = z.infer<typeof eligibilitySchema>;
export type MedianIncomeLimit = z.infer<typeof medianIncomeLimit>;
