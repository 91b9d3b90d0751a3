import { z } from 'astro/zod';
import { category, entryId, isOneLineText, isoDate, ONE_LINE_HINT } from './common';
import { eligibilitySchema } from './eligibility';

/** Fields shared by policies and programs. */
export const entryBaseFields = {
  /** 정책·프로그램 이름 (80자 이하, 한 줄) */
  title: z.string().min(1).max(80).refine(isOneLineText, { error: ONE_LINE_HINT }),
  /** 카드, 검색 결과, 피드에 쓰이는 한 줄 설명 (160자 이하) */
  summary: z.string().min(1).max(160).refine(isOneLineText, { error: ONE_LINE_HINT }),
  /** 분야: jobs(일자리), housing(주거), education(교육), welfare-culture(복지·문화), participation(참여·권리) */
  category,
  /** 키워드. 검색과 관련 항목 찾기에 쓰입니다 */
  tags: z.array(z.string().min(1)).optional(),
  /** 신청할 수 있는 주민의 지역 id (하나 이상). 상위 지역은 하위 지역 주민을 포함합니다 */
  regions: z.array(entryId).min(1, { error: '지역(regions)을 하나 이상 적으세요. 예: [gwangju]' }),
  /** 신청 자격. 없는 조건은 "조건 없음"입니다 */
  eligibility: eligibilitySchema.optional(),
  /** 편집자가 출처와 마지막으로 대조한 날, YYYY-MM-DD */
  updated: isoDate,
  /** true이면 개발 서버에서만 보이고 배포되지 않습니다 */
  draft: z.boolean().optional(),
};
