import { z } from 'astro/zod';
import { entryId, httpsUrl, textList, won } from './common';
import { applicationMethodsSchema, contactSchema, onlineUrlRequired, requiresUrlForOnline } from './contact';
import { entryBaseFields } from './entry';
import { periodSchema } from './period';

/** 정책 (`policies/**.mdx`). The body holds the details in plain words. */
export const policySchema = z.strictObject({
  ...entryBaseFields,
  /** 주관·운영 기관 id (organizations 폴더의 파일 이름) */
  provider: entryId,
  /** 신청 */
  application: z
    .strictObject({
      /** 신청 기간 */
      period: periodSchema,
      /**
       * 신청 방법: online, visit, mail, email, phone. 공고가 신청 방법을 말하지 않으면 비워 둡니다
       * (정책 페이지가 출처의 공고를 안내합니다)
       */
      method: applicationMethodsSchema.optional(),
      /** 신청서 주소 (https). 신청 방법에 online이 있으면 필수 */
      url: httpsUrl.optional(),
      /** 제출 서류, 한 줄에 하나 */
      documents: textList.optional(),
      /** 문의처 */
      contact: contactSchema.optional(),
      /** 선정 방법, 공고에 적힌 대로 (예: 서류 심사 후 면접, 선착순) */
      selection: z.string().min(1, { error: '선정 방법을 적거나 이 줄을 지우세요.' }).optional(),
    })
    .refine(requiresUrlForOnline, onlineUrlRequired),
  /** 지원 내용 */
  support: z.strictObject({
    /** 받는 것을 한 줄로, 예: 월 최대 50만원, 6개월 */
    summary: z.string().min(1).max(160),
    /** 한 사람이 받을 수 있는 최대 금액 (원, 정렬용). 확실할 때만 적으세요 */
    amount: won.optional(),
    /** 지원 규모, 예: 100명, 30팀 */
    scale: z.string().min(1, { error: '지원 규모를 적거나 이 줄을 지우세요. 예: 100명' }).max(80).optional(),
    /** 사업 기간, 신청 기간과 다를 때만. 예: 2026. 3. ~ 12., 선정일로부터 1년 */
    period: z.string().min(1, { error: '사업 기간을 적거나 이 줄을 지우세요. 예: 2026. 3. ~ 12.' }).max(160).optional(),
  }),
  /** 출처 */
  source: z.strictObject({
    /** 이 항목을 작성한 공식 공고 주소 (https) */
    url: httpsUrl,
    /** 온통청년 정책번호 (plcyNo), 가져온 경우 */
    ontong: z.string().min(1).optional(),
    /**
     * 가져오기 도구(npm run import:ontong, import:csv)가 쓴 내용의 지문. 직접 고치지 마세요.
     * 파일을 고치면 지문이 맞지 않게 되어 다음 가져오기가 이 파일을 덮어쓰지 않습니다.
     */
    importHash: z
      .string()
      .regex(/^[0-9a-f]{16}$/, {
        error: 'importHash는 가져오기 도구가 쓰는 16자리 지문입니다. 지우거나 그대로 두세요.',
      })
      .optional(),
  }),
});

export type PolicyData = z.infer<typeof policySchema>;
